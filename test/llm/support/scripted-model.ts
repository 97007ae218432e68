// The scripted brain behind the AI SDK's MockLanguageModelV4 (generate and stream), plus a model handle
// with injected sleep and clock so retry tests never wait.
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import type { ModelHandle } from '../../../src/adapters/llm/structured-call.ts';
import { answer, type Script, type ScriptedCall } from './scripted-brain.ts';

type CallOptions = Parameters<MockLanguageModelV4['doGenerate']>[0];

export const USAGE = {
  inputTokens: { total: 100, noCache: 100, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 20, text: 20, reasoning: undefined },
};

/** What the model was asked: the schema name, the instructions and the user text. */
export function callOf(options: CallOptions): ScriptedCall {
  const name = options.responseFormat?.type === 'json' ? (options.responseFormat.name ?? '') : '';
  const text = (role: string) =>
    options.prompt
      .filter((message) => message.role === role)
      .map((message) => (typeof message.content === 'string' ? message.content : message.content.map((part) => ('text' in part ? part.text : '')).join('')))
      .join('\n');
  return { name, system: text('system'), user: text('user') };
}

export interface ScriptedModel {
  model: MockLanguageModelV4;
  calls: ScriptedCall[];
}

/**
 * A mock model answering from the brain. `override` can replace the answer text of a call (return a string:
 * malformed JSON, an injected instruction...) or throw to simulate a failure.
 */
export function scriptedModel(script: Script = {}, override?: (call: ScriptedCall, index: number) => string | undefined): ScriptedModel {
  const calls: ScriptedCall[] = [];
  const textFor = (options: CallOptions) => {
    const call = callOf(options);
    calls.push(call);
    return override?.(call, calls.length - 1) ?? JSON.stringify(answer(call, script));
  };
  const model = new MockLanguageModelV4({
    modelId: 'scripted',
    doGenerate: async (options) => ({ content: [{ type: 'text', text: textFor(options) }], finishReason: { unified: 'stop', raw: undefined }, usage: USAGE, warnings: [] }),
    doStream: async (options) => {
      const text = textFor(options);
      const deltas = text.match(/[\s\S]{1,40}/g) ?? [];
      return {
        stream: simulateReadableStream({
          initialDelayInMs: null,
          chunkDelayInMs: null,
          chunks: [
            { type: 'text-start' as const, id: 't' },
            ...deltas.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
            { type: 'text-end' as const, id: 't' },
            { type: 'finish' as const, finishReason: { unified: 'stop' as const, raw: undefined }, usage: USAGE },
          ],
        }),
      };
    },
  });
  return { model, calls };
}

export function scriptedHandle(model: ModelHandle['model'], overrides: Partial<ModelHandle> = {}): ModelHandle & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    model,
    id: 'test:scripted',
    price: { input: 1, output: 2 },
    retries: 2,
    timeoutMs: 10_000,
    structuredOutputs: true,
    maxSourceChars: 100_000,
    now: () => 0,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    sleeps,
    ...overrides,
  };
}
