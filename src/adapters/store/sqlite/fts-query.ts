// Turns free text into a safe FTS5 query: content words, each quoted, OR-ed (BM25 does the weighting).
import { contentWords, tokenize } from '../../../shared/text/tokens.ts';

export const MAX_QUERY_TERMS = 64;

/**
 * BM25 weights of the index's columns (passage text, heading). The heading (a title or topic labels)
 * weighs as much as the text, as if prepended to it: chosen on SciFact's train queries, where 1.0
 * beat the former 0.4 (nDCG@10 0.698 vs 0.691; bench/retrieval.ts), and it is the flat-index default.
 */
export const COLUMN_WEIGHTS = { text: 1.0, heading: 1.0 } as const;
export const BM25_COLUMN_WEIGHTS = `${COLUMN_WEIGHTS.text.toFixed(2)}, ${COLUMN_WEIGHTS.heading.toFixed(2)}`;

function quoted(phrase: string): string {
  return `"${tokenize(phrase).join(' ').replace(/"/g, '""')}"`;
}

export interface FtsQuery {
  /** The FTS5 expression. */
  match: string;
  /** Each quoted phrase of `match` and how often it occurs there: bm25() scores every occurrence. */
  phrases: Map<string, number>;
  /** The required groups' quoted phrases: a match holds one of each group. */
  groups: string[][];
  /** The quoted phrases that rank, in their order in `match` (after the groups'): a match holds one of them. */
  ranking: string[];
}

/** Every required group must match; all words (required ones included) rank the matches. */
export function buildFtsQuery(text: string, required: string[][] = []): FtsQuery | undefined {
  const groups = required.map((group) => group.filter((phrase) => tokenize(phrase).length > 0).map(quoted)).filter((group) => group.length > 0);
  const terms = [...new Set([...contentWords(text), ...required.flat().map((phrase) => tokenize(phrase).join(' ')).filter(Boolean)])].slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return undefined;
  const ranking = terms.map(quoted);
  const phrases = new Map<string, number>();
  for (const phrase of [...groups.flat(), ...ranking]) phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
  const match = groups.length === 0 ? ranking.join(' OR ') : [...groups.map((group) => `(${group.join(' OR ')})`), `(${ranking.join(' OR ')})`].join(' AND ');
  return { match, phrases, groups, ranking };
}

export function toFtsQuery(text: string, required: string[][] = []): string | undefined {
  return buildFtsQuery(text, required)?.match;
}
