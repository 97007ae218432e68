// Exact top k by ts_rank without ranking every match. Ranking all matches reads each matching passage from the heap
// (a common word matches a quarter of a million passages at 1M), which was nearly all of a query's time. ts_rank
// has no IDF and never exceeds 1.0, which gives two exact shortcuts (ts-rank-bounds.ts):
// - a query whose top operator is OR scores a passage at most (query lexemes it holds) / (query lexemes), so once
//   k passages are known to reach θ, only passages holding ceil(θ·U) of the U lexemes can still enter the top k,
//   and a GIN filter ("at least M of these lexemes") keeps just those;
// - a query of required groups (AND) gives most good passages the maximum, 1.0, and ties go to the lower rowid:
//   k passages at 1.0 found scanning rowids upwards are the top k, whatever comes after.
// Each falls back to ranking every match when it would cost more; all passes read one snapshot.
import type pg from 'pg';
import { atLeast, readTsQuery, rankBound, type TsQueryShape } from './ts-rank-bounds.ts';

export interface TopRow {
  rowid: number;
  /** ts_rank as PostgreSQL returns it (float4). */
  rank: number;
}

/** ts_rank weights for labels D, C, B, A: the heading (C) counts as much as the text (A), as in the SQLite index (fts-query.ts). */
export const TS_RANK_WEIGHTS = '{0.1, 1.0, 0.4, 1.0}';

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
/**
 * Below this many matches (the planner's estimate, close for OR queries) an OR query is ranked in full: at 100k
 * passages, where the k-th rank is low and passes must go down to 2-3 lexemes, the full query was as fast up to 30,000.
 */
const OR_MIN_MATCHES = 25_000;
/** Rowid ranges may cost this share of the full query. */
const SCAN_SHARE = 0.75;
/** A full query estimated to cost less (µs) runs at once: what a wrong guess would waste is more than it could save. */
const PREFIX_MIN_FULL_COST = 40_000;
/** About how many passages the sample holds (whole pages, from all over the table: matches cluster by topic). */
const SAMPLE_ROWS = 6000;
/** The first range's rows: what the sample expects, within these (a sample's few 1.0s say little). */
const RANGE_ROWS = { least: 4096, first: 32_768 } as const;
/** More lexemes, more passes or "at least M" alternatives than these and the full query runs. */
const MAX_LEXEMES = 16;
const MAX_PASSES = 4;
const MAX_CLAUSES = 80;

const RANK = `ts_rank('${TS_RANK_WEIGHTS}', p.tsv, q)`;
const FULL = `SELECT p.rowid, ${RANK} AS rank FROM passages p, to_tsquery('english', $1) q WHERE p.tsv @@ q ORDER BY rank DESC, p.rowid LIMIT $2`;
const FILTERED = `SELECT p.rowid, ${RANK} AS rank FROM passages p, to_tsquery('english', $1) q
  WHERE p.tsv @@ (q && $2::tsquery) ORDER BY rank DESC, p.rowid LIMIT $3`;
// ts_match_vq is @@ as a function: the planner cannot use the GIN index for it, so the range is read in rowid order.
// OFFSET 0 keeps the ranking inside: the sort then holds rowids and ranks, not tsvectors.
const RANGE = `SELECT rowid, rank FROM (SELECT p.rowid, ${RANK} AS rank FROM passages p, to_tsquery('english', $1) q
  WHERE p.rowid > $2 AND p.rowid <= $3 AND ts_match_vq(p.tsv, q) OFFSET 0) ranked ORDER BY rank DESC, rowid LIMIT $4`;
const SAMPLE = `SELECT count(*) AS rows, count(*) FILTER (WHERE ts_match_vq(p.tsv, q)) AS matches,
  count(*) FILTER (WHERE ts_match_vq(p.tsv, q) AND ${RANK} >= 1) AS ones
  FROM passages p TABLESAMPLE SYSTEM ($2) REPEATABLE (0), to_tsquery('english', $1) q`;
const ESTIMATE = "EXPLAIN (FORMAT JSON) SELECT 1 FROM passages WHERE tsv @@ to_tsquery('english', $1)";

export type TopKPath = 'or-bound' | 'and-prefix' | 'full';

/**
 * Below this many passages a search is one statement, ranking every match, as before: at 100k the worst speed-bench
 * query ranked in full took 90 ms, most under 25, and the shortcuts' round trips and samples cost more than they saved.
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
  /** Below these the full query runs (OR_MIN_MATCHES, PREFIX_MIN_FULL_COST); tests lower them to reach the shortcuts on little data. */
  orMinMatches?: number;
  prefixMinFullCost?: number;
  /** The fewest rows a rowid range reads (RANGE_ROWS.least); tests lower it to stop before the end of a small table. */
  leastRangeRows?: number;
  /** For the store: below this many passages it ranks every match in one statement (SHORTCUT_MIN_PASSAGES). */
  minPassages?: number;
}

