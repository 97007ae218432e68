// The Web Content Extraction Benchmark's page score (Bevendorff et al., SIGIR 2023): ROUGE-LSum as
// computed by Google's rouge-score with split_summaries=True and a whitespace tokenizer. Sentences by
// Punkt rules, tokens are whitespace-separated strings (case and punctuation kept), and for each gold
// sentence the union of its longest common subsequences with every output sentence counts as hits,
// each token at most as often as it occurs in both texts.
import { splitPunktSentences } from './punkt-sentences.ts';

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Reused between calls: the LCS table of the largest sentence pair seen so far. */
let table = new Uint32Array(1024);

function lcsTable(reference: Int32Array, candidate: Int32Array): Uint32Array {
  const width = candidate.length + 1;
  const size = (reference.length + 1) * width;
  if (table.length < size) table = new Uint32Array(Math.max(size, table.length * 2));
  table.fill(0, 0, size);
  for (let i = 1; i <= reference.length; i++) {
    const token = reference[i - 1];
    const row = i * width;
    const above = row - width;
    for (let j = 1; j <= candidate.length; j++) {
      table[row + j] = candidate[j - 1] === token ? table[above + j - 1] + 1 : Math.max(table[above + j], table[row + j - 1]);
    }
  }
  return table;
}

/** Marks the reference positions on one LCS, walking back as rouge-score's _backtrack_norec does. */
function markLcs(reference: Int32Array, candidate: Int32Array, marked: Uint8Array): void {
  const lcs = lcsTable(reference, candidate);
  const width = candidate.length + 1;
  let i = reference.length;
  let j = candidate.length;
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      marked[i - 1] = 1;
      i -= 1;
      j -= 1;
    } else if (lcs[i * width + j - 1] > lcs[(i - 1) * width + j]) j -= 1;
    else i -= 1;
  }
}

function toIds(sentences: string[], vocabulary: Map<string, number>): Int32Array[] {
  return sentences.map((sentence) => {
    const tokens = sentence.split(/\s+/).filter(Boolean);
    return Int32Array.from(tokens, (token) => {
      let id = vocabulary.get(token);
      if (id === undefined) vocabulary.set(token, (id = vocabulary.size));
      return id;
    });
  });
}

function counts(sentences: Int32Array[], size: number): Int32Array {
  const result = new Int32Array(size);
  for (const sentence of sentences) for (const token of sentence) result[token] += 1;
  return result;
}

function summaryLevelHits(reference: Int32Array[], candidate: Int32Array[], vocabularySize: number): number {
  const referenceCounts = counts(reference, vocabularySize);
  const candidateCounts = counts(candidate, vocabularySize);
  const inSentence = new Int32Array(vocabularySize).fill(-1);
  let hits = 0;
  reference.forEach((sentence, index) => {
    for (const token of sentence) inSentence[token] = index;
    const marked = new Uint8Array(sentence.length);
    for (const other of candidate) {
      // A pair with no token in common has an empty LCS: skip the table.
      if (other.some((token) => inSentence[token] === index)) markLcs(sentence, other, marked);
    }
    for (let position = 0; position < sentence.length; position++) {
      const token = sentence[position];
      if (marked[position] && candidateCounts[token] > 0 && referenceCounts[token] > 0) {
        hits += 1;
        candidateCounts[token] -= 1;
        referenceCounts[token] -= 1;
      }
    }
  });
  return hits;
}

/** One page's score, with the benchmark's rules for empty texts (empty gold and empty output is a 1). */
export function rougeLsum(gold: string, predicted: string): RougeScore {
  const goldEmpty = gold.trim() === '';
  const predictedEmpty = predicted.trim() === '';
  if (goldEmpty) return predictedEmpty ? { precision: 1, recall: 1, f1: 1 } : { precision: 0, recall: 1, f1: 0 };
  if (predictedEmpty) return { precision: 0, recall: 0, f1: 0 };
  const vocabulary = new Map<string, number>();
  const reference = toIds(splitPunktSentences(gold), vocabulary);
  const candidate = toIds(splitPunktSentences(predicted), vocabulary);
  const referenceTokens = reference.reduce((sum, sentence) => sum + sentence.length, 0);
  const candidateTokens = candidate.reduce((sum, sentence) => sum + sentence.length, 0);
  const hits = summaryLevelHits(reference, candidate, vocabulary.size);
  const precision = hits / candidateTokens;
  const recall = hits / referenceTokens;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Mean of the page scores (the benchmark's dataset score). */
export function meanRouge(scores: RougeScore[]): RougeScore {
  const total = scores.length || 1;
  const sum = (pick: (score: RougeScore) => number) => scores.reduce((acc, score) => acc + pick(score), 0) / total;
  return { precision: sum((score) => score.precision), recall: sum((score) => score.recall), f1: sum((score) => score.f1) };
}
