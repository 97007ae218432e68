// Exact BM25 top k without scoring every match. FTS5's bm25() scores each row that matches, which at a million
// passages is most of a query's time when common words match a quarter of them. For a query of words alone,
// passages that cannot reach the top k (top-k-filter.ts) are left out by rowid before bm25() runs, so the query and
// its scores stay exactly as they were; a result is returned only when the bound proves it, else the full query runs.
// A query with required names keeps the full query: each name's aliases bound too loosely to leave anything out.
// Either way bm25() is computed in a LIMIT query, where SQLite keeps the best k in a heap: FTS5's hidden `rank`
// column sorts every match in a nested statement with no LIMIT (1M passages: p95 236-289 -> 146-156 ms).
import type { DatabaseSync } from 'node:sqlite';
import { createBm25Scan } from './bm25-scan.ts';
import { createPassageDays } from './passage-days.ts';
import { BM25_COLUMN_WEIGHTS, type FtsQuery } from './fts-query.ts';
import { candidateFilter, COST, phraseBound, type PhraseBound } from './top-k-filter.ts';

export interface TopRow {
  rowid: number;
  /** bm25() as FTS5 returns it: lower is better. */
  rank: number;
}

export interface TopKOptions {
  /** Below this many possible matches (the phrases' passage counts added up) the full query is cheap enough. */
  smallMatchCount?: number;
  /** From this many indexed passages on, BM25 is computed from the index itself (bm25-scan.ts); 0 always, Infinity never. */
  scanRows?: number;
  /**
   * Below `scanRows`, a connection's searches after this many are scanned too: once a connection has read the passages'
   * sizes and its phrases' pages, the scan with its kept phrase scores beats bm25() at any size (a warm server's report
   * searched in 5 ms instead of 30 on the demo corpus), while a process making one report (about six searches) would
   * pay for reading them and gain little (a warm CLI ask 0.29-0.34 s with bm25(), 0.41-0.44 s scanning from the first).
   */
  scanAfterSearches?: number;
  /**
   * Below this many passages the scan never answers: bm25() over a small index costs less than the scan's fixed work
   * (speed bench at 9,995 passages: p50 0.7 ms with bm25(), 0.9-1.1 scanning; at 29,988 2.0 against 1.0).
   */
  scanMinRows?: number;
  /** Searches within a period a connection makes in SQL before it reads the passages' days for the scan. */
  periodSearchesFirst?: number;
  /** Told how each search was answered: by the scan, by filtered passes only, or by the full query. */
  observe?: (how: 'scan' | 'pruned' | 'full') => void;
}

export interface TopKSearch {
  search(query: FtsQuery, limit: number): TopRow[];
  /**
   * The top k of the passages published from `from` to `to` (days as `substr(published_at, 1, 10)` compares them), from
   * the scan once the connection has read the passages' days (passage-days.ts); undefined: ask SQL.
   */
  searchPeriod(query: FtsQuery, limit: number, from: string, to: string): TopRow[] | undefined;
  /** Forget passage counts after this connection wrote (other connections' writes show in FTS5's structure record). */
  invalidate(): void;
}

/** The scan's threshold: below it a connection need not hold every passage's length (4 bytes each). */
const SCAN_ROWS = 200_000;
/** A report makes about six searches (and a few more within a period): a server scans from its third report on. */
const SCAN_AFTER_SEARCHES = 16;
const SCAN_MIN_ROWS = 20_000;
/** More phrases than this make a filter's alternatives too many to enumerate. */
const MAX_PHRASES = 16;
/**
 * The first guess at the k-th score, as a share of the two largest bounds (the k-th score was 0.62-0.90 of their
 * sum on the speed bench's queries): a guess too high costs a second pass, one too low a wider filter.
 */
const FIRST_GUESS = 0.65;
/** A first pass may cost this share of the full query (it may be followed by a second pass or the full query). */
const FIRST_PASS_BUDGET = 0.5;
/** A second pass may cost this share. */
const SECOND_PASS_BUDGET = 0.7;

