// Website throughput on loopback: requests per second and latency (p50/p99) for a report page and an
// archive search, served by the real site (`startSite`, embedded SQLite store with the demo corpus and ten
// reports) to a closed-loop client in another process (bench/web-load-client.ts).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensureDemoCorpus } from '../src/adapters/demo-corpus/demo-corpus.ts';
import { runReport } from '../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../src/adapters/search-providers/local-corpus.ts';
import { createSqliteStore } from '../src/adapters/store/sqlite/sqlite-store.ts';
import { loadSiteConfig } from '../src/interfaces/web/config.ts';
import { startSite } from '../src/interfaces/web/start-site.ts';
import { QUESTIONS } from './demo-questions.ts';
import { percentile } from './metrics.ts';
import type { BenchResult } from './bench-types.ts';
import { fixed, markdownTable, verdict } from './report-format.ts';
import type { LoadResult } from './web-load-client.ts';

const CONNECTIONS = [1, 16];
const SECONDS = 5;
/** Our target: with 16 requests in flight, 99 in 100 report pages are served within 100 ms. */
const TARGET_P99_MS = 100;
const CLIENT = path.join(import.meta.dirname, 'web-load-client.ts');

async function loadTest(url: string, connections: number): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, CLIENT, url, String(connections), String(SECONDS)], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as LoadResult;
}

export async function runWebThroughputBench(_options: { dataDir: string }): Promise<BenchResult> {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-web-'));
  const store = createSqliteStore({ file: path.join(folder, 'store.db') });
  const engine = { providers: [createLocalCorpusSearch({ store })] };
  let site: Awaited<ReturnType<typeof startSite>> | undefined;
  try {
    await ensureDemoCorpus(store);
    const reports = [];
    for (const question of QUESTIONS) reports.push(await runReport({ ...engine, question, store }));
    site = await startSite({ store, engine, config: loadSiteConfig({ HOST: '127.0.0.1', PORT: '0', CROSSCHECK_BASE_URL: 'http://127.0.0.1' }) });
    const pages = [
      { page: 'report page', path: `/reports/${reports[0].slug}` },
      { page: 'archive search', path: '/archive?q=NATO%20Ukraine' },
    ];
    const rows: { page: string; connections: number; result: LoadResult }[] = [];
    for (const page of pages) {
      for (const connections of CONNECTIONS) rows.push({ page: page.page, connections, result: await loadTest(`${site.url}${page.path}`, connections) });
    }
    return format(rows, reports.length);
  } finally {
    await site?.close();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

function format(rows: { page: string; connections: number; result: LoadResult }[], reports: number): BenchResult {
  const table = markdownTable(
    ['page', 'requests in flight', 'requests/s', 'p50 (ms)', 'p99 (ms)', 'errors'],
    rows.map(({ page, connections, result }) => [
      page, connections, fixed(result.requests / result.seconds, 0), fixed(percentile(result.latenciesMs, 50), 1), fixed(percentile(result.latenciesMs, 99), 1), result.errors,
    ]),
  );
  const headline = rows.find((row) => row.page === 'report page' && row.connections === CONNECTIONS.at(-1))!;
  const p99 = percentile(headline.result.latenciesMs, 99);
  const archive = rows.find((row) => row.page === 'archive search' && row.connections === CONNECTIONS.at(-1))!;
  const line =
    `web-throughput: report page p99 ${fixed(p99, 1)} ms at ${headline.connections} in flight (${fixed(headline.result.requests / headline.result.seconds, 0)} requests/s), ${verdict(p99 <= TARGET_P99_MS)} our target ≤ ${TARGET_P99_MS} ms ` +
    `(archive search ${fixed(archive.result.requests / archive.result.seconds, 0)} requests/s, p99 ${fixed(percentile(archive.result.latenciesMs, 99), 1)} ms)`;
  const notes =
    `The real site (\`startSite\`: security headers, rate limiter, store reads, server-side rendering) on 127.0.0.1, one Node process, embedded SQLite store with the demo corpus and ${reports} reports; ` +
    `the client is another process on the same 2 cores keeping N requests in flight (Node's fetch, keep-alive) for ${SECONDS} s after a 1 s warm-up. No published anchor: our own capacity figures (see also web-render for server time without the network).`;
  const rate = fixed(headline.result.requests / headline.result.seconds, 0);
  const summary = { measure: `report page p99, ${headline.connections} requests in flight`, target: `≤ ${TARGET_P99_MS} ms (ours)`, result: `${fixed(p99, 1)} ms (${rate} requests/s)`, met: p99 <= TARGET_P99_MS };
  return { name: 'web-throughput', title: 'Website throughput on loopback (embedded store)', table, line, notes, summary };
}
