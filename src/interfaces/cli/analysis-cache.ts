// `ask`'s analysis cache, beside its SQLite store (data/crosscheck.db → data/crosscheck.analyses.db): the tokens of
// the sentences earlier asks analysed, under the version of the code that analysed them, so a warm ask re-reads
// rather than re-analyses them and never loads the NLP model when every sentence is known. Without a usable file
// (PostgreSQL, `:memory:`, a read-only folder) the ask runs as without it. The same file keeps the source sentences'
// event frames, under the version of the frame code, which the write stage reads instead of reading the sentences again,
// and the WordNet look-ups a claim's judge makes, under the version of wordnet.ts and the dictionary.
import { codeVersions } from '../../adapters/analysis-cache/code-versions.ts';
import { analysisCacheFileFor, cacheNote, openAnalysisCache } from '../../adapters/analysis-cache/sqlite-analysis-cache.ts';
import { useFrameMemo } from '../../shared/language/frame-memo.ts';
import { useAnalysisMemo } from '../../shared/language/analysis-memo.ts';
import { useWordNetMemo } from '../../shared/language/wordnet-memo.ts';

/** Where the file keeps the code versions and the stamps of the files they came from (code-versions.ts). */
const CODE_VERSIONS_NOTE = 'code-versions';

/** Plugs the cache in for this process; the returned function writes what was analysed, closes it and unplugs it. */
export function useAnalysisCacheBeside(storeFile: string | undefined): () => void {
  if (!storeFile) return () => undefined;
  const file = analysisCacheFileFor(storeFile);
  let found: ReturnType<typeof codeVersions>;
  try {
    found = codeVersions(cacheNote(file, CODE_VERSIONS_NOTE));
  } catch {
    return () => undefined; // the analysing code cannot be read to version it: no cache
  }
  const { versions, record } = found;
  const cache = openAnalysisCache({ file, version: versions.analysis, frameVersion: versions.frame, wordNetVersion: versions.wordnet, notes: record ? { [CODE_VERSIONS_NOTE]: record } : undefined });
  if (!cache) return () => undefined;
  useAnalysisMemo(cache.memo);
  useFrameMemo(cache.frames);
  useWordNetMemo(cache.wordnet);
  return () => {
    useAnalysisMemo(undefined);
    useFrameMemo(undefined);
    useWordNetMemo(undefined);
    cache.save();
    cache.close();
  };
}
