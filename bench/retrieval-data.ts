// BEIR SciFact as the retrieval benchmark reads it: abstracts, claims as queries, and the relevance
// judgements of the train split (used to choose settings) and the test split (reported).
import path from 'node:path';
import { missingData, readJsonl, readLines } from './data-files.ts';

export interface Abstract {
  id: string;
  title: string;
  text: string;
}

export type Qrels = Map<string, Set<string>>;

export interface RetrievalData {
  corpus: Abstract[];
  queries: Map<string, string>;
  train: Qrels;
  test: Qrels;
}

const FILES = ['corpus.jsonl', 'queries.jsonl', 'qrels/train.tsv', 'qrels/test.tsv'];

export function loadSciFactRetrieval(dataDir: string): RetrievalData | { skipped: string } {
  const folder = path.join(dataDir, 'retrieval', 'scifact');
  const skipped = missingData('retrieval', folder, FILES);
  if (skipped) return { skipped };
  const corpus = readJsonl<{ _id: string; title: string; text: string }>(path.join(folder, 'corpus.jsonl')).map((row) => ({
    id: row._id, title: row.title, text: row.text,
  }));
  const queries = new Map(readJsonl<{ _id: string; text: string }>(path.join(folder, 'queries.jsonl')).map((row) => [row._id, row.text]));
  return { corpus, queries, train: readQrels(path.join(folder, 'qrels/train.tsv')), test: readQrels(path.join(folder, 'qrels/test.tsv')) };
}

function readQrels(file: string): Qrels {
  const qrels: Qrels = new Map();
  for (const line of readLines(file).slice(1)) {
    const [query, document, score] = line.split('\t');
    if (Number(score) <= 0) continue;
    const relevant = qrels.get(query) ?? new Set<string>();
    relevant.add(document);
    qrels.set(query, relevant);
  }
  return qrels;
}
