// The speed bench's report part, through serve's own path (the report job and in-process queue on the main
// thread: stored job, stored events, stored report): reports/s on the main thread and with 1 and 2 report
// threads, the main thread's event-loop delay (p99) and busy share while they run (what a page request would
// wait for), the CPU the reports took and the CPU other processes took meanwhile (the machine is shared), and a
// warm report's latency in a running server (one question at a time: questions asked before, and new ones).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile } from './metrics.ts';
import { seedFromDemoStore } from '../src/adapters/demo-corpus/demo-store.ts';
import { ensureDemoCorpus } from '../src/adapters/demo-corpus/demo-corpus.ts';
import { createEngine } from '../src/runtime/engine/create-engine.ts';
import { warmUp } from '../src/runtime/engine/warm-up.ts';
import { plugAnalyses } from '../src/runtime/engine/analysis-cache.ts';
import { DEFAULT_CORPUS_FILES } from '../src/runtime/engine/corpus-analyses.ts';
import { fillCorpusInBackground } from '../src/runtime/engine/fill-corpus-in-background.ts';
import { askThroughJob } from '../src/runtime/jobs/ask-through-job.ts';
import { createReportJob, engineReportMaker, type MakeReport } from '../src/runtime/jobs/report-job.ts';
import { createInProcessEventBus } from '../src/adapters/queue/in-process-event-bus.ts';
import { createInProcessQueue } from '../src/adapters/queue/in-process-queue.ts';
import type { SiteStore } from '../src/contracts/ports.ts';
import { createReportThreadPool } from '../src/runtime/jobs/report-thread-pool.ts';
import { createSqliteStore } from '../src/adapters/store/sqlite/sqlite-store.ts';
import { QUESTIONS } from './demo-questions.ts';
import { loadQuestions } from './questions.ts';

const ENV = { CROSSCHECK_MODEL: 'none' };
const ROUNDS = 3;
/**
 * Rounds of the ten questions in each timed throughput window: 60 reports, a window of 2-4 s. With 30, the same setup
 * measured 15-20 reports/s from run to run on a quiet machine, too noisy to compare 1 and 2 threads.
 */
const THROUGHPUT_ROUNDS = 6;
/** Dev questions (data/dev/questions.jsonl) asked once each of a warm engine that has not seen them. */
const UNSEEN = 20;
/** Reports running at once per thread (the main thread counts as one): serve's queue with CROSSCHECK_CONCURRENCY = 2 × threads. */
const IN_FLIGHT_PER_THREAD = 2;

export interface ReportsMeasurement {
  setup: string;
  threads: number;
  reports: number;
  reportsPerSecond: number;
  loopDelayP99Ms: number;
  /** CPU seconds this process (all its threads) spent per report in the timed window. */
  cpuPerReportMs: number;
  /** Cores other processes kept busy during the window (from /proc/stat; undefined where it cannot be read). */
  otherCores?: number;
  /** Share of the window the main thread's event loop was busy (relaying reports and events, or making them). */
  mainBusy: number;
}

export interface WarmReportMeasurement {
  reports: number;
  p50Ms: number;
  p95Ms: number;
  /** The median time of each stage. */
  stagesMs: Record<string, number>;
}

async function run(setup: string, threads: number, makeReport: MakeReport, store: SiteStore): Promise<ReportsMeasurement> {
  const concurrency = IN_FLIGHT_PER_THREAD * Math.max(1, threads);
  const job = createReportJob({ jobs: store, events: createInProcessEventBus(), makeReport });
  // Each question makes its own report (asked again, serve would join the running job or open the report).
  const queue = createInProcessQueue({ jobs: { ...store, findActiveJob: async () => undefined }, job, concurrency });
  // Warm-up: every thread makes every question's report once (as many copies at once as threads: the pool gives each
  // to the thread with the fewest running), so each has the JIT, statement, page and NLP caches a running server has
  // for them. With one report per lane, a thread met most questions for the first time in the timed window and parsed
  // their sentences then (one thread: 87 ms CPU per report against 72 with this warm-up, same machine and load).
  for (const question of QUESTIONS) {
    for (let copy = 0; copy < Math.max(1, threads); copy++) await queue.enqueue({ question });
    await queue.idle();
  }
  const probe = loopProbe();
  const machine = machineBusy();
  const cpu = process.cpuUsage();
  const loop = performance.eventLoopUtilization();
  const started = performance.now();
  // The queue starts the next report when one ends, and the pool gives it to the thread with the fewest running.
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) for (const question of QUESTIONS) await queue.enqueue({ question });
  await queue.idle();
  const seconds = (performance.now() - started) / 1000;
  await queue.close();
  const reports = THROUGHPUT_ROUNDS * QUESTIONS.length;
  const used = process.cpuUsage(cpu);
  const mainBusy = performance.eventLoopUtilization(loop).utilization;
  const ownSeconds = (used.user + used.system) / 1e6;
  const busySeconds = machine.stop();
  return {
    setup, threads, reports, reportsPerSecond: reports / seconds, loopDelayP99Ms: percentile(probe.stop(), 99),
    cpuPerReportMs: (ownSeconds / reports) * 1000,
    otherCores: busySeconds === undefined ? undefined : Math.max(0, (busySeconds - ownSeconds) / seconds),
    mainBusy,
  };
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

