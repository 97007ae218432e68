// Load on loopback, the way operators deploy: reports asked concurrently through the API while readers
// read report pages, then readers alone. Embedded (one `crosscheck serve` on SQLite) and, when PostgreSQL
// answers, scaled out (2 `serve --no-jobs` + 2 `worker` processes on one fresh database). Both stores hold
// the demo corpus; no model, no web search (the local corpus answers). Figures: reports per minute, time
// to a finished report, page throughput and p50/p99 latency, and errors (which must be zero).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ensureDemoCorpus } from '../src/adapters/demo-corpus/demo-corpus.ts';
import { createPostgresStore } from '../src/adapters/store/postgres/postgres-store.ts';
import { createSqliteStore } from '../src/adapters/store/sqlite/sqlite-store.ts';
import { QUESTIONS } from './demo-questions.ts';

const MAIN = path.resolve(import.meta.dirname, '../src/interfaces/cli/main.ts');
/** Twenty different questions (a second wording of each, so none joins another's job). */
const ASKS = QUESTIONS.flatMap((question) => [question, `In brief: ${question}`]);
const READERS = 16;
const READ_SECONDS = 5;
const TARGET_P99_MS = 250;
const ADMIN_URL = process.env.CROSSCHECK_BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** What bench/registry.ts expects of a benchmark. */
type LoadBenchResult =
  | { name: string; title: string; table: string; line: string; notes?: string; summary?: { measure: string; target: string; result: string; met: boolean } }
  | { skipped: string };
interface Proc { url: string; child: ChildProcess }
interface Reads { requests: number; errors: number; seconds: number; latencies: number[] }
interface Row { setup: string; phase: string; figures: { throughput: string; p50: number; p99: number; errors: number } }

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function markdownTable(headers: string[], rows: (string | number)[][]): string {
  return [headers, headers.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function spawnRole(args: string[], env: Record<string, string>, pattern: RegExp): Promise<Proc> {
  const child = spawn(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args[0]} did not start: ${output}`)), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = pattern.exec((output += chunk.toString()));
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], child });
      }
    });
    child.once('exit', (code) => reject(new Error(`${args[0]} exited (${code}): ${output}`)));
  });
}

async function stopAll(processes: Proc[]): Promise<void> {
  await Promise.all(processes.map((proc) => new Promise<void>((resolve) => {
    if (proc.child.exitCode !== null) return resolve();
    proc.child.once('exit', () => resolve());
    proc.child.kill('SIGTERM');
  })));
}

async function waitReady(urls: string[]): Promise<void> {
  for (const url of urls) {
    for (let tries = 0; !(await fetch(`${url}/readyz`).then((response) => response.ok, () => false)); tries++) {
      if (tries > 600) throw new Error(`${url} never became ready`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Closed-loop readers: `connections` requests in flight over `paths`, spread over the web processes. */
async function read(webs: string[], paths: string[], connections: number, until: () => boolean): Promise<Reads> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (!until()) {
      const index = next++;
      const began = performance.now();
      try {
        const response = await fetch(`${webs[index % webs.length]}${paths[index % paths.length]}`);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(String(response.status));
        latencies.push(performance.now() - began);
      } catch {
        errors++;
      }
    }
  }));
  return { requests: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies };
}

/** Asks every question at once through the web processes, and waits for each report over its event stream. */
async function askAll(webs: string[]): Promise<{ slugs: string[]; seconds: number; latencies: number[]; errors: number }> {
  const started = performance.now();
  let errors = 0;
  const outcomes = await Promise.all(ASKS.map(async (question, index) => {
    const web = webs[index % webs.length];
    const response = await fetch(`${web}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
    const body = (await response.json()) as { id: string; links: { events: string } };
    if (response.status !== 202) {
      errors++;
      return undefined;
    }
    const stream = await (await fetch(`${webs[(index + 1) % webs.length]}${body.links.events}`)).text();
    const end = /event: end\ndata: (.*)\n/.exec(stream);
    const outcome = end ? (JSON.parse(end[1]) as { status: string; url?: string }) : undefined;
    if (outcome?.status !== 'done' || !outcome.url) {
      errors++;
      return undefined;
    }
    return { url: outcome.url, ms: performance.now() - started };
  }));
  const done = outcomes.flatMap((outcome) => outcome ?? []);
  return { slugs: done.map((outcome) => outcome.url), seconds: (performance.now() - started) / 1000, latencies: done.map((outcome) => outcome.ms), errors };
}

