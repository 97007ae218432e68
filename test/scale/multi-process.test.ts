// Scale-out, end to end: 2 web and 2 worker processes on one PostgreSQL database (a fresh one, pre-filled
// with the small NATO fixture corpus, so the demo corpus load is skipped). 20 reports asked through the
// API all complete; each is streamed by the web process that did not take the question; a worker killed
// with SIGKILL midway leaves its report to the other, which completes it once; SIGTERM stops every process
// with exit code 0.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { createPostgresStore } from '../../src/adapters/store/postgres/postgres-store.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../support/pg-test-database.ts';
import { startSlowSearxng } from '../support/slow-searxng.ts';
import { type Spawned, spawnWeb, spawnWorker, waitFor } from './processes.ts';

const database = await createTestDatabase('crosscheck_scale');
const skip = 'skip' in database ? database.skip : undefined;
const db = database as TestDatabase;

const ACTORS = ['Hungary', 'Poland', 'Germany', 'Turkey', 'Finland', 'Russia', 'the United States', 'Ukraine', 'Sweden', 'NATO'];
/** Twenty different questions (different words, so none joins another's job). */
const QUESTIONS = ACTORS.flatMap((actor) => [`What did ${actor} say about Ukraine joining NATO?`, `Why does ${actor} matter for NATO enlargement?`]);

let searxng: Awaited<ReturnType<typeof startSlowSearxng>>;
let webs: Spawned[] = [];
let workers: Spawned[] = [];
const stopped = new Set<Spawned>();

function env(): Record<string, string> {
  return {
    DATABASE_URL: db.url, CROSSCHECK_MODEL: 'none', SEARXNG_URL: searxng.url, WIKIPEDIA_URL: 'off', GDELT_URL: 'off',
    // One test client streams 20 reports at once: above the default per-client cap on progress streams.
    CROSSCHECK_REPORTS_PER_HOUR: '1000', CROSSCHECK_STREAMS_PER_CLIENT: '100', CROSSCHECK_CONCURRENCY: '2', CROSSCHECK_JOB_HEARTBEAT_SECONDS: '10', CROSSCHECK_QUEUE_MONITOR_SECONDS: '1',
    CROSSCHECK_JOB_RETRY_DELAY_SECONDS: '1', CROSSCHECK_SHUTDOWN_GRACE_SECONDS: '5', CROSSCHECK_PGBOSS_SCHEMA: 'pgboss',
  };
}

