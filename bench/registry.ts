// The benchmarks `npm run bench` knows, by name (an explicit map, no directory scan).
import { runExtractionBench } from './extraction.ts';
import { runLoadBench } from './load.ts';

export type BenchResult = { name: string; title: string; table: string; line: string; notes?: string } | { skipped: string };
export type Bench = (options: { dataDir: string }) => Promise<BenchResult>;

export const BENCHMARKS: Record<string, Bench> = {
  extraction: async ({ dataDir }) => {
    const result = await runExtractionBench({ dataDir });
    if (result.skipped) return { skipped: result.skipped };
    return {
      name: 'extraction',
      title: 'Main-text extraction (Zyte article-extraction benchmark, 181 pages)',
      table: result.table,
      line: result.line,
      notes:
        'Metric: the benchmark\'s own (4-token shingles, per-page normalised, F1 of mean precision and mean recall), ported in `src/extract/metric.ts` and checked to reproduce the four published reference outputs to three decimals. ' +
        'Caveat: the cleaning rules were developed while measuring on these same 181 pages (there is no held-out split), so our row is an in-sample figure; the rules are generic (tag, role, class-name and text patterns), with no per-site rules.',
    };
  },
  load: runLoadBench,
};
