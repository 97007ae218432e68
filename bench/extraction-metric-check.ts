// Checks our port of the WCEB metric against the benchmark's published page scores: given a peer's own
// outputs on the development pages (JSONL of {page_id, plaintext}), score them with `rougeLsum` and compare
// with that peer's published per-page F1. Outputs of readability-lxml 0.8.1, the version the benchmark ran,
// come from bench/extraction-peer-readability.py (Debian's python3-readability).
//   node bench/extraction-metric-check.ts <outputs.jsonl> [published model name, default "readability"]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rougeLsum } from '../src/adapters/extract/rouge-lsum.ts';
import { hasWcebData, loadWcebPages, publishedPageScores } from './extraction-wceb.ts';

export interface MetricCheckRow {
  dataset: string;
  pages: number;
  ours: number;
  published: number;
  within001: number;
}

export function checkMetric(dataDir: string, outputs: Map<string, string>, model: string): MetricCheckRow[] {
  const pages = loadWcebPages(dataDir);
  const published = publishedPageScores(dataDir, model);
  return ['dragnet', 'readability'].map((dataset) => {
    const rows = pages
      .filter((page) => page.dataset === dataset && published.has(page.id))
      .map((page) => ({ ours: rougeLsum(page.truth, outputs.get(page.id) ?? '').f1, published: published.get(page.id) ?? 0 }));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
    return {
      dataset,
      pages: rows.length,
      ours: mean(rows.map((row) => row.ours)),
      published: mean(rows.map((row) => row.published)),
      within001: rows.filter((row) => Math.abs(row.ours - row.published) <= 0.01).length,
    };
  });
}

if (import.meta.main) {
  const [file, model = 'readability'] = process.argv.slice(2);
  const dataDir = process.env.CROSSCHECK_DATA ?? path.resolve(import.meta.dirname, '../../shared/data');
  if (!file || !hasWcebData(dataDir)) {
    console.error('usage: node bench/extraction-metric-check.ts <outputs.jsonl> [model]  (needs the WCEB data in CROSSCHECK_DATA)');
    process.exit(2);
  }
  const outputs = new Map(
    readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
      const row = JSON.parse(line) as { page_id: string; plaintext: string };
      return [row.page_id, row.plaintext] as const;
    }),
  );
  console.log(`| dataset | pages | our metric on ${model}'s outputs | published | pages within ±0.01 |\n|---|---|---|---|---|`);
  for (const row of checkMetric(dataDir, outputs, model)) {
    console.log(`| ${row.dataset} | ${row.pages} | ${row.ours.toFixed(4)} | ${row.published.toFixed(4)} | ${row.within001} |`);
  }
}
