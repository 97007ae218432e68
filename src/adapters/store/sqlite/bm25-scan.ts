// BM25 top k computed here from FTS5's own index instead of by bm25() in SQL, with the same formula, inputs and order
// of additions (fts5_aux.c), so the scores are FTS5's to the bit and the top k is the same rows in the same order.
// Why: bm25() counts each phrase's rows again on every query, once per occurrence (a required name's 21 aliases,
// twice each, read 80 ms of posting lists at 1M passages before any row was scored), then costs about 0.5 µs a
// match (a sixth of a million passages for one common name). Here each phrase's doclist is read once (its row count
// is its length), and a match costs a few array operations. Undefined (ask FTS5) when the index holds what
// fts5-doclist.ts does not follow, inside a write transaction (FTS5 would also see the rows not yet flushed), and
// below `minimumRows`, where bm25() is fast enough and a connection need not read every passage's length.
import type { DatabaseSync } from 'node:sqlite';
import { BM25_COLUMN_WEIGHTS, type FtsQuery } from './fts-query.ts';
import { createDoclistReader, type RowFilter } from './fts5-doclist.ts';
import { parseStructure, type Segment, UnreadableIndexError, varintAt } from './fts5-format.ts';
import { createPhraseCounter, type PhraseRows } from './fts5-phrase.ts';
import { createPhraseTokenizer } from './fts5-tokens.ts';
import { createPassageSizes } from './passage-sizes.ts';
import { createScoreBoard, type ScoredRow } from './score-board.ts';

/** FTS5's bm25() constants (fts5_aux.c). */
const K1 = 1.2;
const B = 0.75;
/** The ranking phrases' bit in a row's flags; the required groups take the bits below it. */
const RANKING = 2 ** 30;
const MAX_GROUPS = 30;
/** Rows a leaf page holds, roughly (a few bytes a row): only to compare groups' sizes. */
const ROWS_PER_PAGE = 500;
/** 1M rows of phrase contributions (12 MB): at 1M passages the words of a question's facets. */
const MEMO_ENTRIES = 1_000_000;
/** 32 MB of leaf pages: at 1M passages (a 111 MB index) the pages of the words most queries share. */
const PAGE_CACHE_BYTES = 32 * 1024 * 1024;

export interface Bm25Scan {
  /**
   * The top `limit` rows as `SELECT rowid, bm25(...) ... ORDER BY rank LIMIT ?` returns them, or undefined: ask FTS5.
   * With `keep`, only the rows it keeps, as that query with a condition on the row in its WHERE clause.
   */
  search(query: FtsQuery, limit: number, keep?: (rowid: number) => boolean): ScoredRow[] | undefined;
}

export interface Bm25ScanOptions {
  table?: string;
  /** Below this many indexed rows the scan declines (bm25() is fast enough there). */
  minimumRows?: number;
  /** Rows of phrase contributions kept between queries (12 bytes each). */
  memoEntries?: number;
  /** Bytes of the index's leaf pages kept between queries (fts5-page-cache.ts). */
  pageCacheBytes?: number;
}

