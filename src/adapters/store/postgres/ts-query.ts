// Turns free text into a safe PostgreSQL tsquery: content words OR-ed, required groups AND-ed,
// multi-word names as phrases. Only letters and digits reach the query, so nothing can inject syntax.
import { contentWords, tokenize } from '../../../shared/text/tokens.ts';

export const MAX_QUERY_TERMS = 64;

function phrase(text: string): string | undefined {
  const words = tokenize(text).map((word) => word.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  return words.length > 0 ? words.join(' <-> ') : undefined;
}

export function toTsQuery(text: string, required: string[][] = []): string | undefined {
  const groups = required.map((group) => group.flatMap((alternative) => phrase(alternative) ?? [])).filter((group) => group.length > 0);
  const terms = [...new Set([...contentWords(text).flatMap((word) => phrase(word) ?? []), ...groups.flat()])].slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return undefined;
  const ranking = terms.map((term) => `(${term})`).join(' | ');
  if (groups.length === 0) return ranking;
  return [...groups.map((group) => `(${group.map((term) => `(${term})`).join(' | ')})`), `(${ranking})`].join(' & ');
}
