// Loads the bundled demo corpus into an empty store, so a fresh install answers questions offline.
// Streams the gzipped JSONL (never holding the whole file), validates every line, upserts in batches.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Clock, Store } from '../../contracts/ports.ts';
import type { DocumentInput } from '../../contracts/types.ts';
import { prepareDocument } from '../store/prepare-document.ts';
import { type DemoDocument, DemoDocumentSchema, type DemoHeader, DemoHeaderSchema } from './demo-document.ts';

export const DEFAULT_DEMO_CORPUS_FILE = path.resolve(import.meta.dirname, '../../../data/demo/current-events.jsonl.gz');
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

/** The store mark that says how far the demo corpus load got; written in the same transaction as each batch. */
export const DEMO_CORPUS_MARK = 'demo-corpus';

export type DemoCorpusState =
  | { status: 'absent' }
  /** A load stopped (killed, or failed) after committing `line` lines: the next one resumes there. */
  | { status: 'loading'; name: string; line: number }
  | { status: 'complete'; name: string; documents: number }
  /** The store had documents of its own before any demo corpus load: it is left as it is. */
  | { status: 'skipped'; reason: string };

export async function demoCorpusState(store: Store): Promise<DemoCorpusState> {
  const mark = await store.getMark(DEMO_CORPUS_MARK);
  if (mark === undefined) return { status: 'absent' };
  try {
    return JSON.parse(mark) as DemoCorpusState;
  } catch {
    // Unreadable (never written by us): loading again from the start is safe, documents are stored once.
    return { status: 'loading', name: 'unknown', line: 0 };
  }
}

/** For readiness checks (`/readyz`, `doctor`): ready once the demo corpus is loaded in full, or deliberately not loaded. */
export async function demoCorpusReadiness(store: Store): Promise<{ ok: true } | { ok: false; reason: string }> {
  const state = await demoCorpusState(store);
  if (state.status === 'complete' || state.status === 'skipped') return { ok: true };
  if (state.status === 'absent') return { ok: false, reason: 'the demo corpus is not loaded yet' };
  return { ok: false, reason: `the demo corpus load stopped after line ${state.line.toLocaleString('en-US')}; the next start or ask resumes it` };
}

/** A readiness check that also needs the demo corpus loaded in full (serve's and worker's `/readyz`). */
export function withDemoCorpusReadiness<R extends { ok: boolean }>(check: () => Promise<R>, store: Store): () => Promise<R | { ok: true } | { ok: false; reason: string }> {
  return async () => {
    const ready = await check();
    return ready.ok ? demoCorpusReadiness(store) : ready;
  };
}

/**
 * Loads the demo corpus into a store that has none, resumably: each batch commits with a mark of the last line
 * it holds, so a load killed half-way goes on from there next time, and only the final mark says complete.
 */
export async function ensureDemoCorpus(
  store: Store,
  options: EnsureDemoCorpusOptions = {},
): Promise<{ ingested: number; skipped: boolean; resumedAt?: number }> {
  const state = await demoCorpusState(store);
  if (state.status === 'complete' || state.status === 'skipped') return { ingested: 0, skipped: true };
  if (state.status === 'absent') {
    // Counted once per store, not per ask: documents ingested before the first ask mean the operator chose a corpus.
    const documents = await store.countDocuments();
    // Loaded (in full or in part) before load marks existed: its first document is there, so finish that load.
    if (documents > 0 && !(await holdsFirstDocument(store, options.file ?? DEFAULT_DEMO_CORPUS_FILE))) {
      await store.upsertDocuments([], { marks: { [DEMO_CORPUS_MARK]: JSON.stringify({ status: 'skipped', reason: `the store already held ${documents} documents of its own` }) } });
      return { ingested: 0, skipped: true };
    }
  }
  const resumeAt = state.status === 'loading' ? state.line : 0;
  const loaded = await load(store, options, resumeAt);
  return { ingested: loaded, skipped: false, ...(resumeAt > 0 ? { resumedAt: resumeAt } : {}) };
}

async function load(store: Store, options: EnsureDemoCorpusOptions, resumeAt: number): Promise<number> {
  const file = options.file ?? DEFAULT_DEMO_CORPUS_FILE;
  const clock = options.clock ?? (() => new Date());
  const started = clock().getTime();
  options.onProgress?.(resumeAt > 0 ? `Resuming the demo corpus load after line ${resumeAt.toLocaleString('en-US')}…` : 'Loading the demo corpus (first run only)…');
  let ingested = 0;
  let header: DemoHeader | undefined;
  let batch: DocumentInput[] = [];
  let last = resumeAt;
  const flush = async () => {
    if (batch.length === 0) return;
    const mark: DemoCorpusState = { status: 'loading', name: header!.name, line: last };
    const results = await store.upsertDocuments(batch, { marks: { [DEMO_CORPUS_MARK]: JSON.stringify(mark) } });
    ingested += results.filter((result) => result.created).length;
    batch = [];
  };
  for await (const { line, number } of gzipLines(file)) {
    if (!header) {
      if (!line.trim()) continue;
      header = parseLine(line, number, file, DemoHeaderSchema);
      continue;
    }
    if (number <= resumeAt || !line.trim()) continue;
    batch.push(toInput(parseLine(line, number, file, DemoDocumentSchema), header.fetchedAt));
    last = number;
    if (batch.length >= (options.batchSize ?? BATCH_SIZE)) await flush();
  }
  if (!header) throw new DemoCorpusError(`Demo corpus ${file} is empty`, { file });
  await flush();
  // Only now, after the last batch is committed, is the corpus complete (a kill before this resumes and finds nothing left).
  const complete: DemoCorpusState = { status: 'complete', name: header.name, documents: await store.countDocuments() };
  await store.upsertDocuments([], { marks: { [DEMO_CORPUS_MARK]: JSON.stringify(complete) } });
  const seconds = ((clock().getTime() - started) / 1000).toFixed(1);
  options.onProgress?.(`Loaded ${ingested.toLocaleString('en-US')} demo documents (${header.name}) in ${seconds} s.`);
  return ingested;
}

async function holdsFirstDocument(store: Store, file: string): Promise<boolean> {
  let header: DemoHeader | undefined;
  for await (const { line, number } of gzipLines(file)) {
    if (!line.trim()) continue;
    if (!header) {
      header = parseLine(line, number, file, DemoHeaderSchema);
      continue;
    }
    const { id } = prepareDocument(toInput(parseLine(line, number, file, DemoDocumentSchema), header.fetchedAt));
    return (await store.getDocuments([id])).length > 0;
  }
  return false;
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
  // Loaded only for a load: readline brings ten modules of Node's own that an ask of a loaded store never needs.
  const [{ createInterface }, { createGunzip }] = await Promise.all([import('node:readline'), import('node:zlib')]);
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
