// Turns free text into a safe FTS5 query: content words, each quoted, OR-ed (BM25 does the weighting).
import { contentWords } from '../../text/tokens.ts';

export const MAX_QUERY_TERMS = 64;

export function toFtsQuery(text: string): string | undefined {
  const terms = [...new Set(contentWords(text))].slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' OR ');
}