/** CPU seconds the whole machine spent busy (every process) between start and stop; undefined off Linux. */
function machineBusy(): { stop: () => number | undefined } {
  const read = () => {
    try {
      const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
      // user nice system idle iowait irq softirq steal: busy is all but idle and iowait, in clock ticks (USER_HZ 100).
      return (fields.slice(0, 8).reduce((sum, value) => sum + value, 0) - fields[3] - fields[4]) / 100;
    } catch {
      return undefined;
    }
  };
  const before = read();
  return { stop: () => { const after = read(); return before === undefined || after === undefined ? undefined : after - before; } };
}

/** Latencies and per-stage medians of reports made one at a time. */
function summarize(latencies: number[], stages: Record<string, number[]>): WarmReportMeasurement {
  return { reports: latencies.length, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), stagesMs: Object.fromEntries(Object.entries(stages).map(([stage, values]) => [stage, percentile(values, 50)])) };
}

/**
 * One question at a time through the report job and in-process queue the website uses, on a warmed engine: the ten
 * demo questions asked again (their sentences' tokens and frames cached in this process), then dev questions the
 * engine has not seen (as a running server mostly gets).
 */
async function warmReports(store: ReturnType<typeof createSqliteStore>, engine: Awaited<ReturnType<typeof createEngine>>): Promise<{ repeated: WarmReportMeasurement; unseen: WarmReportMeasurement }> {
  // As serve warms itself when it makes reports on its own thread.
  await warmUp({ store });
  const timed = async (questions: string[], skip: number) => {
    const latencies: number[] = [];
    const stages: Record<string, number[]> = {};
    for (const [index, question] of questions.entries()) {
      const started = performance.now();
      const report = await askThroughJob({ engine, question, store });
      // The first round only warms the caches a new question would find warm in a running server.
      if (index < skip) continue;
      latencies.push(performance.now() - started);
      for (const [stage, ms] of Object.entries(report.stats.durationMs)) (stages[stage] ??= []).push(ms);
    }
    return summarize(latencies, stages);
  };
  const repeated = await timed(Array.from({ length: ROUNDS }, () => QUESTIONS).flat(), QUESTIONS.length);
  const unseen = await timed(loadQuestions().slice(0, UNSEEN).map((entry) => entry.question), 0);
  return { repeated, unseen };
}

export interface ReadAheadMeasurement {
  /** Sentences the fill read in this run (0 when the file was complete already). */
  sentences: number;
  complete: boolean;
  seconds: number;
}

/**
 * The demo corpus's sentences read ahead as serve reads them once it listens (corpus-analyses.ts), waited for here:
 * the reports below are those of a server up for the minute or two that takes (or started with the file complete).
 */
async function readAhead(): Promise<ReadAheadMeasurement> {
  const started = performance.now();
  // At the process's priority: waited for on a shared machine, the lowest would get next to nothing.
  const fill = fillCorpusInBackground(undefined, { lowestPriority: false });
  const result = fill ? await fill.done : { sentences: 0, complete: true };
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

export async function measureReports(): Promise<{ readAhead: ReadAheadMeasurement; rows: ReportsMeasurement[]; warm: { repeated: WarmReportMeasurement; unseen: WarmReportMeasurement } }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-reports-'));
  const file = path.join(folder, 'store.db');
  try {
    seedFromDemoStore(file);
    // As serve opens its store (a connection that makes many reports; the report threads open theirs so too).
    const store = createSqliteStore({ file, serving: true });
    await ensureDemoCorpus(store);
    const rows: ReportsMeasurement[] = [];
    const ahead = await readAhead();
    // As serve does on the thread that makes reports: the demo corpus's sentences read ahead.
    const analyses = plugAnalyses({ corpusFile: DEFAULT_CORPUS_FILES.file });
    const engine = await createEngine({ env: ENV, store });
    const warm = await warmReports(store, engine);
    rows.push(await run('main thread (no pool)', 0, engineReportMaker(engine, store), store));
    analyses.finish();
    for (const threads of [1, 2]) {
      const pool = createReportThreadPool({ threads, storeFile: file, env: ENV, corpusFile: DEFAULT_CORPUS_FILES.file });
      try {
        // Thread start-up (its modules, store, engine and NLP model) is not report making: it happens once, at serve start.
        await pool.ready();
        rows.push(await run(`report threads: ${threads}`, threads, pool.makeReport, store));
      } finally {
        await pool.close();
      }
    }
    await store.close();
    return { readAhead: ahead, rows, warm };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// `node bench/speed-reports.ts` runs this part of the speed bench alone and prints its figures as JSON.
if (import.meta.main) console.log(JSON.stringify(await measureReports(), null, 2));
