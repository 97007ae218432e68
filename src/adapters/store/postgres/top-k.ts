// Exact top k by ts_rank without ranking every match. Ranking all matches reads each matching passage from the heap
// and ranks it (about 1 µs each, 3 with a long list of names), which was nearly all of a query's time. ts_rank has no
// IDF and never exceeds 1.0, which gives two exact shortcuts (ts-rank-bounds.ts):
// - a query of words (an OR) scores a passage below (query lexemes it holds) / (query lexemes), and at least 0.6
//   of that, so the passages holding several of its lexemes are ranked first, in one statement (lexeme-levels.ts);
// - a query of required groups (AND) gives most good passages the maximum, 1.0, and ties go to the lower rowid:
//   k passages at 1.0 found scanning rowids upwards are the top k, whatever comes after: in one statement whose probe
//   of the first rowids says whether it pays (rowid-prefix.ts) from 50,000 passages on; from 150,000 on, rowid ranges
//   after a sample of the whole table (andTopK: at 1M a query's 1.0s often lie beyond any probe of the first rowids).
// A query with required groups matches on the groups alone (ts-query.ts), ranked by the whole query.
import type pg from 'pg';
import { LEVELS_SQL, levelsParams } from './lexeme-levels.ts';
import { RANK, RANK_WHOLE, rankingCte } from './ranking-sql.ts';
import { PREFIX_COST, prefixSql, PROBE_ROWS } from './rowid-prefix.ts';
import type { TsQueries } from './ts-query.ts';
import { readTsQuery } from './ts-rank-bounds.ts';

export interface TopRow {
  rowid: number;
  /** ts_rank as PostgreSQL returns it (float4). */
  rank: number;
}

/**
 * What a step costs, in microseconds, at 1M passages on the 2-core machine of the speed bench, with the pages read
 * not yet in PostgreSQL's buffers (its default 128 MB holds a third of the passages' heap, so a search at 1M mostly
 * reads them again; each such page read costs about 20 µs here).
 */
const COST = {
  /**
   * Ranking one match of the full query (GIN bitmap, a heap page read at random, ts_rank, the sort): 16 µs with 25
   * operands, 25 with 27 (3-8 once the pages are in the buffers); ts_rank looks up each operand.
   */
  fullMatch: (operands: number) => 10 + 0.2 * operands,
  /** Testing one passage of a rowid range (pages read in order, matched, ranked when it matches): 2 µs (0.3-0.9 in the buffers). */
  scannedRow: 1.5,
} as const;
/** Rowid ranges may cost this share of the full query. */
const SCAN_SHARE = 0.75;
/** A full query estimated to cost less (µs) runs at once: what a wrong guess would waste is more than it could save. */
const PREFIX_MIN_FULL_COST = 40_000;
/** About how many passages the sample holds (whole pages, from all over the table: matches cluster by topic). */
const SAMPLE_ROWS = 6000;
/** The first range's rows: what the sample expects, within these (a sample's few 1.0s say little). */
const RANGE_ROWS = { least: 4096, first: 32_768 } as const;

/** The required groups (parameter `groups`) as to_tsquery reads them; the whole query when they normalize to nothing (stop words). */
export const matchOf = (groups: string, whole = '$1') =>
  `(CASE WHEN numnode(to_tsquery('english', ${groups})) > 0 THEN to_tsquery('english', ${groups}) ELSE to_tsquery('english', ${whole}) END)`;
/** $3 as what must match, with $1 the whole query: every statement below. */
export const MATCH = matchOf('$3');
/** Every match of the whole query ranked by it, as before any shortcut ($1 the query, $2 the limit): what they must equal. */
const REFERENCE = `SELECT p.rowid, ${RANK_WHOLE} AS rank FROM passages p WHERE p.tsv @@ to_tsquery('english', $1) ORDER BY rank DESC, p.rowid LIMIT $2`;
/** Every match ranked ($1 the ranking, $2 the limit, $3 what must match). */
const fullSql = (queries: TsQueries) =>
  `WITH ${rankingCte(queries)} SELECT p.rowid, ${RANK} AS rank, 'full' AS path FROM passages p WHERE p.tsv @@ ${MATCH} ORDER BY rank DESC, p.rowid LIMIT $2`;
// ts_match_vq is @@ as a function: the planner cannot use the GIN index for it, so the range is read in rowid order.
// OFFSET 0 keeps the ranking inside: the sort then holds rowids and ranks, not tsvectors.
const rangeSql = (queries: TsQueries) => `WITH ${rankingCte(queries)} SELECT rowid, rank FROM (SELECT p.rowid, ${RANK} AS rank FROM passages p
  WHERE p.rowid > $4 AND p.rowid <= $5 AND ts_match_vq(p.tsv, ${MATCH}) OFFSET 0) ranked ORDER BY rank DESC, rowid LIMIT $2`;
