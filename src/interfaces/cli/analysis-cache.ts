// `ask`'s analysis cache, beside its SQLite store (data/crosscheck.db → data/crosscheck.analyses.db): the tokens of
// the sentences earlier asks analysed, under the version of the code that analysed them, so a warm ask re-reads
// rather than re-analyses them and never loads the NLP model when every sentence is known. Without a usable file
// (PostgreSQL, `:memory:`, a read-only folder) the ask runs as without it. The same file keeps the source sentences'
// event frames, under the version of the frame code, which the write stage reads instead of reading the sentences again.
import { frameVersion } from '../../adapters/analysis-cache/frame-version.ts';
import { analysisCacheFileFor, openAnalysisCache } from '../../adapters/analysis-cache/sqlite-analysis-cache.ts';
import { useFrameMemo } from '../../pipeline/write/extractive/frame-memo.ts';
import { useAnalysisMemo } from '../../shared/language/analysis-memo.ts';
import { analysisVersion } from '../../shared/language/analysis-version.ts';

/** Plugs the cache in for this process; the returned function writes what was analysed, closes it and unplugs it. */
export function useAnalysisCacheBeside(storeFile: string | undefined): () => void {
  let version: string;
  try {
    version = analysisVersion();
  } catch {
    return () => undefined; // the analysing code cannot be read to version it: no cache
  }
  const cache = storeFile ? openAnalysisCache({ file: analysisCacheFileFor(storeFile), version, frameVersion: frameVersionOr(version) }) : undefined;
  if (!cache) return () => undefined;
  useAnalysisMemo(cache.memo);
  useFrameMemo(cache.frames);
  return () => {
    useAnalysisMemo(undefined);
    useFrameMemo(undefined);
    cache.save();
    cache.close();
  };
}

/** The frame code's version, or undefined (no frames kept) when its sources cannot be read. */
function frameVersionOr(analysis: string): string | undefined {
  try {
    return frameVersion(analysis);
  } catch {
    return undefined;
  }
}