type Client = Pick<pg.PoolClient, 'query'>;

/** The top `limit` passages for `tsQuery` (to_tsquery syntax, English), by ts_rank descending, then rowid. */
export async function searchTopK(client: Client, tsQuery: string, limit: number, options: TopKOptions = {}): Promise<TopRow[]> {
  if (limit <= 0) return [];
  const { rows } = await client.query<{ normalized: string; last: string | null }>(
    "SELECT to_tsquery('english', $1)::text AS normalized, (SELECT max(rowid) FROM passages) AS last",
    [tsQuery],
  );
  const shape = readTsQuery(rows[0]?.normalized ?? '');
  const last = Number(rows[0]?.last ?? 0);
  if (shape.lexemes.length === 0 || last === 0) return [];
  const found =
    shape.operator === '|' ? await orTopK(client, tsQuery, shape, limit, options.orMinMatches ?? OR_MIN_MATCHES)
    : shape.operator === '&' || shape.operator === '<->'
      ? await andTopK(client, tsQuery, limit, last, { fullMatch: COST.fullMatch(shape.operands), minFullCost: options.prefixMinFullCost ?? PREFIX_MIN_FULL_COST, leastRange: options.leastRangeRows ?? RANGE_ROWS.least })
    : undefined;
  options.observe?.(found ? (shape.operator === '|' ? 'or-bound' : 'and-prefix') : 'full');
  return found ?? full(client, tsQuery, limit);
}

/** Every match ranked: what the shortcuts must equal. */
export async function full(client: Client, tsQuery: string, limit: number): Promise<TopRow[]> {
  return toRows((await client.query(FULL, [tsQuery, limit])).rows);
}

/**
 * Passes with "at least M of the U lexemes", M going down, until one returns k passages whose k-th rank θ proves that
 * no passage holding fewer than M lexemes can reach it; else the pass that θ asks for. Undefined: run the full query.
 */
async function orTopK(client: Client, tsQuery: string, shape: TsQueryShape, limit: number, minMatches: number): Promise<TopRow[] | undefined> {
  const lexemes = shape.lexemes;
  if (lexemes.length < 2 || lexemes.length > MAX_LEXEMES) return undefined;
  const { rows: plan } = await client.query(ESTIMATE, [tsQuery]);
  const estimate = Number((plan[0]?.['QUERY PLAN'] as { Plan?: { 'Plan Rows'?: number } }[] | undefined)?.[0]?.Plan?.['Plan Rows'] ?? 0);
  if (estimate < minMatches) return undefined;
  const pass = async (least: number) => {
    const filter = atLeast(lexemes, least, MAX_CLAUSES);
    return filter === undefined ? undefined : toRows((await client.query(FILTERED, [tsQuery, filter, limit])).rows);
  };
  // All U lexemes together is rarely held by k passages: start one lower.
  let least = lexemes.length >= 4 ? lexemes.length - 1 : lexemes.length;
  for (let passes = 0; passes < MAX_PASSES && least >= 2; passes++) {
    const rows = await pass(least);
    if (!rows) return undefined;
    if (rows.length < limit) {
      // Each lexeme less lets in several times as many passages: far from k, go two down.
      least -= rows.length < limit / 8 ? 2 : 1;
      continue;
    }
    const needed = rankBound(rows[limit - 1]!.rank, lexemes.length);
    if (needed >= least) return rows;
    // k passages reach θ, so θ is a safe threshold: one more pass with what it asks for is exact.
    return needed >= 2 ? pass(needed) : undefined;
  }
  return undefined;
}

/**
 * Rowid ranges read upwards, each ranked in full, until k passages at the maximum rank (1.0) have been seen, or every
 * passage has. A sample of the table says first whether that should cost less than the full query: its matches give
 * the full query's cost, its 1.0s how far to read. Undefined: run the full query.
 */
async function andTopK(
  client: Client, tsQuery: string, limit: number, last: number, { fullMatch, minFullCost, leastRange }: { fullMatch: number; minFullCost: number; leastRange: number },
): Promise<TopRow[] | undefined> {
  // Where even every passage matching would be cheap to rank, nothing to gain.
  if (last * fullMatch < minFullCost) return undefined;
  const percent = Math.min(100, (100 * SAMPLE_ROWS) / last);
  const [sample] = (await client.query(SAMPLE, [tsQuery, percent])).rows as { rows: string; matches: string; ones: string }[];
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
    const { rows } = await client.query(RANGE, [tsQuery, scanned, upto, limit]);
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
