// The Zyte article-extraction benchmark metric: 4-token shingle overlap per page, precision and
// recall averaged over pages, F1 of those means, and exact-token accuracy.

/** Python's Unicode `\w`: letters, numbers and underscore (combining marks are not word chars there). */
const WORD = /[\p{L}\p{N}_]+/gu;

export interface PageCounts {
  /** Shares of the page's shingles: truePositive + falsePositive + falseNegative is 1 (or all 0). */
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export interface ExtractionScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(tokens: string[], size: number): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (tokens.length < size) add(tokens.join('\u0000'));
  for (let start = 0; start + size <= tokens.length; start++) add(tokens.slice(start, start + size).join('\u0000'));
  return counts;
}

/** Shingle overlap of one page, normalised so each page weighs the same. */
export function pageCounts(truth: string, predicted: string, size = 4): PageCounts {
  const truthShingles = shingles(wordTokens(truth), size);
  const predictedShingles = shingles(wordTokens(predicted), size);
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  for (const key of new Set([...truthShingles.keys(), ...predictedShingles.keys()])) {
    const truthCount = truthShingles.get(key) ?? 0;
    const predictedCount = predictedShingles.get(key) ?? 0;
    truePositive += Math.min(truthCount, predictedCount);
    falsePositive += Math.max(0, predictedCount - truthCount);
    falseNegative += Math.max(0, truthCount - predictedCount);
  }
  const total = truePositive + falsePositive + falseNegative;
  if (total === 0) return { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  return { truePositive: truePositive / total, falsePositive: falsePositive / total, falseNegative: falseNegative / total };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function pagePrecision(counts: PageCounts): number | undefined {
  const { truePositive, falsePositive, falseNegative } = counts;
  if (truePositive + falsePositive === 0) return undefined;
  if (falsePositive === 0 && falseNegative === 0) return 1;
  return truePositive / (truePositive + falsePositive);
}

export function pageRecall(counts: PageCounts): number | undefined {
  const { truePositive, falsePositive, falseNegative } = counts;
  if (truePositive + falseNegative === 0) return undefined;
  if (falsePositive === 0 && falseNegative === 0) return 1;
  return truePositive / (truePositive + falseNegative);
}

function sameTokens(truth: string, predicted: string): boolean {
  const truthTokens = wordTokens(truth);
  const predictedTokens = wordTokens(predicted);
  return truthTokens.length === predictedTokens.length && truthTokens.every((token, index) => token === predictedTokens[index]);
}

/** Scores predictions against ground truth; pairs are (truth, predicted) per page. */
export function scoreExtraction(pairs: Array<{ truth: string; predicted: string }>): ExtractionScore {
  const counts = pairs.map(({ truth, predicted }) => pageCounts(truth, predicted));
  const precision = mean(counts.map(pagePrecision).filter((value): value is number => value !== undefined));
  const recall = mean(counts.map(pageRecall).filter((value): value is number => value !== undefined));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = mean(pairs.map(({ truth, predicted }) => (sameTokens(truth, predicted) ? 1 : 0)));
  return { f1, precision, recall, accuracy, pages: pairs.length };
}