export function createBm25Scan(db: DatabaseSync, options: Bm25ScanOptions = {}): Bm25Scan {
  const table = options.table ?? 'passages_fts';
  const minimumRows = options.minimumRows ?? 0;
  const structure = db.prepare(`SELECT block FROM "${table}_data" WHERE id = 10`);
  const averages = db.prepare(`SELECT block FROM "${table}_data" WHERE id = 1`);
  const logarithm = db.prepare('SELECT ln(?) AS value');
  const matches = db.prepare(`SELECT count(*) AS count FROM "${table}" WHERE "${table}" MATCH ?`);
  const reader = createDoclistReader(db, table, { cacheBytes: options.pageCacheBytes ?? PAGE_CACHE_BYTES });
  // The weights bm25() is given, as SQL reads them (COLUMN_WEIGHTS written with two decimals).
  const weights = BM25_COLUMN_WEIGHTS.split(',').map(Number);
  const counter = createPhraseCounter(reader, weights);
  const sizes = createPassageSizes(db, table);
  const encoder = new TextEncoder();
  // Made at the first search (it creates a temporary table), and once: undefined is an index the scan does not read.
  let tokenize: ReturnType<typeof createPhraseTokenizer> | null = null;
  let seen: Uint8Array | undefined;
  let segments: Segment[] | undefined;
  const scores = createScoreBoard();
  const memo = createContributionMemo(options.memoEntries ?? MEMO_ENTRIES);

  /** The segments, re-read when the structure record changes; undefined while it holds deleted rows. */
  const currentSegments = (): Segment[] | undefined => {
    const block = (structure.get() as { block?: Uint8Array } | undefined)?.block;
    if (!block) return undefined;
    if (!seen || Buffer.compare(block, seen) !== 0) {
      seen = block;
      segments = parseStructure(block);
      if (segments) reader.retain(segments);
      memo.clear();
    }
    return segments;
  };

  const scan = (query: FtsQuery, limit: number, keep?: (rowid: number) => boolean): ScoredRow[] | undefined => {
    const block = (averages.get() as { block?: Uint8Array } | undefined)?.block;
    if (!block) return undefined;
    // The averages record: the row count, then each column's total tokens (bm25()'s N and avgdl).
    const [rows, afterRows] = varintAt(block, 0);
    let offset = afterRows;
    let tokens = 0;
    for (let column = 0; column < weights.length; column++) {
      let total: number;
      [total, offset] = varintAt(block, offset);
      tokens += total;
    }
    if (rows < minimumRows || rows === 0) return undefined;
    const parts = currentSegments();
    if (tokenize === null) tokenize = createPhraseTokenizer(db, table);
    if (!parts || !tokenize || query.groups.length > MAX_GROUPS) return undefined;
    const keys = new Map<string, Uint8Array[]>();
    for (const phrase of query.phrases.keys()) {
      const words = tokenize(phrase);
      if (words.length === 0) return undefined;
      keys.set(phrase, words.map((word) => encoder.encode(`0${word}`)));
    }
    const lengths = sizes.current();
    const averageLength = tokens / rows;
    const contributions = (hits: PhraseRows, documents: number): Contributions => {
      let idf = Number((logarithm.get((rows - documents + 0.5) / (documents + 0.5)) as { value: number }).value);
      if (idf <= 0) idf = 1e-6;
      const values = new Float64Array(hits.length);
      for (let index = 0; index < hits.length; index++) {
        const frequency = hits.frequencies[index]!;
        const rowid = hits.rows[index]!;
        if (rowid >= lengths.length) throw new UnreadableIndexError(`no size for row ${rowid}`);
        values[index] = idf * ((frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + B * lengths[rowid]! / averageLength)));
      }
      return { rows: hits.rows, values, length: hits.length };
    };
    // A phrase's contribution to each of its rows, computed once however often the query repeats the phrase, and
    // kept for later queries until the index changes.
    const whole = (phrase: string): Contributions => {
      let made = memo.get(phrase);
      if (!made) {
        const hits = counter.count(parts, keys.get(phrase)!);
        made = contributions(hits, hits.documents!);
        memo.set(phrase, made);
      }
      return made;
    };
    const wanted = new Map<string, Contributions>();
    // With required names, a match holds a phrase of every group: the group likely to hold the fewest rows is read
    // whole, and the other phrases only in its rows (their row counts still whole: from the walk, or for a phrase of
    // several tokens from FTS5's count of its matches).
    // A phrase not yet read is sized by its rarest token, from the leaf pages its doclists span.
    const estimate = (phrase: string) => (Math.min(...keys.get(phrase)!.map((key) => reader.pages(parts, key))) + 0.5) * ROWS_PER_PAGE;
    const driver = smallestGroup(query.groups, (phrase) => memo.peek(phrase)?.length ?? estimate(phrase));
    let only: RowFilter | undefined;
    if (driver) {
      for (const phrase of driver) wanted.set(phrase, whole(phrase));
      only = scores.restrict(driver.map((phrase) => wanted.get(phrase)!));
    }
    // A phrase read only in the driver's rows is kept under the phrase and the driver.
    const scope = driver ? `\u0000${driver.join('\u0001')}` : '';
    for (const phrase of keys.keys()) {
      if (wanted.has(phrase)) continue;
      let made = memo.get(phrase) ?? (only ? memo.get(phrase + scope) : undefined);
      if (!made && only) {
        const hits = counter.count(parts, keys.get(phrase)!, only);
        made = contributions(hits, hits.documents ?? Number((matches.get(phrase) as { count: number }).count));
        memo.set(phrase + scope, made);
      }
      wanted.set(phrase, made ?? whole(phrase));
    }
    // Added in the order FTS5 numbers the phrases (the groups', then the ranking words'), as bm25() adds them.
    const occurrences = [...query.groups.flatMap((group, index) => group.map((phrase) => ({ phrase, bit: 2 ** index }))),
      ...query.ranking.map((phrase) => ({ phrase, bit: RANKING }))];
    try {
      for (const { phrase, bit } of occurrences) {
        const { rows: rowids, values, length } = wanted.get(phrase)!;
        scores.add(rowids, values, length, bit);
      }
      return scores.top(RANKING + (2 ** query.groups.length - 1), limit, keep);
    } finally {
      scores.clear();
    }
  };

  return {
    search(query, limit, keep) {
      if (db.isTransaction) return undefined;
      db.exec('BEGIN');
      try {
        return scan(query, limit, keep);
      } catch (error) {
        if (error instanceof UnreadableIndexError) return undefined;
        throw error;
      } finally {
        db.exec('COMMIT');
      }
    },
  };
}

interface Contributions {
  rows: Int32Array;
  values: Float64Array;
  length: number;
}

/** Phrase contributions by phrase, least recently used first out, within a number of rows in all. */
function createContributionMemo(capacity: number) {
  const entries = new Map<string, Contributions>();
  let held = 0;
  return {
    peek: (phrase: string) => entries.get(phrase),
    get(phrase: string): Contributions | undefined {
      const found = entries.get(phrase);
      if (found) {
        entries.delete(phrase);
        entries.set(phrase, found);
      }
      return found;
    },
    set(phrase: string, contributions: Contributions) {
      entries.set(phrase, contributions);
      held += contributions.length;
      // The query being answered needs its own phrases: only older ones leave, and one over the budget stays.
      for (const [key, value] of entries) {
        if (held <= capacity || entries.size <= 1) break;
        entries.delete(key);
        held -= value.length;
      }
    },
    clear() {
      entries.clear();
      held = 0;
    },
  };
}

/** The required group whose phrases hold the fewest rows, by `rowsOf`. */
function smallestGroup(groups: readonly string[][], rowsOf: (phrase: string) => number): string[] | undefined {
  const sized = groups.map((group) => ({ group, rows: group.reduce((total, phrase) => total + rowsOf(phrase), 0) }));
  return sized.sort((left, right) => left.rows - right.rows)[0]?.group;
}