async function ask(web: Spawned, question: string): Promise<{ id: string; status: string; joined?: boolean }> {
  const response = await fetch(`${web.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  assert.equal(response.status, 202, `asking "${question}": ${response.status}`);
  return response.json();
}

/** The whole SSE stream of a report (it ends by itself with an `end` event). */
async function stream(web: Spawned, id: string): Promise<{ progress: { seq: number; type: string }[]; end: { status: string; url?: string; reason?: string } }> {
  const text = await (await fetch(`${web.url}/api/reports/${id}/events`)).text();
  const progress = [...text.matchAll(/event: progress\ndata: (.*)\n/g)].map((match) => JSON.parse(match[1]));
  const end = /event: end\ndata: (.*)\n/.exec(text);
  assert.ok(end, `the stream of ${id} ends: ${text.slice(-300)}`);
  return { progress, end: JSON.parse(end[1]) };
}

before(async () => {
  if (skip) return;
  const store = await createPostgresStore({ connectionString: db.url });
  await store.upsertDocuments(NATO_CORPUS);
  await store.close();
  searxng = await startSlowSearxng(400);
  [webs, workers] = await Promise.all([Promise.all([spawnWeb(env()), spawnWeb(env())]), Promise.all([spawnWorker(env()), spawnWorker(env())])]);
  for (const process of [...webs, ...workers]) {
    await waitFor(`${process.role} ready`, async () => ((await fetch(`${process.url}/readyz`)).ok ? true : undefined));
  }
});

after(async () => {
  if (skip) return;
  await Promise.all([...webs, ...workers].filter((process) => !stopped.has(process)).map((process) => process.stop('SIGKILL')));
  await searxng.close();
  await db.drop();
});

test('scale: 20 reports asked through 2 web processes are made by 2 workers, each streamed by the other web process', { skip, timeout: 120_000 }, async () => {
  const asked = await Promise.all(QUESTIONS.map((question, index) => ask(webs[index % 2], question)));
  assert.equal(new Set(asked.map((job) => job.id)).size, 20, 'twenty jobs');
  const streams = await Promise.all(asked.map((job, index) => stream(webs[(index + 1) % 2], job.id)));
  for (const [index, { progress, end }] of streams.entries()) {
    assert.equal(end.status, 'done', `report ${index} ends done: ${end.reason ?? ''}`);
    assert.ok(progress.some((event) => event.type === 'search'), 'the stream carried the worker\'s progress');
    assert.deepEqual(progress.map((event) => event.seq), [...progress.keys()].map((key) => key + 1), 'every event once, in order');
  }
  for (const job of asked) {
    const response = await fetch(`${webs[0].url}/api/reports/${job.id}`);
    assert.equal(response.status, 200);
    assert.equal((await response.json()).report.id, job.id);
  }
  const started = workers.map((worker) => worker.logs().filter((line) => line.message === 'report started').length);
  assert.ok(started.every((count) => count > 0), `both workers made reports (${started.join(', ')})`);
  // How the 20 reports split between the workers depends on timing; together they timed 20 searches.
  const searches = await Promise.all(workers.map(async (worker) => {
    const metrics = await (await fetch(`${worker.url}/metrics`)).text();
    assert.match(metrics, /crosscheck_reports_total\{outcome="done"\} \d+/);
    return Number(metrics.match(/crosscheck_stage_duration_seconds_bucket\{stage="search",le="\+Inf"\} (\d+)/)?.[1] ?? 0);
  }));
  assert.ok(searches[0] + searches[1] >= 20, `searches timed: ${searches.join(' + ')}`);
  const webMetrics = await (await fetch(`${webs[0].url}/metrics`)).text();
  assert.match(webMetrics, /crosscheck_http_requests_total\{method="POST",route="\/api\/reports",status="202"\} 10/);
});

test('scale: the same question asked of both web processes at once makes one job; asked again when done, it opens the report', { skip, timeout: 60_000 }, async () => {
  const question = 'Which countries lifted a veto on Finland and Sweden joining NATO?';
  const [first, second] = await Promise.all([ask(webs[0], question), ask(webs[1], question)]);
  assert.equal(first.id, second.id, 'one job');
  assert.equal([first.joined, second.joined].filter(Boolean).length, 1, 'the other asker joined it');
  assert.equal((await stream(webs[1], first.id)).end.status, 'done');
  const again = await fetch(`${webs[1].url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  assert.equal(again.status, 200);
  assert.deepEqual([(await again.json()).existing, first.id], [true, first.id]);
});

test('scale: a worker killed with SIGKILL midway leaves its report to the other worker, which completes it once', { skip, timeout: 90_000 }, async () => {
  const job = await ask(webs[0], 'What did Antony Blinken say about Ukraine becoming a NATO member?');
  const runner = await waitFor('a worker to start the report', async () =>
    workers.find((worker) => worker.logs().some((line) => line.message === 'report started' && line.reportId === job.id)));
  await waitFor('the report to be searching', async () => {
    const body = await (await fetch(`${webs[1].url}/api/reports/${job.id}`)).json();
    return body.events?.some((event: { type: string }) => event.type === 'search') ? true : undefined;
  });
  assert.equal(await runner.stop('SIGKILL'), 'SIGKILL');
  stopped.add(runner);
  const survivor = workers.find((worker) => worker !== runner)!;
  const { end } = await stream(webs[1], job.id);
  assert.equal(end.status, 'done');
  assert.ok(survivor.logs().some((line) => line.message === 'report started' && line.reportId === job.id && line.attempt === 2), 'the other worker retried it');
  const pool = new pg.Pool({ connectionString: db.url, max: 1 });
  try {
    const { rows } = await pool.query('SELECT (SELECT count(*)::int FROM reports WHERE id = $1) AS reports, (SELECT count(*)::int FROM report_sources WHERE report_id = $1) AS sources, (SELECT body FROM reports WHERE id = $1) AS body, (SELECT attempts FROM report_jobs WHERE id = $1) AS attempts', [job.id]);
    assert.equal(rows[0].reports, 1, 'written once');
    assert.equal(rows[0].sources, rows[0].body.sources.length, 'no source twice');
    assert.equal(new Set(rows[0].body.sources.map((source: { n: number }) => source.n)).size, rows[0].body.sources.length);
    assert.equal(rows[0].attempts, 2);
  } finally {
    await pool.end();
  }
});

test('scale: SIGTERM stops every web and worker process cleanly (exit code 0)', { skip, timeout: 60_000 }, async () => {
  const running = [...webs, ...workers].filter((process) => !stopped.has(process));
  const codes = await Promise.all(running.map(async (process) => {
    const code = await process.stop('SIGTERM');
    stopped.add(process);
    return code;
  }));
  assert.deepEqual(codes, running.map(() => 0), running.map((process) => process.output().slice(-500)).join('\n---\n'));
});