const sampleSql = (queries: TsQueries) => `WITH ${rankingCte(queries)} SELECT count(*) AS rows, count(*) FILTER (WHERE ts_match_vq(p.tsv, ${MATCH})) AS matches,
  count(*) FILTER (WHERE ts_match_vq(p.tsv, ${MATCH}) AND ${RANK} >= 1) AS ones
  FROM passages p TABLESAMPLE SYSTEM ($2) REPEATABLE (0)`;

export type TopKPath = 'level3' | 'level2' | 'and-prefix' | 'full';

/**
 * Below this many passages a search with required groups is one statement (topKStatement): at 100k the sample and
 * round trips of andTopK cost more than they save, where at 1M they found the 1.0s of queries the probe missed.
 */
export const SHORTCUT_MIN_PASSAGES = 150_000;
/** The snapshot every pass of one search reads. */
export const TOP_K_BEGIN = 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY';

/** The passages table's size as the planner knows it (pg_class.reltuples, kept by autovacuum and ANALYZE), read at most once a minute. */
export function createPassageCount(query: (text: string) => Promise<Record<string, unknown>[]>, ttlMs = 60_000): () => Promise<number> {
  let known: { count: number; at: number } | undefined;
  return async () => {
    if (!known || Date.now() - known.at > ttlMs) {
      const [row] = await query("SELECT reltuples::float8 AS count FROM pg_class WHERE oid = 'passages'::regclass");
      known = { count: Number(row?.count ?? 0), at: Date.now() };
    }
    return known.count;
  };
}

export interface TopKOptions {
  /** Told how each search was answered (tests and the bench use it). */
  observe?: (path: TopKPath) => void;
  /** Below this the full query runs (PREFIX_MIN_FULL_COST); tests lower it to reach the prefix on little data. */
  prefixMinFullCost?: number;
  /** The fewest rows a rowid range reads (RANGE_ROWS.least); tests lower it to stop before the end of a small table. */
  leastRangeRows?: number;
  /** For the store: from this many passages a search with required groups takes the rowid prefix's round trips (SHORTCUT_MIN_PASSAGES). */
  minPassages?: number;
  /** From these many passages a statement takes the levels or the probe (SHORTCUT_FROM): tests lower them. */
  from?: Partial<Record<keyof typeof SHORTCUT_FROM, number>>;
}

type Client = Pick<pg.PoolClient, 'query'>;

/**
 * From this many passages a query of words takes the levels (lexeme-levels.ts) and one with required groups probes the
 * first rowids (rowid-prefix.ts). Below, ranking every match is cheap and the shortcuts cost more than they save. The
 * speed bench's facets, each the best of 5 (load 3): words, levels against every match, 74 against 48 ms in all at
 * 9,995 passages, 70 / 78 at 29,988, 96 / 107 at 49,985, 105 / 208 at 99,904; names, the probe against every match,
 * 278 / 135 at 9,995, 165 / 130 at 29,988, 190 / 171 at 49,985 (slowest 24 / 42), 384 / 377 at 99,904 (slowest 29 / 82).
 */
export const SHORTCUT_FROM = { levels: 30_000, probe: 50_000 } as const;

/**
 * The one statement giving the top `limit` (rowid, rank, path) of a search in a store of `passages`, by ts_rank
 * descending, then rowid: the levels for a query of words, for one with required groups the rowid prefix when the
 * probe says it pays, else every match ranked.
 */
export function topKStatement(queries: TsQueries, limit: number, passages: number, from: Partial<Record<keyof typeof SHORTCUT_FROM, number>> = {}): { text: string; values: unknown[] } {
  const least = { ...SHORTCUT_FROM, ...from };
  if (queries.words && passages >= least.levels) return { text: LEVELS_SQL, values: levelsParams(queries.rank, queries.words, limit) };
  if (queries.words || passages < least.probe) return { text: fullSql(queries), values: [queries.rank, limit, queries.match] };
  const operands = queries.rank.match(/[\p{L}\p{N}.-]+/gu)?.length ?? 1;
  return { text: prefixSql(queries, MATCH), values: [queries.rank, limit, queries.match, PROBE_ROWS, passages, PREFIX_COST.row, PREFIX_COST.match(operands)] };
}

