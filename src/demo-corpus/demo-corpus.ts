// Loads the bundled demo corpus into an empty store, so a fresh install answers questions offline.
// Streams the gzipped JSONL (never holding the whole file), validates every line, upserts in batches.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Clock, Store } from '../contracts.ts';
import type { DocumentInput } from '../model/types.ts';
import { type DemoDocument, DemoDocumentSchema, type DemoHeader, DemoHeaderSchema } from './demo-document.ts';

export const DEFAULT_DEMO_CORPUS_FILE = path.resolve(import.meta.dirname, '../../data/demo/current-events.jsonl.gz');
const BATCH_SIZE = 2000;

export interface EnsureDemoCorpusOptions {
  file?: string;
  clock?: Clock;
  onProgress?: (message: string) => void;
  batchSize?: number;
}

export class DemoCorpusError extends Error {
  readonly file: string;
  readonly line?: number;
  constructor(message: string, options: { file: string; line?: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'DemoCorpusError';
    this.file = options.file;
    this.line = options.line;
  }
}

export async function ensureDemoCorpus(
  store: Store,
  options: EnsureDemoCorpusOptions = {},
): Promise<{ ingested: number; skipped: boolean }> {
  if ((await store.countDocuments()) > 0) return { ingested: 0, skipped: true };
  const file = options.file ?? DEFAULT_DEMO_CORPUS_FILE;
  const clock = options.clock ?? (() => new Date());
  const started = clock().getTime();
  options.onProgress?.('Loading the demo corpus (first run only)…');
  let ingested = 0;
  let header: DemoHeader | undefined;
  let batch: DocumentInput[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    ingested += (await store.upsertDocuments(batch)).filter((result) => result.created).length;
    batch = [];
  };
  for await (const { line, number } of gzipLines(file)) {
    if (!line.trim()) continue;
    if (!header) {
      header = parseLine(line, number, file, DemoHeaderSchema);
      continue;
    }
    const document = parseLine(line, number, file, DemoDocumentSchema);
    batch.push(toInput(document, header.fetchedAt));
    if (batch.length >= (options.batchSize ?? BATCH_SIZE)) await flush();
  }
  await flush();
  if (!header) throw new DemoCorpusError(`Demo corpus ${file} is empty`, { file });
  const seconds = ((clock().getTime() - started) / 1000).toFixed(1);
  options.onProgress?.(`Loaded ${ingested.toLocaleString('en-US')} demo documents (${header.name}) in ${seconds} s.`);
  return { ingested, skipped: false };
}

function toInput(document: DemoDocument, fetchedAt: string): DocumentInput {
  return { ...document, fetchedAt, origin: 'demo' };
}

function parseLine<T>(line: string, number: number, file: string, schema: { safeParse: (value: unknown) => SafeResult<T> }): T {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new DemoCorpusError(`Demo corpus ${file} line ${number} is not valid JSON; rebuild it with scripts/build-demo-corpus.ts`, {
      file, line: number, cause: error,
    });
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new DemoCorpusError(`Demo corpus ${file} line ${number} is invalid: ${result.error.message}`, { file, line: number });
  }
  return result.data;
}

type SafeResult<T> = { success: true; data: T } | { success: false; error: { message: string } };

async function* gzipLines(file: string): AsyncGenerator<{ line: string; number: number }> {
  const source = createReadStream(file);
  const input = createGunzip();
  // pipe() does not forward errors: a missing file must fail the loop, not hang it.
  source.on('error', (error) => input.destroy(error));
  source.pipe(input);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number += 1;
      yield { line, number };
    }
  } catch (error) {
    throw new DemoCorpusError(`Cannot read the demo corpus ${file}: ${(error as Error).message}`, { file, cause: error });
  } finally {
    lines.close();
    source.destroy();
    input.destroy();
  }
}
