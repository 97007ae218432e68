// Turns free text into safe PostgreSQL tsqueries: content words OR-ed, required groups AND-ed, multi-word names as
// phrases. Only letters, digits, spaces and (inside a quoted name) dots and hyphens reach a query, so nothing can
// inject syntax.
import { contentWords, tokenize } from '../../../shared/text/tokens.ts';

export const MAX_QUERY_TERMS = 64;

export interface TsQueries {
  /** What ranks a passage (ts_rank): the required groups AND-ed with every term OR-ed. */
  rank: string;
  /**
   * What a passage must match: the required groups alone when there are some (every term of theirs is also in the
   * ranking OR, so a passage holding the groups matches `rank` too), else `rank`. Fewer operands for the index.
   */
  match: string;
  /** Required groups AND the ranking OR (ts_rank's calc_rank_and). */
  grouped: boolean;
  /** The ranking's words when it is one OR of single words (no groups): what lexeme-levels.ts filters by. */
  words?: string[];
}

function phrase(text: string): string | undefined {
  const words = tokenize(text).map((word) => word.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  return words.length > 0 ? words.join(' <-> ') : undefined;
}

/**
 * A required name as the documents were indexed. PostgreSQL's parser reads "U.S." as the one lexeme 'u.s' and
 * "COVID-19" as 'covid' then '-19', where our tokens give 'u' <-> 's' (and 's' is a stop word, so 'u' alone, which
 * no "U.S." in a document holds) and 'covid' <-> '19'. A name with a dot or hyphen inside a word is therefore also
 * given quoted, for to_tsquery to parse as to_tsvector did; dotted, it is given only so ('u' is not 'U.S.').
 */
function name(text: string): string | undefined {
  const tokens = phrase(text);
  const normal = text.normalize('NFKC').toLowerCase();
  const dotted = /[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(normal);
  if (!dotted && !/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(normal)) return tokens;
  const quoted = `'${normal.replace(/[^\p{L}\p{N}.-]+/gu, ' ').trim()}'`;
  return dotted || !tokens ? quoted : `${quoted} | ${tokens}`;
}

export function toTsQueries(text: string, required: string[][] = []): TsQueries | undefined {
  const groups = required.map((group) => group.flatMap((alternative) => name(alternative) ?? [])).filter((group) => group.length > 0);
  const terms = [...new Set([...contentWords(text).flatMap((word) => phrase(word) ?? []), ...groups.flat()])].slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return undefined;
  const ranking = terms.map((term) => `(${term})`).join(' | ');
  if (groups.length === 0) return { rank: ranking, match: ranking, grouped: false, words: terms.some((term) => term.includes(' ')) ? undefined : terms };
  const anded = groups.map((group) => `(${group.map((term) => `(${term})`).join(' | ')})`);
  const rank = [...anded, `(${ranking})`].join(' & ');
  // Past MAX_QUERY_TERMS a group's term may be missing from the ranking OR: then only the whole query says what matches.
  return { rank, match: groups.flat().every((term) => terms.includes(term)) ? anded.join(' & ') : rank, grouped: true };
}

/** The ranking query alone (tests, and what the store ranks by). */
export function toTsQuery(text: string, required: string[][] = []): string | undefined {
  return toTsQueries(text, required)?.rank;
}