/** The top `limit` passages: one statement (topKStatement), or for required groups the rowid prefix first. */
export async function searchTopK(client: Client, queries: TsQueries, limit: number, options: TopKOptions = {}): Promise<TopRow[]> {
  if (limit <= 0) return [];
  if (!queries.words) {
    const found = await andPrefix(client, queries, limit, options);
    if (found) {
      options.observe?.('and-prefix');
      return found;
    }
  }
  // What andTopK declined is ranked in full: its sample saw no prefix worth reading, and a probe would see less.
  const statement = queries.words ? topKStatement(queries, limit, Infinity, options.from) : { text: fullSql(queries), values: [queries.rank, limit, queries.match] };
  const { rows } = await client.query(statement.text, statement.values);
  options.observe?.((rows[0]?.path as TopKPath | undefined) ?? 'full');
  return toRows(rows);
}

/** Every match of the whole query ranked by it: what every statement must equal. */
export async function reference(client: Client, queries: TsQueries, limit: number): Promise<TopRow[]> {
  return toRows((await client.query(REFERENCE, [queries.rank, limit])).rows);
}

/** The rowid prefix for a query with required groups (andTopK), when its shape and the table say it may pay. */
async function andPrefix(client: Client, queries: TsQueries, limit: number, options: TopKOptions): Promise<TopRow[] | undefined> {
  const { rows } = await client.query<{ normalized: string; last: string | null }>(
    "SELECT to_tsquery('english', $1)::text AS normalized, (SELECT max(rowid) FROM passages) AS last",
    [queries.rank],
  );
  const shape = readTsQuery(rows[0]?.normalized ?? '');
  const last = Number(rows[0]?.last ?? 0);
  if (shape.lexemes.length === 0 || last === 0 || (shape.operator !== '&' && shape.operator !== '<->')) return undefined;
  return andTopK(client, queries, limit, last, {
    fullMatch: COST.fullMatch(shape.operands), minFullCost: options.prefixMinFullCost ?? PREFIX_MIN_FULL_COST, leastRange: options.leastRangeRows ?? RANGE_ROWS.least,
  });
}

/**
 * Rowid ranges read upwards, each ranked in full, until k passages at the maximum rank (1.0) have been seen, or every
 * passage has. A sample of the table says first whether that should cost less than the full query: its matches give
 * the full query's cost, its 1.0s how far to read. Undefined: run the full query.
 */
async function andTopK(
  client: Client, queries: TsQueries, limit: number, last: number, { fullMatch, minFullCost, leastRange }: { fullMatch: number; minFullCost: number; leastRange: number },
): Promise<TopRow[] | undefined> {
  // Where even every passage matching would be cheap to rank, nothing to gain.
  if (last * fullMatch < minFullCost) return undefined;
  const percent = Math.min(100, (100 * SAMPLE_ROWS) / last);
  const [sample] = (await client.query(sampleSql(queries), [queries.rank, percent, queries.match])).rows as { rows: string; matches: string; ones: string }[];
  const sampled = Math.max(1, Number(sample?.rows ?? 0));
  const fullCost = (Number(sample?.matches ?? 0) / sampled) * last * fullMatch;
  // Reading may cost a share of the full query, so a query whose 1.0s come late costs at most that much more.
  const budget = (SCAN_SHARE * fullCost) / COST.scannedRow;
  // Hopefully: one more 1.0 than the sample holds, as a few say little.
  const expected = (limit * sampled) / (Number(sample?.ones ?? 0) + 1);
  if (fullCost < minFullCost || expected > budget) return undefined;
  let best: TopRow[] = [];
  let scanned = 0;
  let range = Math.ceil(Math.min(budget, RANGE_ROWS.first, Math.max(leastRange, expected * 1.25)));
  for (;;) {
    const upto = Math.min(last, scanned + range);
    const { rows } = await client.query(rangeSql(queries), [queries.rank, limit, queries.match, scanned, upto]);
    scanned = upto;
    best = merge(best, toRows(rows), limit);
    const atMaximum = best.filter((row) => row.rank >= 1).length;
    // k passages at 1.0 below every rowid not read yet, or every passage read: nothing left can enter the top k.
    if (atMaximum >= limit || scanned >= last) return best;
    if (scanned >= budget) return undefined;
    // The 1.0s seen so far size the next range (they cluster, so they cannot say when to give up).
    const rowsNeeded = ((limit - atMaximum) * scanned) / (atMaximum + 1);
    range = Math.ceil(Math.min(2 * range, Math.max(range, rowsNeeded * 1.25), budget - scanned));
  }
}

function merge(left: TopRow[], right: TopRow[], limit: number): TopRow[] {
  return [...left, ...right].sort((a, b) => b.rank - a.rank || a.rowid - b.rowid).slice(0, limit);
}

function toRows(rows: Record<string, unknown>[]): TopRow[] {
  return rows.map((row) => ({ rowid: Number(row.rowid), rank: Number(row.rank) }));
}
