// Website render benchmark: server time of the report page and its neighbours, from the embedded
// store with the bundled demo corpus loaded and the NATO question answered. Target: report page < 50 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDemoCorpus } from '../src/adapters/demo-corpus/demo-corpus.ts';
import { createInProcessEventBus } from '../src/adapters/queue/in-process-event-bus.ts';
import { createInProcessQueue } from '../src/adapters/queue/in-process-queue.ts';
import { createReportJob, engineReportMaker } from '../src/runtime/jobs/report-job.ts';
import { runReport } from '../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../src/adapters/search-providers/local-corpus.ts';
import { createSqliteStore } from '../src/adapters/store/sqlite/sqlite-store.ts';
import { createApp } from '../src/interfaces/web/app.ts';
import { loadSiteConfig } from '../src/interfaces/web/config.ts';

export const WEB_RENDER_TARGET_MS = 50;
const QUESTION = 'Which NATO members support or oppose Ukraine joining, and what are their stated reasons?';

export interface WebRenderRow {
  page: string;
  path: string;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  bytes: number;
}

export interface WebRenderBenchResult {
  name: 'web-render';
  title: string;
  table: string;
  line: string;
  notes: string;
  rows: WebRenderRow[];
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/**
 * Loads the demo corpus into a fresh SQLite file (or uses `storeFile` if it already holds one), makes the
 * NATO report, then times `iterations` in-process requests per page (after a warm-up): the whole server
 * side — routing, store reads, rendering, headers — without a network.
 */
export async function runWebRenderBench(options: { dataDir?: string; iterations?: number; storeFile?: string } = {}): Promise<WebRenderBenchResult> {
  const iterations = options.iterations ?? 200;
  const dir = options.storeFile ? undefined : mkdtempSync(path.join(tmpdir(), 'crosscheck-web-bench-'));
  const store = createSqliteStore({ file: options.storeFile ?? path.join(dir!, 'bench.db') });
  try {
    await ensureDemoCorpus(store);
    const engine = { providers: [createLocalCorpusSearch({ store })] };
    const existing = await store.findReportByQuestion(QUESTION);
    const report = (existing && (await store.getReport(existing.id))) || (await runReport({ ...engine, question: QUESTION, store }));
    const events = createInProcessEventBus();
    const queue = createInProcessQueue({ jobs: store, job: createReportJob({ jobs: store, events, makeReport: engineReportMaker(engine, store) }) });
    const app = createApp({ store, queue, events, config: loadSiteConfig({ CROSSCHECK_BASE_URL: 'https://crosscheck.example' }) });
    const pages = [
      { page: 'report page', path: `/reports/${report.slug}` },
      { page: 'stored copy of source 1', path: `/reports/${report.slug}/sources/1` },
      { page: 'report as JSON (API)', path: `/api/reports/${report.id}` },
      { page: 'home', path: '/' },
      { page: 'archive search', path: '/archive?q=NATO%20Ukraine' },
    ];
    const rows: WebRenderRow[] = [];
    for (const { page, path: pagePath } of pages) {
      const timings: number[] = [];
      let bytes = 0;
      for (let index = 0; index < iterations + 20; index++) {
        const started = performance.now();
        const response = await app.request(`https://crosscheck.example${pagePath}`);
        const body = await response.text();
        const elapsed = performance.now() - started;
        if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
        if (index >= 20) timings.push(elapsed);
        bytes = body.length;
      }
      timings.sort((a, b) => a - b);
      const round = (value: number) => Math.round(value * 100) / 100;
      rows.push({ page, path: pagePath, medianMs: round(percentile(timings, 0.5)), p95Ms: round(percentile(timings, 0.95)), maxMs: round(timings.at(-1)!), bytes });
    }
    const reportRow = rows[0];
    const table = [
      '| page | median | p95 | max | size |',
      '|---|---|---|---|---|',
      ...rows.map((row) => `| ${row.page} | ${row.medianMs} ms | ${row.p95Ms} ms | ${row.maxMs} ms | ${(row.bytes / 1024).toFixed(1)} KB |`),
    ].join('\n');
    const verdict = reportRow.p95Ms < WEB_RENDER_TARGET_MS ? 'meets' : 'misses';
    return {
      name: 'web-render',
      title: 'Website render time (server side, embedded store)',
      table,
      line: `Report page: median ${reportRow.medianMs} ms, p95 ${reportRow.p95Ms} ms over ${iterations} requests — ${verdict} the ${WEB_RENDER_TARGET_MS} ms target (${report.sources.length} sources, ${report.sections.length} sections).`,
      notes: `In-process requests (\`app.request\`, no network) against a SQLite store holding the demo corpus (${(await store.countDocuments()).toLocaleString('en-US')} documents) and the NATO report; each time covers routing, the store reads (report, moderation, parent, view count, supporter tally), rendering and headers. ${iterations} timed requests per page after 20 warm-up requests.`,
      rows,
    };
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const result = await runWebRenderBench();
  console.log(result.table);
  console.log(result.line);
}