async function measure(setup: string, webs: string[]): Promise<Row[]> {
  let asking = true;
  const home = ['/', '/archive?q=NATO'];
  const during = read(webs, home, READERS / 2, () => !asking);
  const asked = await askAll(webs).finally(() => {
    asking = false;
  });
  const duringAsks = await during;
  const deadline = performance.now() + READ_SECONDS * 1000;
  const alone = await read(webs, asked.slugs, READERS, () => performance.now() > deadline);
  const pages = (reads: Reads) => ({ throughput: `${Math.round(reads.requests / reads.seconds)} pages/s`, p50: percentile(reads.latencies, 50), p99: percentile(reads.latencies, 99), errors: reads.errors });
  return [
    { setup, phase: `${ASKS.length} reports asked at once (time to a finished report)`, figures: { throughput: `${((asked.slugs.length / asked.seconds) * 60).toFixed(0)} reports/min`, p50: percentile(asked.latencies, 50), p99: percentile(asked.latencies, 99), errors: asked.errors } },
    { setup, phase: `home and archive pages, ${READERS / 2} readers, while those reports are made`, figures: pages(duringAsks) },
    { setup, phase: `report pages, ${READERS} readers, ${READ_SECONDS} s`, figures: pages(alone) },
  ];
}

const BASE_ENV = { CROSSCHECK_MODEL: 'none', CROSSCHECK_WEB: 'off', CROSSCHECK_REPORTS_PER_HOUR: '100000', CROSSCHECK_CONCURRENCY: '2', LOG_LEVEL: 'warn' };

async function embedded(folder: string): Promise<Row[]> {
  const file = path.join(folder, 'store.db');
  const store = createSqliteStore({ file });
  await ensureDemoCorpus(store);
  await store.close();
  const web = await spawnRole(['serve', '--port', '0'], { ...BASE_ENV, CROSSCHECK_STORE: file }, /serving on (http:\/\/\S+)/);
  try {
    await waitReady([web.url]);
    return await measure('embedded: 1 serve, SQLite', [web.url]);
  } finally {
    await stopAll([web]);
  }
}

async function scaledOut(): Promise<Row[] | string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    return `PostgreSQL not reachable at ${ADMIN_URL} (${(error as Error).message}): scaled-out rows skipped`;
  }
  const name = `crosscheck_bench_load_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const processes: Proc[] = [];
  try {
    const store = await createPostgresStore({ connectionString: url.toString() });
    await ensureDemoCorpus(store);
    await store.close();
    const env = { ...BASE_ENV, DATABASE_URL: url.toString(), CROSSCHECK_QUEUE_MONITOR_SECONDS: '5' };
    processes.push(...(await Promise.all([
      spawnRole(['serve', '--port', '0', '--no-jobs'], env, /serving on (http:\/\/\S+)/),
      spawnRole(['serve', '--port', '0', '--no-jobs'], env, /serving on (http:\/\/\S+)/),
      spawnRole(['worker', '--port', '0'], env, /health on (http:\/\/\S+)/),
      spawnRole(['worker', '--port', '0'], env, /health on (http:\/\/\S+)/),
    ])));
    await waitReady(processes.map((proc) => proc.url));
    return await measure('scaled out: 2 serve + 2 worker, PostgreSQL', processes.slice(0, 2).map((proc) => proc.url));
  } finally {
    await stopAll(processes);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function runLoadBench(_options: { dataDir: string }): Promise<LoadBenchResult> {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-load-'));
  try {
    const rows = await embedded(folder);
    const scaled = await scaledOut();
    if (typeof scaled !== 'string') rows.push(...scaled);
    const table = markdownTable(
      ['setup', 'load', 'throughput', 'p50 (ms)', 'p99 (ms)', 'errors'],
      rows.map((row) => [row.setup, row.phase, row.figures.throughput, row.figures.p50.toFixed(0), row.figures.p99.toFixed(0), row.figures.errors]),
    );
    const errors = rows.reduce((sum, row) => sum + row.figures.errors, 0);
    const pageRows = rows.filter((row) => row.phase.startsWith('report pages'));
    const worstP99 = Math.max(...pageRows.map((row) => row.figures.p99));
    const met = errors === 0 && worstP99 < TARGET_P99_MS;
    return {
      name: 'load',
      title: 'Load: concurrent asks and readers, embedded and scaled out (loopback)',
      table,
      line: `Errors: ${errors} (must be 0). Report pages p99 ${worstP99.toFixed(0)} ms with ${READERS} readers (ours: < ${TARGET_P99_MS} ms) — ${met ? 'meets' : 'misses'}.`,
      notes:
        `Each setup gets a fresh store with the demo corpus, no model and no web search; ${ASKS.length} questions are posted to /api/reports at once (spread over the web processes, ` +
        'each followed on the event stream of the *other* web process), then readers fetch the finished report pages in a closed loop. Client and servers share the 2 cores of this machine, so the figures are a floor. ' +
        (typeof scaled === 'string' ? scaled : 'Scaled out: pg-boss queue, LISTEN/NOTIFY progress, a fresh PostgreSQL database on this machine.'),
      summary: { measure: 'report pages p99 under load, errors', target: `< ${TARGET_P99_MS} ms, 0 errors`, result: `${worstP99.toFixed(0)} ms, ${errors} errors`, met },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
