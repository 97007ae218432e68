// `ask`'s analysis cache, beside its SQLite store (data/crosscheck.db → data/crosscheck.analyses.db): the tokens of
// the sentences earlier asks analysed, under the version of the code that analysed them, so a warm ask re-reads
// rather than re-analyses them and never loads the NLP model when every sentence is known. Without a usable file
// (PostgreSQL, `:memory:`, a read-only folder) the ask runs as without it.
import { analysisCacheFileFor, openAnalysisCache } from '../../adapters/analysis-cache/sqlite-analysis-cache.ts';
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
  const cache = storeFile ? openAnalysisCache({ file: analysisCacheFileFor(storeFile), version }) : undefined;
  if (!cache) return () => undefined;
  useAnalysisMemo(cache.memo);
  return () => {
    useAnalysisMemo(undefined);
    cache.save();
    cache.close();
  };
}
