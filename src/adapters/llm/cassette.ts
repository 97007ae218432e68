// Record/replay of model calls: in record mode every answer of the real model is saved to a JSON cassette;
// in replay mode answers come from the cassette alone (no network, no key), so a captured run replays exactly.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageModel } from 'ai';
import { CassetteMissError } from './model-error.ts';

export type LanguageModelV4 = Extract<LanguageModel, { specificationVersion: 'v4' }>;
type CallOptions = Parameters<LanguageModelV4['doGenerate']>[0];
type GenerateResult = Awaited<ReturnType<LanguageModelV4['doGenerate']>>;
type StreamPart = Awaited<ReturnType<LanguageModelV4['doStream']>>['stream'] extends ReadableStream<infer Part> ? Part : never;

export interface CassetteCall {
  key: string;
  /** The response schema's name (the pipeline step), to make a cassette readable. */
  name?: string;
  kind: 'generate' | 'stream';
  result?: GenerateResult;
  chunks?: StreamPart[];
}

export interface CassetteFile {
  version: 1;
  model: string;
  calls: CassetteCall[];
}

export interface Cassette {
  readonly path: string;
  readonly mode: 'record' | 'replay';
  /** The model the cassette was recorded with (replay) or is recording (record). */
  readonly model: string;
  wrap(inner: LanguageModelV4 | undefined): LanguageModelV4;
}

export type CassetteResult = { ok: true; cassette: Cassette } | { ok: false; error: string };

/** Opens a cassette: replay reads it (and says how to fix a missing or broken file); record writes it anew from the first call on. */
export function openCassette(options: { path: string; mode: 'record' | 'replay'; model?: string; cwd?: string }): CassetteResult {
  const file = path.resolve(options.cwd ?? process.cwd(), options.path);
  let data: CassetteFile = { version: 1, model: options.model ?? 'unknown', calls: [] };
  if (options.mode === 'replay') {
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as CassetteFile;
      if (data.version !== 1 || !Array.isArray(data.calls)) throw new Error('not a version 1 cassette');
    } catch (error) {
      return { ok: false, error: `CROSSCHECK_CASSETTE="${options.path}": cannot replay ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); record it first with CROSSCHECK_CASSETTE_MODE=record.` };
    }
  }
  const used = new Map<string, number>();
  const save = () => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
  };
  const next = (key: string, kind: CassetteCall['kind'], name: string | undefined): CassetteCall => {
    // Identical requests are answered in the order they were recorded.
    const matches = data.calls.filter((call) => call.key === key && call.kind === kind);
    const index = used.get(key) ?? 0;
    used.set(key, index + 1);
    const found = matches[Math.min(index, matches.length - 1)];
    if (!found) throw new CassetteMissError(`the cassette ${options.path} holds no answer for this ${name ?? 'model'} call (the question, the sources or the prompts changed); record it again with CROSSCHECK_CASSETTE_MODE=record`);
    return found;
  };
  const cassette: Cassette = {
    path: file,
    mode: options.mode,
    model: data.model,
    wrap: (inner) => ({
      specificationVersion: 'v4',
      provider: inner?.provider ?? 'cassette',
      modelId: inner?.modelId ?? data.model,
      supportedUrls: inner?.supportedUrls ?? {},
      async doGenerate(call) {
        const [key, name] = [callKey(call, 'generate'), schemaName(call)];
        if (options.mode === 'replay') return reviveGenerate(next(key, 'generate', name).result!);
        const result = await requireInner(inner).doGenerate(call);
        data.calls.push({ key, name, kind: 'generate', result: storable(result) });
        save();
        return result;
      },
      async doStream(call) {
        const [key, name] = [callKey(call, 'stream'), schemaName(call)];
        if (options.mode === 'replay') {
          const chunks = next(key, 'stream', name).chunks!.map(reviveChunk);
          return { stream: new ReadableStream<StreamPart>({ start: (controller) => { chunks.forEach((chunk) => controller.enqueue(chunk)); controller.close(); } }) };
        }
        const result = await requireInner(inner).doStream(call);
        const chunks: StreamPart[] = [];
        const recorder = new TransformStream<StreamPart, StreamPart>({
          transform(chunk, controller) {
            chunks.push(chunk);
            controller.enqueue(chunk);
          },
          flush() {
            data.calls.push({ key, name, kind: 'stream', chunks: chunks.filter((chunk) => chunk.type !== 'raw') });
            save();
          },
        });
        return { ...result, stream: result.stream.pipeThrough(recorder), request: undefined };
      },
    }),
  };
  return { ok: true, cassette };
}

function requireInner(inner: LanguageModelV4 | undefined): LanguageModelV4 {
  if (!inner) throw new CassetteMissError('recording a cassette needs a model: set CROSSCHECK_MODEL');
  return inner;
}

/** A request is identified by what the model sees: its messages and the response schema. */
function callKey(call: CallOptions, kind: CassetteCall['kind']): string {
  return createHash('sha256').update(JSON.stringify({ kind, prompt: call.prompt, responseFormat: call.responseFormat })).digest('hex').slice(0, 32);
}

function schemaName(call: CallOptions): string | undefined {
  return call.responseFormat?.type === 'json' ? call.responseFormat.name : undefined;
}

/** Request bodies hold the whole prompt again and response bodies the raw answer: not needed to replay. */
function storable(result: GenerateResult): GenerateResult {
  return { ...result, request: undefined, response: result.response ? { ...result.response, body: undefined } : undefined };
}

function reviveGenerate(result: GenerateResult): GenerateResult {
  const response = result.response;
  return response?.timestamp ? { ...result, response: { ...response, timestamp: new Date(response.timestamp) } } : result;
}

function reviveChunk(chunk: StreamPart): StreamPart {
  return chunk.type === 'response-metadata' && chunk.timestamp ? { ...chunk, timestamp: new Date(chunk.timestamp) } : chunk;
}
