// The exact top k of a query of words (one OR: ts_rank's calc_rank_or) in one statement, ranking only the passages
// that hold several of its lexemes. A passage holding m of the query's U distinct lexemes ranks in
// [0.6079·m/U, 0.9977·m/U] (ts-rank-bounds.ts), so when the k-th best of the passages holding at least L lexemes ranks
// above what L - 1 can give, no passage holding fewer can enter the top k, and ranking the L-or-more passages alone
// gives the top k, ranks and order of ranking every match. At 100k passages a query of common words matches 10-24k
// passages, and reading and ranking each was nearly all of its time (about 1 µs each); two or more of its lexemes
// are held by a few hundred to a few thousand, three or more by tens to hundreds.
// Level 3 is tried first, then level 2, each only when the one before could not prove its answer, then every match:
// one statement (one round trip, one snapshot), the levels not needed never run (their scans sit under a one-time
// filter). A level's filter is made of the words, not the lexemes: a word gives one lexeme at most, so a passage
// holding L distinct lexemes holds L of the words (two words with one stem, or a stop word, only widen the filter),
// and the proof is the ranks, not the filter.
import { RANK, rankingCte } from './ranking-sql.ts';
import { atLeast, levelRank } from './ts-rank-bounds.ts';

const level = (name: string, filter: string, skipUnless: string) => `${name} AS MATERIALIZED (
    SELECT p.rowid, ${RANK} AS rank FROM passages p WHERE ${skipUnless} p.tsv @@ to_tsquery('english', ${filter})
    ORDER BY rank DESC, p.rowid LIMIT $2),
  ${name}_proved AS (SELECT count(*) >= $2 AND min(rank) * (SELECT u FROM size) >= ${levelRank(Number(name.at(-1)))} AS ok FROM ${name})`;

/**
 * Rows (rowid, rank, path: 'level3', 'level2' or 'full') of the top $2 for $1, a query of words; $3 and $4 the
 * filters of level 3 and 2 (NULL: that level is left out).
 */
export const LEVELS_SQL = `WITH ${rankingCte({ grouped: false, words: [] })},
  size AS (SELECT count(*)::float8 AS u FROM lexemes),
  ${level('level3', '$3', '')},
  ${level('level2', '$4', 'NOT (SELECT ok FROM level3_proved) AND')}
  SELECT rowid, rank, 'level3' AS path FROM level3 WHERE (SELECT ok FROM level3_proved)
  UNION ALL SELECT rowid, rank, 'level2' AS path FROM level2 WHERE (SELECT ok FROM level2_proved)
  UNION ALL (SELECT p.rowid, ${RANK} AS rank, 'full' AS path FROM passages p
    WHERE NOT (SELECT ok FROM level3_proved) AND NOT (SELECT ok FROM level2_proved) AND p.tsv @@ to_tsquery('english', $1)
    ORDER BY rank DESC, p.rowid LIMIT $2)`;

/** The parameters of LEVELS_SQL for a query of `words` (its to_tsquery text `query`) and a limit. */
export function levelsParams(query: string, words: readonly string[], limit: number): [string, number, string | null, string | null] {
  // Level 3 of three words is the AND of all three: rarely held by k passages, and level 2 holds it.
  return [query, limit, words.length > 3 ? atLeast(words, 3) ?? null : null, atLeast(words, 2) ?? null];
}
