// The development part of the Web Content Extraction Benchmark (WCEB: Dragnet and Readability pages):
// our extractor scored with the benchmark's ROUGE-LSum page F1, per dataset, micro and macro, beside the
// peers' published per-page scores for exactly these pages.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes } from '../src/adapters/extract/decode-html.ts';
import { type RougeScore, rougeLsum } from '../src/adapters/extract/rouge-lsum.ts';

export interface WcebPage {
  id: string;
  dataset: string;
  source: string;
  bytes: Uint8Array;
  truth: string;
}

export interface PageResult {
  id: string;
  dataset: string;
  source: string;
  score: RougeScore;
  empty: boolean;
  refused: boolean;
  ms: number;
  path?: string;
}

export interface SystemRow {
  name: string;
  published: boolean;
  /** Mean page F1 per dataset. */
  datasets: Record<string, number>;
  micro: number;
  macro: number;
  empty?: number;
  refused?: number;
  medianMs?: number;
  meanMs?: number;
  pages: number;
}

export type Extract = (html: string) => { text: string; path?: string };

export function wcebDataDir(dataDir: string): string {
  return path.join(dataDir, 'article-extraction-wceb');
}

export function hasWcebData(dataDir: string): boolean {
  return existsSync(path.join(wcebDataDir(dataDir), 'ground-truth.jsonl.gz'));
}

/**
 * Five Dragnet gold files are UTF-16 with a byte-order mark; the data file holds them decoded byte by byte
 * ("ÿþT\0h\0e\0"). The benchmark read them as UTF-16 (its readers detect the encoding), so we do too.
 */
export function repairUtf16Gold(text: string): string {
  if (!text.startsWith('\u00ff\u00fe') || !text.includes('\u0000')) return text;
  return Buffer.from(text.slice(2), 'latin1').toString('utf16le');
}

export function loadWcebPages(dataDir: string): WcebPage[] {
  const root = wcebDataDir(dataDir);
  const lines = gunzipSync(readFileSync(path.join(root, 'ground-truth.jsonl.gz'))).toString('utf8').split('\n').filter(Boolean);
  return lines
    .map((line) => JSON.parse(line) as { page_id: string; dataset: string; source: string; plaintext: string })
    .sort((a, b) => a.dataset.localeCompare(b.dataset) || a.page_id.localeCompare(b.page_id))
    .map((row) => ({
      id: row.page_id,
      dataset: row.dataset,
      source: row.source,
      truth: repairUtf16Gold(row.plaintext ?? ''),
      bytes: gunzipSync(readFileSync(path.join(root, 'html', row.dataset, `${row.page_id}.html.gz`))),
    }));
}

/** The product's path from bytes to text: the same decoding and refusal as `crosscheck extract`. */
export function runPage(page: WcebPage, extract: Extract): PageResult {
  const decoded = decodeHtmlBytes(page.bytes);
  const base = { id: page.id, dataset: page.dataset, source: page.source };
  if (!decoded.ok) return { ...base, score: rougeLsum(page.truth, ''), empty: true, refused: true, ms: 0 };
  const start = performance.now();
  const result = extract(decoded.html);
  const ms = performance.now() - start;
  return { ...base, score: rougeLsum(page.truth, result.text), empty: result.text.trim() === '', refused: false, ms, path: result.path };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Micro = mean over all pages; macro = mean of the dataset means (the benchmark's aggregation). */
export function aggregate(name: string, rows: Array<{ dataset: string; f1: number }>, published: boolean): SystemRow {
  const datasets: Record<string, number> = {};
  for (const dataset of [...new Set(rows.map((row) => row.dataset))].sort()) {
    datasets[dataset] = mean(rows.filter((row) => row.dataset === dataset).map((row) => row.f1));
  }
  return { name, published, datasets, micro: mean(rows.map((row) => row.f1)), macro: mean(Object.values(datasets)), pages: rows.length };
}

export function summarise(name: string, results: PageResult[]): SystemRow {
  const row = aggregate(name, results.map((result) => ({ dataset: result.dataset, f1: result.score.f1 })), false);
  const timed = results.filter((result) => !result.refused).map((result) => result.ms);
  return {
    ...row,
    empty: results.filter((result) => result.empty).length,
    refused: results.filter((result) => result.refused).length,
    medianMs: median(timed),
    meanMs: mean(timed),
  };
}

/** Published per-page F1 of every peer, restricted to the pages we have. */
export function publishedRows(dataDir: string, pageIds: Set<string>): SystemRow[] {
  const byModel = new Map<string, Array<{ dataset: string; f1: number }>>();
  for (const dataset of ['dragnet', 'readability']) {
    const file = path.join(wcebDataDir(dataDir), 'published-scores', `${dataset}.csv.gz`);
    if (!existsSync(file)) continue;
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').slice(1).filter(Boolean);
    for (const line of lines) {
      const [pageId, model, , , f1] = line.split(',');
      if (!pageIds.has(pageId)) continue;
      byModel.set(model, [...(byModel.get(model) ?? []), { dataset, f1: Number(f1) }]);
    }
  }
  return [...byModel].map(([model, rows]) => aggregate(model, rows, true)).sort((a, b) => b.micro - a.micro);
}

/** Per-page published F1 of one peer, keyed by page id (for the page-by-page comparison). */
export function publishedPageScores(dataDir: string, model: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const dataset of ['dragnet', 'readability']) {
    const file = path.join(wcebDataDir(dataDir), 'published-scores', `${dataset}.csv.gz`);
    if (!existsSync(file)) continue;
    for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n').slice(1)) {
      const [pageId, name, , , f1] = line.split(',');
      if (name === model) scores.set(pageId, Number(f1));
    }
  }
  return scores;
}

export function formatWcebTable(rows: SystemRow[]): string {
  const datasets = [...new Set(rows.flatMap((row) => Object.keys(row.datasets)))].sort();
  const header = `| extractor | micro F1 | macro F1 | ${datasets.join(' | ')} | empty | refused | ms/page (median, mean) |`;
  const rule = `|---|---|---|${datasets.map(() => '---').join('|')}|---|---|---|`;
  const lines = rows.map((row) => {
    const name = row.published ? `${row.name} (published)` : `**${row.name}**`;
    const cells = [row.micro, row.macro, ...datasets.map((dataset) => row.datasets[dataset] ?? Number.NaN)].map((value) => value.toFixed(3));
    const counts = row.published ? ['—', '—'] : [String(row.empty), String(row.refused)];
    const ms = row.medianMs === undefined ? '—' : `${row.medianMs.toFixed(1)}, ${row.meanMs?.toFixed(1)}`;
    return `| ${name} | ${cells.join(' | ')} | ${counts.join(' | ')} | ${ms} |`;
  });
  return [header, rule, ...lines].join('\n');
}
