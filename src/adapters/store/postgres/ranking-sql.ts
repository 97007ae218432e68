// How every search statement ranks: ts_rank with our weights, by the query's distinct lexemes sorted. ts_rank reads
// only a query's distinct lexemes and its top operator (ts-rank-bounds.ts), but for every passage it ranks it collects
// the query's operands, sorts them and drops repeats; a query of names repeats many (each group's names are also in
// the ranking OR: 58 operands, 27 distinct, for the United States question), and PostgreSQL's sort returns at once on
// input already in order, which for a tsquery written 'z & y & x' it is. The same ranks, about half the ranking's time
// (16,474 passages of the United States query: 52 ms against 60 for ranking them, 24 for matching).
import type { TsQueries } from './ts-query.ts';

/** ts_rank weights for labels D, C, B, A: the heading (C) counts as much as the text (A), as in the SQLite index (fts-query.ts). */
export const TS_RANK_WEIGHTS = '{0.1, 1.0, 0.4, 1.0}';

/** ts_rank by $1, the whole query as written: what the statements' ranks must equal (the tests' reference). */
export const RANK_WHOLE = `ts_rank('${TS_RANK_WEIGHTS}', p.tsv, to_tsquery('english', $1))`;

/** ts_rank by the query of the `ranking` CTE (rankingCte). */
export const RANK = `ts_rank('${TS_RANK_WEIGHTS}', p.tsv, (SELECT query FROM ranking))`;

/** The distinct lexemes of $1 as to_tsquery normalizes it, quoted as in its text ('it''s' quotes a quote). */
const LEXEMES = `lexemes AS (SELECT DISTINCT lexeme[1] AS lexeme FROM regexp_matches(to_tsquery('english', $1)::text, '''(?:[^'']|'''')*''', 'g') AS lexeme)`;

const joined = (operator: '&' | '|') => `(SELECT string_agg(lexeme, ' ${operator} ' ORDER BY lexeme COLLATE "C" DESC) FROM lexemes)::tsquery`;

/**
 * The CTEs `lexemes` and `ranking` (its `query`: what RANK ranks by) for a statement whose $1 is `queries.rank` and,
 * with required groups, $3 is `queries.match`. The top operator stays what it was: AND with groups (unless they
 * normalize to nothing: then the whole query), OR for words; any other query is ranked as written.
 */
export function rankingCte(queries: Pick<TsQueries, 'grouped' | 'words'>): string {
  const query = queries.grouped
    ? `CASE WHEN numnode(to_tsquery('english', $3)) > 0 THEN ${joined('&')} ELSE to_tsquery('english', $1) END`
    : queries.words ? joined('|') : "to_tsquery('english', $1)";
  return `${LEXEMES}, ranking AS (SELECT ${query} AS query)`;
}
