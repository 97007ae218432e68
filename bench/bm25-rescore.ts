// BM25 with any k1 and b over the scratch index's passages: FTS5 fixes k1 = 1.2 and b = 0.75, so to see
// what other values would do, the postings are read back through fts5vocab and scored here with FTS5's
// own formula (column-weighted term frequency, row length over the mean, idf floored at 1e-6).
import { toFtsQuery } from '../src/adapters/store/sqlite/fts-query.ts';
import type { Ranker, ScratchIndex } from './retrieval-variants.ts';

interface Postings {
  /** term → rowid → column-weighted frequency */
  terms: Map<string, Map<number, number>>;
  lengths: Map<number, number>;
  documentOf: Map<number, string>;
  averageLength: number;
}

function readPostings(index: ScratchIndex, weights: [number, number]): Postings {
  const { db } = index;
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS p_instances USING fts5vocab(p, 'instance')");
  const terms = new Map<string, Map<number, number>>();
  const lengths = new Map<number, number>();
  for (const row of db.prepare('SELECT term, doc, col FROM p_instances').iterate() as Iterable<{ term: string; doc: number; col: string }>) {
    const postings = terms.get(row.term) ?? new Map<number, number>();
    postings.set(row.doc, (postings.get(row.doc) ?? 0) + (row.col === 'text' ? weights[0] : weights[1]));
    terms.set(row.term, postings);
    lengths.set(row.doc, (lengths.get(row.doc) ?? 0) + 1);
  }
  const documentOf = new Map((db.prepare('SELECT rowid, doc FROM p').all() as { rowid: number; doc: string }[]).map((row) => [row.rowid, row.doc]));
  const averageLength = [...lengths.values()].reduce((sum, length) => sum + length, 0) / documentOf.size;
  return { terms, lengths, documentOf, averageLength };
}

/** The query's terms as the index tokenizes them (through a one-row FTS5 table with the same tokenizer). */
function queryTokenizer(index: ScratchIndex): (match: string) => string[] {
  const { db } = index;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS q USING fts5(text, tokenize='porter unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE IF NOT EXISTS q_instances USING fts5vocab(q, 'instance');`);
  const clear = db.prepare('DELETE FROM q');
  const insert = db.prepare('INSERT INTO q (rowid, text) VALUES (1, ?)');
  const read = db.prepare('SELECT term FROM q_instances ORDER BY offset');
  return (match) => {
    clear.run();
    insert.run(match.replace(/\b(OR|AND|NOT)\b/g, ' '));
    return (read.all() as { term: string }[]).map((row) => row.term);
  };
}

export function rescoredRanker(index: ScratchIndex, options: { k1: number; b: number; weights: [number, number] }): Ranker {
  const postings = readPostings(index, options.weights);
  const tokens = queryTokenizer(index);
  const rows = postings.documentOf.size;
  return (query) => {
    const match = toFtsQuery(query);
    if (!match) return [];
    const scores = new Map<number, number>();
    for (const term of tokens(match)) {
      const list = postings.terms.get(term);
      if (!list) continue;
      const idf = Math.max(1e-6, Math.log((rows - list.size + 0.5) / (list.size + 0.5)));
      for (const [rowid, frequency] of list) {
        const norm = 1 - options.b + (options.b * (postings.lengths.get(rowid) ?? 0)) / postings.averageLength;
        scores.set(rowid, (scores.get(rowid) ?? 0) + (idf * frequency * (options.k1 + 1)) / (frequency + options.k1 * norm));
      }
    }
    const ranked = [...scores].sort((left, right) => right[1] - left[1]).map(([rowid]) => postings.documentOf.get(rowid) ?? '');
    return [...new Set(ranked)];
  };
}
