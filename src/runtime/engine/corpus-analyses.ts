// The demo corpus's sentences read ahead of questions: the tokens and event frame of every sentence the write stage
// could quote from it, kept in a file beside the ready demo store (data/demo/current-events.store.analyses.db, the
// analysis cache's format with no row limit), under the versions of the analysing and frame code. A server fills it
// in the background (corpus-analyses-thread.ts) and reads it, so a question new to the server finds most of its
// sentences already read (a new question's write stage was mostly reading them: 15-27 ms of a 40-47 ms report).
// Filling resumes where a stopped fill left off; a file of other code versions is emptied and filled again.
import { statSync } from 'node:fs';
import { codeVersions, type CodeVersions } from '../../adapters/analysis-cache/code-versions.ts';
import { analysisCacheFileFor, type AnalysisCache, cacheNote, openAnalysisCache } from '../../adapters/analysis-cache/sqlite-analysis-cache.ts';
import { DEFAULT_DEMO_STORE_FILE } from '../../adapters/demo-corpus/demo-store.ts';
import { passageBatches } from '../../adapters/store/sqlite/passage-batches.ts';
import type { PassageHit } from '../../contracts/types.ts';
import { withoutLostFigure } from '../../pipeline/write/extractive/candidates.ts';
import { frameOf } from '../../shared/language/event-frame.ts';
import { useAnalysisMemo } from '../../shared/language/analysis-memo.ts';
import { useFrameMemo } from '../../shared/language/frame-memo.ts';
import { splitSentences } from '../../shared/text/sentences.ts';

/** The ready demo store, and the file of its sentences' analyses beside it. */
export const DEFAULT_CORPUS_FILES = { storeFile: DEFAULT_DEMO_STORE_FILE, file: analysisCacheFileFor(DEFAULT_DEMO_STORE_FILE) };
/** Far above the demo corpus's sentences (about 120,000): rows are never dropped for room. */
const ROW_LIMIT = 2_000_000;
const CODE_VERSIONS_NOTE = 'code-versions';
/** How far the fill got, for which store file and code: JSON of FillMark. */
const FILL_NOTE = 'corpus-fill';

interface FillMark {
  store: string;
  versions: CodeVersions;
  last: number;
  complete: boolean;
}

export interface CorpusFiles {
  /** The store file the sentences come from (read only). */
  storeFile: string;
  /** The analyses file. */
  file: string;
}

/** The analyses file opened at this code's versions (the versions with it), or undefined when it cannot be had. */
export function openCorpusAnalyses(file: string): { cache: AnalysisCache; versions: CodeVersions } | undefined {
  let found: ReturnType<typeof codeVersions>;
  try {
    found = codeVersions(cacheNote(file, CODE_VERSIONS_NOTE));
  } catch {
    return undefined; // the analysing code cannot be read to version it
  }
  const { versions, record } = found;
  const cache = openAnalysisCache({
    file, version: versions.analysis, frameVersion: versions.frame, limit: ROW_LIMIT, frameLimit: ROW_LIMIT, wal: true,
    notes: record ? { [CODE_VERSIONS_NOTE]: record } : undefined,
  });
  return cache ? { cache, versions } : undefined;
}

/**
 * The file for reading, or undefined unless a fill by this code has begun it: a reader never empties a file another
 * version wrote (the fill does, then marks it), so a process of other code (a language file edited since) costs nothing.
 */
export function readCorpusAnalyses(file: string): AnalysisCache | undefined {
  let versions: CodeVersions;
  try {
    versions = codeVersions(cacheNote(file, CODE_VERSIONS_NOTE)).versions;
  } catch {
    return undefined;
  }
  const mark = parseMark(cacheNote(file, FILL_NOTE));
  if (mark?.versions?.analysis !== versions.analysis || mark.versions.frame !== versions.frame) return undefined;
  return openAnalysisCache({ file, version: versions.analysis, frameVersion: versions.frame, limit: ROW_LIMIT, frameLimit: ROW_LIMIT, wal: true });
}

/** Whether the file holds every sentence of the store file's passages, read by this code. */
export function corpusAnalysesComplete(files: CorpusFiles): boolean {
  const opened = openCorpusAnalyses(files.file);
  if (!opened) return false;
  try {
    const mark = markOf(opened.cache, files.storeFile, opened.versions);
    return mark?.complete === true;
  } finally {
    opened.cache.close();
  }
}

/**
 * Reads every sentence of the store file's passages into the file, a batch of passages at a time, awaiting `pause`
 * between batches (the thread's turn to let others run). Returns how many sentences it read; 0 when it was complete.
 */
export async function fillCorpusAnalyses(files: CorpusFiles, options: { pause?: () => Promise<void>; batch?: number } = {}): Promise<{ sentences: number; complete: boolean }> {
  const opened = openCorpusAnalyses(files.file);
  if (!opened) return { sentences: 0, complete: false };
  const { cache, versions } = opened;
  const store = storeStamp(files.storeFile);
  const mark = markOf(cache, files.storeFile, versions);
  if (mark?.complete) {
    cache.close();
    return { sentences: 0, complete: true };
  }
  // This thread's frameOf and analyse read and write the file while it fills.
  useAnalysisMemo(cache.memo);
  useFrameMemo(cache.frames);
  let sentences = 0;
  try {
    for (const batch of passageBatches(files.storeFile, { size: options.batch ?? 200, after: mark?.last ?? 0 })) {
      for (const hit of batch.hits) {
        for (const { text, day } of sentencesOf(hit)) {
          frameOf(text, { publishedAt: day });
          sentences++;
        }
      }
      cache.save();
      cache.note(FILL_NOTE, JSON.stringify({ store, versions, last: batch.last, complete: false } satisfies FillMark));
      await options.pause?.();
    }
    const complete = cache.note(FILL_NOTE, JSON.stringify({ store, versions, last: Number.MAX_SAFE_INTEGER, complete: true } satisfies FillMark));
    return { sentences, complete };
  } finally {
    useAnalysisMemo(undefined);
    useFrameMemo(undefined);
    cache.close();
  }
}

/**
 * A passage's sentences as the extractive writer reads them (candidates.ts: split, a lost figure cut off) with the
 * day it reads them on (question-match.ts: the document's day when its date has one). Sentences the writer then sets
 * aside (too short, an instruction to a machine) are read too: a few more rows, the same frames.
 */
export function sentencesOf(hit: PassageHit): { text: string; day?: string }[] {
  const published = hit.document.publishedAt;
  const day = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
  return splitSentences(hit.passage.text).map((sentence) => ({ text: withoutLostFigure(sentence), day }));
}

/** The fill's mark, when it is for this store file (same size and modification time) and this code. */
function markOf(cache: AnalysisCache, storeFile: string, versions: CodeVersions): FillMark | undefined {
  const mark = parseMark(cache.readNote(FILL_NOTE));
  const same = mark?.store === storeStamp(storeFile) && mark.versions?.analysis === versions.analysis && mark.versions.frame === versions.frame;
  return same ? mark : undefined;
}

function parseMark(text: string | undefined): FillMark | undefined {
  if (text === undefined) return undefined;
  try {
    const mark = JSON.parse(text) as FillMark | null;
    return mark && typeof mark.last === 'number' && typeof mark.store === 'string' ? mark : undefined;
  } catch {
    return undefined;
  }
}

function storeStamp(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}:${Math.trunc(stat.mtimeMs)}`;
  } catch {
    return 'missing';
  }
}
