// The exact top k of a query with required groups (ts_rank's calc_rank_and: at most 1.0) in one statement, without
// ranking every match when a common name makes that costly. Many good passages rank 1.0 and ties go to the lower
// rowid, so k passages at 1.0 found reading rowids upwards are the top k, whatever comes after. The statement reads
// the first rowids (the probe) and from what it finds there (matches, passages at 1.0) estimates both ways: ranking
// every match (the match share of the probe × the passages × a match's cost) and reading upwards until k at 1.0
// (k / their share of the probe × a row's cost). It reads upwards only when that should cost at most SCAN_SHARE of
// ranking every match, and never further than that budget: it stops at the k-th 1.0 (an index scan in rowid order
// under LIMIT), or ranks every match when the budget ends first. At 99,952 passages the United States facet (16,474
// matches, each rechecked for its phrases and ranked) has its 120th 1.0 at rowid 5,969.
import { RANK, rankingCte } from './ranking-sql.ts';
import type { TsQueries } from './ts-query.ts';

/** Rowids the probe reads: a few at 1.0 among them say whether to read on. */
export const PROBE_ROWS = 400;
/** Reading upwards may cost this share of ranking every match. */
const SCAN_SHARE = 0.75;

/** What a step costs (µs), on the speed bench's machine, at 100k passages (all in PostgreSQL's buffers). */
export const PREFIX_COST = {
  /** Ranking one match of every match: the GIN check, the heap read and recheck, ts_rank (1.2 with 6 operands, 3 with 58). */
  match: (operands: number) => 1 + 0.035 * operands,
  /** Reading one passage upwards in rowid order: matched, and ranked when it matches. */
  row: 2,
} as const;

/**
 * Rows (rowid, rank, path: 'and-prefix' or 'full') of the top $2 for $1 (the whole query) matching $3 (the groups);
 * $4 the probe's rowids, $5 the passages, $6 a row's cost and $7 a match's (PREFIX_COST).
 */
export function prefixSql(queries: Pick<TsQueries, 'grouped' | 'words'>, match: string): string {
  return `WITH ${rankingCte(queries)},
  probe AS MATERIALIZED (SELECT p.rowid, ts_match_vq(p.tsv, ${match}) AS matched, p.tsv FROM passages p ORDER BY p.rowid LIMIT $4),
  counted AS (SELECT count(*)::float8 AS rows, count(*) FILTER (WHERE matched)::float8 AS matches, min(rowid) AS first,
    count(*) FILTER (WHERE matched AND ${RANK} >= 1)::float8 AS ones FROM probe p),
  decided AS (SELECT CASE WHEN ones > 0 AND $2 * rows / ones * $6 < ${SCAN_SHARE} * matches / rows * $5 * $7
    THEN first + ceil(${SCAN_SHARE} * matches / rows * $5 * $7 / $6)::bigint ELSE 0 END AS bound FROM counted),
  prefix AS MATERIALIZED (SELECT p.rowid, ${RANK} AS rank FROM passages p
    WHERE p.rowid <= (SELECT bound FROM decided) AND ts_match_vq(p.tsv, ${match}) AND ${RANK} >= 1 ORDER BY p.rowid LIMIT $2),
  proved AS (SELECT count(*) >= $2 AS ok FROM prefix)
  SELECT rowid, rank, 'and-prefix' AS path FROM prefix WHERE (SELECT ok FROM proved)
  UNION ALL (SELECT p.rowid, ${RANK} AS rank, 'full' AS path FROM passages p
    WHERE NOT (SELECT ok FROM proved) AND p.tsv @@ ${match} ORDER BY rank DESC, p.rowid LIMIT $2)`;
}
