// Retrieval variants the product does not use, measured on a scratch FTS5 index of the same passages
// so each row of the retrieval table shows what a change would do: whole-document indexing, summed
// passages, query bigrams, pseudo-relevance feedback and BM25 with other k1/b than FTS5's fixed ones.
import { DatabaseSync } from 'node:sqlite';
import { splitPassages } from '../src/pipeline/read/passages.ts';
import { toFtsQuery } from '../src/adapters/store/sqlite/fts-query.ts';
import { contentWords, tokenize } from '../src/shared/text/tokens.ts';
import type { Abstract } from './retrieval-data.ts';

/** The store's tokenizer (src/adapters/store/sqlite/migrations.ts). */
const TOKENIZER = "tokenize='porter unicode61 remove_diacritics 2'";
const CANDIDATES = 300;

export type Ranker = (query: string) => string[];
type Row = { doc: string; text: string; score: number };

export function createScratchIndex(corpus: Abstract[]) {
  const db = new DatabaseSync(':memory:');
  db.exec(`CREATE VIRTUAL TABLE p USING fts5(text, heading, doc UNINDEXED, ${TOKENIZER});
    CREATE VIRTUAL TABLE d USING fts5(text, heading, doc UNINDEXED, ${TOKENIZER});`);
  const insertPassage = db.prepare('INSERT INTO p (text, heading, doc) VALUES (?, ?, ?)');
  const insertDocument = db.prepare('INSERT INTO d (text, heading, doc) VALUES (?, ?, ?)');
  db.exec('BEGIN');
  for (const abstract of corpus) {
    for (const passage of splitPassages(abstract.text)) insertPassage.run(passage, abstract.title, abstract.id);
    insertDocument.run(abstract.text, abstract.title, abstract.id);
  }
  db.exec('COMMIT');
  const search = (table: 'p' | 'd', weights: [number, number], limit = CANDIDATES) => {
    const statement = db.prepare(
      `SELECT doc, text, -bm25(${table}, ${weights.join(', ')}) AS score FROM ${table} WHERE ${table} MATCH ? ORDER BY bm25(${table}, ${weights.join(', ')}) LIMIT ${limit}`,
    );
    return (match: string | undefined): Row[] => (match ? (statement.all(match) as Row[]) : []);
  };
  return { db, search };
}

export type ScratchIndex = ReturnType<typeof createScratchIndex>;

/** Documents in the order of their best passage. */
export function bestPassage(rows: Row[]): string[] {
  return [...new Set(rows.map((row) => row.doc))];
}

export function maxPassageRanker(index: ScratchIndex, weights: [number, number]): Ranker {
  const search = index.search('p', weights);
  return (query) => bestPassage(search(toFtsQuery(query)));
}

export function wholeDocumentRanker(index: ScratchIndex, weights: [number, number]): Ranker {
  const search = index.search('d', weights);
  return (query) => bestPassage(search(toFtsQuery(query)));
}

/** A document scores its best passage plus `share` of its second best. */
export function summedPassagesRanker(index: ScratchIndex, weights: [number, number], share: number): Ranker {
  const search = index.search('p', weights);
  return (query) => {
    const scores = new Map<string, number[]>();
    for (const row of search(toFtsQuery(query))) scores.set(row.doc, [...(scores.get(row.doc) ?? []), row.score]);
    const total = (values: number[]) => values[0] + share * (values[1] ?? 0);
    return [...scores].sort((left, right) => total(right[1]) - total(left[1])).map(([doc]) => doc);
  };
}

/** Adjacent content-word pairs of the query added as phrases (a cheap stand-in for proximity models). */
export function bigramRanker(index: ScratchIndex, weights: [number, number]): Ranker {
  const search = index.search('p', weights);
  return (query) => {
    const words = contentWords(query);
    const phrases = words.slice(1).map((word, at) => `"${tokenize(`${words[at]} ${word}`).join(' ').replace(/"/g, '""')}"`);
    const base = toFtsQuery(query);
    return bestPassage(search(base && [base, ...phrases].join(' OR ')));
  };
}

/**
 * RM3-style pseudo-relevance feedback: the words that weigh most in the first `feedback` passages
 * (by share of the passage, times the passage's relative score, times rarity in the index) are added
 * to the query, and the two result lists are fused with `share` going to the expanded one.
 */
export function feedbackRanker(index: ScratchIndex, weights: [number, number], options: { feedback: number; terms: number; share: number }): Ranker {
  const search = index.search('p', weights);
  const total = Number((index.db.prepare('SELECT count(*) AS count FROM p').get() as { count: number }).count);
  const frequency = index.db.prepare('SELECT count(*) AS count FROM p WHERE p MATCH ?');
  const rarity = (word: string) => Math.log(total / (1 + Number((frequency.get(`"${word}"`) as { count: number }).count)));
  return (query) => {
    const first = search(toFtsQuery(query));
    const top = first.slice(0, options.feedback);
    if (top.length === 0) return [];
    const original = new Set(contentWords(query));
    const weight = new Map<string, { sum: number; passages: number }>();
    for (const row of top) {
      const words = contentWords(row.text).filter((word) => !original.has(word) && !/^\d+$/.test(word));
      const counts = Map.groupBy(words, (word) => word);
      for (const [word, occurrences] of counts) {
        const entry = weight.get(word) ?? { sum: 0, passages: 0 };
        entry.sum += (occurrences.length / words.length) * Math.exp(row.score - top[0].score);
        entry.passages++;
        weight.set(word, entry);
      }
    }
    const expansion = [...weight]
      .filter(([, entry]) => entry.passages >= 2)
      .map(([word, entry]) => ({ word, value: entry.sum * rarity(word) }))
      .sort((left, right) => right.value - left.value)
      .slice(0, options.terms)
      .map((entry) => entry.word);
    if (expansion.length === 0) return bestPassage(first);
    return fuse([first, search(toFtsQuery(`${query} ${expansion.join(' ')}`))], [1 - options.share, options.share]);
  };
}

/** Score fusion of result lists, each normalised by its best score, documents by their best passage. */
function fuse(lists: Row[][], shares: number[]): string[] {
  const scores = new Map<string, number>();
  lists.forEach((rows, at) => {
    const best = rows[0]?.score || 1;
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.doc)) continue;
      seen.add(row.doc);
      scores.set(row.doc, (scores.get(row.doc) ?? 0) + (shares[at] * row.score) / best);
    }
  });
  return [...scores].sort((left, right) => right[1] - left[1]).map(([doc]) => doc);
}
