// One model call that returns a zod-typed object: through the AI SDK (generateText / streamText with
// Output.object), with a per-attempt timeout, our own retries, and its tokens, cost and time metered.
import { generateText, type LanguageModel, NoObjectGeneratedError, Output, streamText } from 'ai';
import { z } from 'zod';
import type { UsageMeter } from '../../contracts/ports.ts';
import { ModelCallError, ModelTimeoutError } from './model-error.ts';
import { costOf, type Price } from './price-table.ts';
import { type Sleep, withRetries } from './retry.ts';

/** A configured model and how to call it; built once per engine by src/runtime/model-from-settings.ts. */
export interface ModelHandle {
  model: Exclude<LanguageModel, string>;
  /** `provider:model`. */
  id: string;
  price?: Price;
  retries: number;
  timeoutMs: number;
  /** False: the JSON shape travels in the instructions (JSON mode) instead of a native response schema. */
  structuredOutputs: boolean;
  maxSourceChars: number;
  /** Injected for tests: the clock for metered time, the sleep between retries, the per-attempt timer. */
  now?: () => number;
  sleep?: Sleep;
  timer?: (ms: number) => AbortSignal;
}

export interface CallContext {
  signal?: AbortSignal;
  meter?: UsageMeter;
}

export interface StructuredRequest<T> {
  /** Pipeline stage the usage is booked to (understand, write, verify, followUp). */
  stage: string;
  /** Schema name sent to the provider (`json_schema.name`); also tells scripted test servers which step this is. */
  name: string;
  schema: z.ZodType<T>;
  instructions: string;
  prompt: string;
  maxOutputTokens?: number;
}

export async function generateStructured<T>(handle: ModelHandle, request: StructuredRequest<T>, context: CallContext = {}): Promise<T> {
  return callWithRetries(handle, request, context, async (signal, meter) => {
    const result = await generateText({ ...baseOptions(handle, request), abortSignal: signal });
    meter(result.usage);
    return result.output as T;
  });
}

/** Like generateStructured, with each partial object passed on as it streams in. */
export async function streamStructured<T>(handle: ModelHandle, request: StructuredRequest<T>, onPartial: (partial: unknown) => void, context: CallContext = {}): Promise<T> {
  return callWithRetries(handle, request, context, async (signal, meter) => {
    let failure: unknown;
    const result = streamText({ ...baseOptions(handle, request), abortSignal: signal, onError: ({ error }) => void (failure ??= error) });
    for await (const partial of result.partialOutputStream) onPartial(partial);
    if (failure) throw failure;
    const output = await result.output;
    meter(await result.usage);
    return output as T;
  });
}

function baseOptions<T>(handle: ModelHandle, request: StructuredRequest<T>) {
  const instructions = handle.structuredOutputs ? request.instructions : `${request.instructions}\n\n${jsonShapeNote(request.schema)}`;
  return {
    model: handle.model,
    instructions,
    prompt: request.prompt,
    output: Output.object({ schema: request.schema, name: request.name }),
    temperature: 0,
    maxOutputTokens: request.maxOutputTokens,
    // Our own retries (with the server's retry-after and our timeout) replace the SDK's.
    maxRetries: 0,
  };
}

/** In JSON mode the model sees the schema it must follow. */
export function jsonShapeNote(schema: z.ZodType): string {
  return `Answer with one JSON object, nothing else, matching this JSON schema:\n${JSON.stringify(z.toJSONSchema(schema))}`;
}

type Usage = { inputTokens?: number | undefined; outputTokens?: number | undefined } | undefined;

async function callWithRetries<T>(handle: ModelHandle, request: StructuredRequest<T>, context: CallContext, attempt: (signal: AbortSignal, meter: (usage: Usage) => void) => Promise<T>): Promise<T> {
  const now = handle.now ?? Date.now;
  const record = (usage: Usage, started: number) => {
    const inputTokens = usage?.inputTokens ?? 0;
    const outputTokens = usage?.outputTokens ?? 0;
    context.meter?.record({ stage: request.stage, model: handle.id, inputTokens, outputTokens, ms: Math.max(0, now() - started), costUsd: costOf(handle.price, inputTokens, outputTokens) });
  };
  const outcome = await withRetries(
    async () => {
      const started = now();
      const timeout = (handle.timer ?? AbortSignal.timeout)(handle.timeoutMs);
      const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
      let metered = false;
      try {
        return await attempt(signal, (usage) => {
          metered = true;
          record(usage, started);
        });
      } catch (error) {
        // A failed attempt still took time and, when the answer was malformed, tokens.
        if (!metered) record(NoObjectGeneratedError.isInstance(error) ? error.usage : undefined, started);
        if (timeout.aborted && !context.signal?.aborted) throw new ModelTimeoutError(handle.timeoutMs);
        throw error;
      }
    },
    { retries: handle.retries, sleep: handle.sleep },
    { signal: context.signal },
  );
  if (outcome.ok) return outcome.value;
  throw new ModelCallError({ stage: `${request.stage} (${request.name})`, model: handle.id, failure: outcome.failure, attempts: outcome.attempts, cause: outcome.error });
}
