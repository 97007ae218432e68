// Ingests local files and folders into the store, one result per file. A file is read, checked and
// stored in one transaction, so a file that fails changes nothing and never stops the others.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Clock, Store } from '../../contracts/ports.ts';
import { collectFiles, pathFailure } from './collect-files.ts';
import { detectType, type FileType } from './detect-type.ts';
import { encodingWarning } from './encoding-note.ts';
import { readHtml } from './read-html.ts';
import { readJsonl } from './read-jsonl.ts';
import { readMarkdown } from './read-markdown.ts';
import { readPdf } from './read-pdf.ts';
import { readText } from './read-text.ts';
import { splitLargeDocument } from './split-large-document.ts';
import type { IngestResult, ReadOutcome, ReaderInput } from './types.ts';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface IngestOptions {
  store: Store;
  clock?: Clock;
  /** Relative paths are resolved against it (default: the process's working directory). */
  cwd?: string;
  /** Files larger than this are refused unread (default 50 MB). */
  maxBytes?: number;
  /** Recorded on every document (default `ingest`). */
  origin?: string;
  onResult?: (result: IngestResult) => void;
}

const READERS: Record<FileType, (input: ReaderInput) => ReadOutcome | Promise<ReadOutcome>> = {
  html: readHtml,
  markdown: readMarkdown,
  text: readText,
  pdf: readPdf,
  jsonl: readJsonl,
};

export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const results: IngestResult[] = [];
  const seen = new Set<string>();
  for (const input of paths) {
    for (const collected of await collectFiles(input, cwd)) {
      if (collected.ok && seen.has(collected.path)) continue;
      if (collected.ok) seen.add(collected.path);
      const result = collected.ok
        ? await ingestFile(collected.file, collected.path, options)
        : { file: collected.file, ok: false as const, reason: collected.reason };
      results.push(result);
      options.onResult?.(result);
    }
  }
  return results;
}

export async function ingestFile(file: string, absolute: string, options: IngestOptions): Promise<IngestResult> {
  const outcome = await readFile(absolute, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!outcome.ok) return { file, ok: false, reason: outcome.reason };
  const fetchedAt = (options.clock ?? (() => new Date()))().toISOString();
  const origin = options.origin ?? 'ingest';
  try {
    const stored = await options.store.upsertDocuments(outcome.documents.map((document) => ({ ...document, fetchedAt, origin })));
    const created = stored.filter((result) => result.created).length;
    return { file, ok: true, documents: stored.length, created, duplicates: stored.length - created, warnings: outcome.warnings };
  } catch (error) {
    return { file, ok: false, reason: `could not be stored (${(error as Error).message}); nothing was written` };
  }
}

async function readFile(absolute: string, maxBytes: number): Promise<ReadOutcome> {
  const loaded = await loadBytes(absolute, maxBytes);
  if (!loaded.ok) return loaded;
  const detection = detectType(path.extname(absolute), loaded.bytes);
  if (!detection.ok) return detection;
  const input: ReaderInput = { path: absolute, url: pathToFileURL(absolute).href, bytes: loaded.bytes, text: detection.text };
  try {
    const outcome = await READERS[detection.type](input);
    if (!outcome.ok) return outcome;
    const encoding = encodingWarning(loaded.bytes, detection.type);
    const split = outcome.documents.map((document) => splitLargeDocument(document));
    return { ok: true, documents: split.flatMap((part) => part.documents), warnings: [...(encoding ? [encoding] : []), ...outcome.warnings, ...split.flatMap((part) => part.warnings)] };
  } catch (error) {
    return { ok: false, reason: `could not be read as ${detection.type} (${(error as Error).message})` };
  }
}

/** Checks the size on the open handle before reading, so a huge file is refused without loading it. */
async function loadBytes(absolute: string, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(absolute, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) return { ok: false, reason: `file too large (${formatSize(size)}; the limit is ${formatSize(maxBytes)})` };
    return { ok: true, bytes: new Uint8Array(await handle.readFile()) };
  } catch (error) {
    return { ok: false, reason: pathFailure(error as NodeJS.ErrnoException) };
  } finally {
    await handle?.close();
  }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
