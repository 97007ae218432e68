// The speed bench's report part: reports/s on the main thread and with 1 and 2 report threads, and the main
// thread's event-loop delay (p99) while they run, which is what a page request would wait for.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile } from './metrics.ts';
import { seedFromDemoStore } from '../src/adapters/demo-corpus/demo-store.ts';
import { ensureDemoCorpus } from '../src/adapters/demo-corpus/demo-corpus.ts';
import { createEngine } from '../src/runtime/engine/create-engine.ts';
import { engineReportMaker, type MakeReport } from '../src/runtime/jobs/report-job.ts';
import { createReportThreadPool } from '../src/runtime/jobs/report-thread-pool.ts';
import { createSqliteStore } from '../src/adapters/store/sqlite/sqlite-store.ts';
import { QUESTIONS } from './demo-questions.ts';

const ENV = { CROSSCHECK_MODEL: 'none' };
const ROUNDS = 3;

export interface ReportsMeasurement {
  setup: string;
  threads: number;
  reports: number;
  reportsPerSecond: number;
  loopDelayP99Ms: number;
}

async function run(setup: string, threads: number, makeReport: MakeReport): Promise<ReportsMeasurement> {
  const jobs = Array.from({ length: ROUNDS }, (_, round) => QUESTIONS.map((question, index) => ({ id: `rep_speed_${setup.length}_${round}_${index}`, question }))).flat();
  // Warm-up: one report (module and statement caches, page cache).
  await makeReport({ id: 'rep_speed_warm', question: QUESTIONS[0], onEvent: () => {} });
  const probe = loopProbe();
  const started = performance.now();
  await Promise.all(jobs.map((job) => makeReport({ ...job, onEvent: () => {} })));
  const seconds = (performance.now() - started) / 1000;
  return { setup, threads, reports: jobs.length, reportsPerSecond: jobs.length / seconds, loopDelayP99Ms: percentile(probe.stop(), 99) };
}

/** How late a 5 ms timer fires, again and again: the wait a request arriving then would have before it is handled. */
function loopProbe(): { stop: () => number[] } {
  const lateness: number[] = [];
  let timer: NodeJS.Timeout;
  let pending = 0;
  const tick = (expected: number) => {
    pending = expected;
    timer = setTimeout(() => {
      lateness.push(Math.max(0, performance.now() - expected));
      tick(performance.now() + 5);
    }, 5);
  };
  tick(performance.now() + 5);
  return {
    stop: () => {
      clearTimeout(timer);
      // The timer still waiting counts too: reports that never yield to the loop leave it waiting the whole run.
      lateness.push(Math.max(0, performance.now() - pending));
      return lateness;
    },
  };
}

export async function measureReports(): Promise<ReportsMeasurement[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-reports-'));
  const file = path.join(folder, 'store.db');
  try {
    seedFromDemoStore(file);
    const store = createSqliteStore({ file });
    await ensureDemoCorpus(store);
    const results: ReportsMeasurement[] = [];
    const engine = await createEngine({ env: ENV, store });
    results.push(await run('main thread (no pool)', 0, engineReportMaker(engine, store)));
    for (const threads of [1, 2]) {
      const pool = createReportThreadPool({ threads, storeFile: file, env: ENV });
      try {
        results.push(await run(`report threads: ${threads}`, threads, pool.makeReport));
      } finally {
        await pool.close();
      }
    }
    await store.close();
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