export function createTopKSearch(db: DatabaseSync, options: TopKOptions = {}): TopKSearch {
  const full = db.prepare(`SELECT rowid, bm25(passages_fts, ${BM25_COLUMN_WEIGHTS}) AS rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?`);
  const filtered = db.prepare(
    `SELECT rowid, bm25(passages_fts, ${BM25_COLUMN_WEIGHTS}) AS rank FROM passages_fts
     WHERE passages_fts MATCH ? AND +rowid IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?) ORDER BY rank LIMIT ?`,
  );
  const stats = createPhraseStats(db);
  const smallMatchCount = options.smallMatchCount ?? 20_000;
  const scanRows = options.scanRows ?? SCAN_ROWS;
  const scanAfter = options.scanAfterSearches ?? SCAN_AFTER_SEARCHES;
  const scan = Number.isFinite(scanRows) ? createBm25Scan(db) : undefined;
  let searches = 0;
  const scanMinRows = options.scanMinRows ?? SCAN_MIN_ROWS;
  const scanning = () => {
    const rows = stats.rowCount() ?? 0;
    return rows >= scanRows || (++searches > scanAfter && rows >= scanMinRows);
  };
  const days = scan && createPassageDays(db, { readAfter: options.periodSearchesFirst });

  /** The top k among the passages that could reach `threshold`, if that costs at most `budget` microseconds. */
  const pass = (query: FtsQuery, bounds: PhraseBound[], threshold: number, limit: number, budget: number): TopRow[] | undefined => {
    const filter = candidateFilter(bounds, threshold * (1 - 1e-9) - 1e-9);
    if (!filter || filter.cost > budget) return undefined;
    return filtered.all(query.match, filter.match, limit) as unknown as TopRow[];
  };

  const pruned = (query: FtsQuery, limit: number): TopRow[] | undefined => {
    const rows = stats.rowCount();
    if (rows === undefined || query.groups.length > 0 || query.phrases.size > MAX_PHRASES) return undefined;
    const bounds = [...query.phrases].map(([phrase, occurrences]): PhraseBound => {
      const count = stats.documentCount(phrase);
      return { phrase, count, bound: phraseBound(rows, count, occurrences) };
    });
    if (bounds.reduce((total, entry) => total + entry.count, 0) <= smallMatchCount) return undefined;
    const matches = rows * (1 - bounds.reduce((product, entry) => product * (1 - entry.count / rows), 1));
    const fullCost = matches * COST.score;
    const perMatch = matches * COST.probe;
    const [first, second] = [...bounds].sort((left, right) => right.bound - left.bound);
    const guess = FIRST_GUESS * ((first?.bound ?? 0) + (second?.bound ?? 0));
    const found = pass(query, bounds, guess, limit, FIRST_PASS_BUDGET * fullCost - perMatch);
    if (!found || found.length < limit) return undefined;
    const kth = -found.at(-1)!.rank;
    // Every passage that could reach the guess was scored: if the k-th did, no passage left out can beat it.
    if (kth >= guess) return found;
    // Too high a guess: k passages reach `kth`, so it is a safe threshold.
    return kth > 0 ? pass(query, bounds, kth, limit, SECOND_PASS_BUDGET * fullCost - perMatch) : undefined;
  };

  return {
    search(query, limit) {
      if (limit <= 0) return [];
      const scanned = scan && scanning() ? scan.search(query, limit) : undefined;
      if (scanned) {
        options.observe?.('scan');
        return scanned;
      }
      const rows = pruned(query, limit);
      options.observe?.(rows ? 'pruned' : 'full');
      return rows ?? (full.all(query.match, limit) as unknown as TopRow[]);
    },
    searchPeriod(query, limit, from, to) {
      if (limit <= 0) return [];
      const within = days?.within(from, to);
      const scanned = within && scanning() ? scan!.search(query, limit, within) : undefined;
      if (scanned) options.observe?.('scan');
      return scanned;
    },
    invalidate: () => stats.clear(),
  };
}

interface PhraseStats {
  /** Called first for each search: it also drops the counts when the index has changed. */
  rowCount(): number | undefined;
  documentCount(phrase: string): number;
  clear(): void;
}

/**
 * The index's row count and each phrase's passage count, as bm25() sees them, kept while FTS5's structure record
 * (its segments and write counter) stays the same: any connection's write to the index changes it, while writes to
 * other tables (a report's progress events, from another thread) do not, so they keep the counts.
 */
function createPhraseStats(db: DatabaseSync): PhraseStats {
  const structure = db.prepare('SELECT block FROM passages_fts_data WHERE id = 10');
  const averages = db.prepare('SELECT block FROM passages_fts_data WHERE id = 1');
  const count = db.prepare('SELECT count(*) AS count FROM passages_fts WHERE passages_fts MATCH ?');
  const counts = new Map<string, number>();
  let rows: number | undefined;
  let seen: Uint8Array | undefined;
  const clear = () => {
    counts.clear();
    rows = undefined;
    seen = undefined;
  };
  const fresh = () => {
    const current = (structure.get() as { block?: Uint8Array } | undefined)?.block;
    if (!current || !seen || Buffer.compare(current, seen) !== 0) {
      clear();
      seen = current;
    }
  };
  return {
    rowCount() {
      fresh();
      if (rows === undefined) {
        const block = (averages.get() as { block?: Uint8Array } | undefined)?.block;
        rows = block ? readVarint(block) : undefined;
      }
      return rows;
    },
    documentCount(phrase) {
      let value = counts.get(phrase);
      if (value === undefined) {
        value = Number((count.get(phrase) as { count: number }).count);
        counts.set(phrase, value);
      }
      return value;
    },
    clear,
  };
}

/**
 * The first SQLite varint of FTS5's averages record, its row count (bm25()'s N): big-endian groups of seven bits,
 * the high bit set on all but the last; a ninth byte carries eight.
 */
export function readVarint(bytes: Uint8Array): number {
  let value = 0;
  for (let index = 0; index < 9 && index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (index === 8) return value * 256 + byte;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  return value;
}
