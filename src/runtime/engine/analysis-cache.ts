// The analysis cache a process plugs in: the file beside its SQLite store (data/crosscheck.db →
// data/crosscheck.analyses.db) with the tokens of the sentences it analysed before, under the version of the code that
// analysed them, so a warm ask re-reads rather than re-analyses them and never loads the NLP model when every sentence
// is known; the source sentences' event frames, under the version of the frame code, which the write stage reads
// instead of reading the sentences again; and the WordNet look-ups a claim's judge makes. Behind it, read only, the
// demo corpus's own analyses (corpus-analyses.ts), when a server has filled them. Without a usable file (PostgreSQL,
// `:memory:`, a read-only folder) the process runs as without it.
import { existsSync } from 'node:fs';
import { codeVersions } from '../../adapters/analysis-cache/code-versions.ts';
import { type AnalysisCache, analysisCacheFileFor, cacheNote, openAnalysisCache } from '../../adapters/analysis-cache/sqlite-analysis-cache.ts';
import { type FrameMemo, useFrameMemo } from '../../shared/language/frame-memo.ts';
import { type AnalysisMemo, useAnalysisMemo } from '../../shared/language/analysis-memo.ts';
import { useWordNetMemo } from '../../shared/language/wordnet-memo.ts';
import { readCorpusAnalyses } from './corpus-analyses.ts';

/** Where the file keeps the code versions and the stamps of the files they came from (code-versions.ts). */
const CODE_VERSIONS_NOTE = 'code-versions';

export interface PluggedAnalyses {
  /** Writes what was analysed since the last save to the file beside the store (one transaction). */
  save(): void;
  /** Saves, closes the files and unplugs the memos. */
  finish(): void;
}

/**
 * Plugs the caches in for this thread: the store's (storeFile; written) and the demo corpus's (corpusFile; read).
 * Either may be missing or unusable: the process then analyses what they would have given. A server plugs in only
 * the corpus's: its own maps keep what it read, and looking in the store's file and writing to it cost a new
 * question's report 3-4 ms (speed-reports' warm part, 2026-12-07) for sentences the corpus's file mostly holds.
 */
export function plugAnalyses(options: { storeFile?: string; corpusFile?: string }): PluggedAnalyses {
  const own = options.storeFile ? openBeside(options.storeFile) : undefined;
  const corpus = options.corpusFile ? corpusReader(options.corpusFile) : undefined;
  if (!own && !corpus) return { save: () => undefined, finish: () => undefined };
  useAnalysisMemo(chainTokens(own?.memo, corpus && { get: (text) => corpus.cache()?.memo.get(text), remember: () => undefined }));
  useFrameMemo(chainFrames(own?.frames, corpus && { get: (text, day) => corpus.cache()?.frames?.get(text, day), remember: () => undefined }));
  useWordNetMemo(own?.wordnet);
  return {
    save: () => own?.save(),
    finish() {
      useAnalysisMemo(undefined);
      useFrameMemo(undefined);
      useWordNetMemo(undefined);
      own?.save();
      own?.close();
      corpus?.close();
    },
  };
}

/** How long a thread that found no corpus file waits before it looks again (a server's fill may have begun it). */
const CORPUS_RETRY_MS = 10_000;

/**
 * The corpus's file, opened when first wanted and, while it is not there (or not yet of this code), looked for again
 * every CORPUS_RETRY_MS: a server's threads start before its fill has made the file. Read only: a file no fill of this
 * code has begun is neither created nor emptied here.
 */
function corpusReader(file: string): { cache(): AnalysisCache | undefined; close(): void } {
  let cache: AnalysisCache | undefined;
  let nextLook = 0;
  return {
    cache() {
      if (cache || Date.now() < nextLook) return cache;
      nextLook = Date.now() + CORPUS_RETRY_MS;
      if (existsSync(file)) cache = readCorpusAnalyses(file);
      return cache;
    },
    close: () => cache?.close(),
  };
}

/** Plugs the cache beside the store in for this process (as `ask` does); the returned function saves, closes and unplugs it. */
export function useAnalysisCacheBeside(storeFile: string | undefined, corpusFile?: string): () => void {
  const plugged = plugAnalyses({ storeFile, corpusFile });
  return () => plugged.finish();
}

function openBeside(storeFile: string): AnalysisCache | undefined {
  const file = analysisCacheFileFor(storeFile);
  let found: ReturnType<typeof codeVersions>;
  try {
    found = codeVersions(cacheNote(file, CODE_VERSIONS_NOTE));
  } catch {
    return undefined; // the analysing code cannot be read to version it: no cache
  }
  const { versions, record } = found;
  return openAnalysisCache({ file, version: versions.analysis, frameVersion: versions.frame, wordNetVersion: versions.wordnet, notes: record ? { [CODE_VERSIONS_NOTE]: record } : undefined });
}

/** The store's own memo first, then the corpus's; what is analysed here goes to the store's. */
function chainTokens(own: AnalysisMemo | undefined, corpus: AnalysisMemo | undefined): AnalysisMemo | undefined {
  if (!corpus) return own;
  return { get: (text) => own?.get(text) ?? corpus.get(text), remember: (text, tokens) => own?.remember(text, tokens) };
}

function chainFrames(own: FrameMemo | undefined, corpus: FrameMemo | undefined): FrameMemo | undefined {
  if (!corpus) return own;
  return { get: (text, day) => own?.get(text, day) ?? corpus.get(text, day), remember: (text, day, frame) => own?.remember(text, day, frame) };
}
