// A PostgreSQL outage from the outside: `crosscheck serve --no-jobs` and `crosscheck worker` reach the
// database through a TCP proxy that the test cuts. During the outage every health route answers within
// a bounded time (/readyz 503, /healthz 200) and asking answers 503 with Retry-After (not 500, not a
// hang); once the database is back both recover by themselves and make a report, without leaked LISTEN
// connections; SIGTERM then exits in bounded time. Both outages are played: connections reset (a
// restart) and connections silenced for good (a partition, the state that used to stick).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { createPostgresStore } from '../../src/adapters/store/postgres/postgres-store.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../support/pg-test-database.ts';
import { freePort, type OutageMode, startTcpProxy } from '../support/tcp-proxy.ts';
import { type Spawned, spawnCrosscheck, waitFor } from '../scale/processes.ts';

const database = await createTestDatabase('crosscheck_outage');
const skip = 'skip' in database ? database.skip : undefined;
const db = database as TestDatabase;
const running: Spawned[] = [];
const proxies: { close(): Promise<void> }[] = [];

after(async () => {
  await Promise.all(running.map((process) => process.stop('SIGKILL')));
  await Promise.all(proxies.map((proxy) => proxy.close()));
  if (!skip) await db.drop();
});

async function timedFetch(url: string, init: RequestInit = {}): Promise<{ status: number; ms: number; headers: Headers; body: string }> {
  const started = Date.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
  const body = await response.text();
  return { status: response.status, ms: Date.now() - started, headers: response.headers, body };
}

const ask = (web: Spawned, question: string) =>
  timedFetch(`${web.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });

/** Sessions on the test database LISTENing for progress events (one per process when nothing leaks). */
async function listenSessions(): Promise<number> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN crosscheck_events'");
    return rows[0].n;
  } finally {
    await client.end();
  }
}

async function outage(mode: OutageMode) {
  const proxy = await startTcpProxy({ host: new URL(db.url).hostname, port: Number(new URL(db.url).port || 5432) });
  proxies.push(proxy);
  const port = await freePort();
  const env = {
    DATABASE_URL: proxy.url(db.url), CROSSCHECK_MODEL: 'none', CROSSCHECK_WEB: 'off', CROSSCHECK_BASE_URL: `http://127.0.0.1:${port}`,
    CROSSCHECK_DB_CONNECT_TIMEOUT_SECONDS: '2', CROSSCHECK_DB_QUERY_TIMEOUT_SECONDS: '4', CROSSCHECK_SHUTDOWN_GRACE_SECONDS: '1',
    CROSSCHECK_QUEUE_MONITOR_SECONDS: '1', CROSSCHECK_JOB_RETRY_DELAY_SECONDS: '1', CROSSCHECK_PGBOSS_SCHEMA: `boss_${mode}`,
  };
  const web = await spawnCrosscheck('web', ['serve', '--port', String(port), '--no-jobs'], env, /serving on (http:\/\/\S+)/);
  const worker = await spawnCrosscheck('worker', ['worker', '--port', '0'], env, /health on (http:\/\/\S+)/);
  running.push(web, worker);
  const ready = (process: Spawned) => waitFor(`${process.role} ready`, async () => ((await fetch(`${process.url}/readyz`)).ok ? true : undefined), 30_000, 200);
  await Promise.all([ready(web), ready(worker)]);
  const before = await ask(web, `What did Hungary say about NATO before the ${mode} outage?`);
  assert.equal(before.status, 202);

  proxy.cut(mode);
  for (const process of [web, worker]) {
    const readiness = await waitFor(`${process.role} to say not ready`, async () => {
      const answer = await timedFetch(`${process.url}/readyz`);
      assert.ok(answer.ms < 4000, `${process.role} /readyz answered in ${answer.ms} ms`);
      return answer.status === 503 ? answer : undefined;
    }, 20_000, 200);
    assert.match(readiness.body, /"ready":false/);
    const health = await timedFetch(`${process.url}/healthz`);
    assert.deepEqual([health.status, health.ms < 1000], [200, true]);
  }
  const refused = await ask(web, `What did Poland say about NATO during the ${mode} outage?`);
  assert.equal(refused.status, 503, `asking during the outage: ${refused.status} ${refused.body}`);
  assert.ok(Number(refused.headers.get('retry-after')) > 0, 'with Retry-After');
  assert.ok(refused.ms < 12_000, `answered in ${refused.ms} ms`);

  proxy.restore();
  const restored = Date.now();
  await Promise.all([ready(web), ready(worker)]);
  const recoveredMs = Date.now() - restored;
  const afterwards = await waitFor('an ask to be accepted again', async () => {
    const answer = await ask(web, `What did Germany say about NATO after the ${mode} outage?`);
    return answer.status === 202 ? answer : undefined;
  }, 30_000, 500);
  const { id } = JSON.parse(afterwards.body) as { id: string };
  const done = await waitFor('the report asked after the outage', async () => {
    const state = JSON.parse((await timedFetch(`${web.url}/api/reports/${id}`)).body) as { status: string };
    return state.status === 'done' || state.status === 'failed' ? state.status : undefined;
  }, 40_000, 300);
  assert.equal(done, 'done');
  assert.ok(recoveredMs < 20_000, `ready again ${recoveredMs} ms after the database came back`);
  await waitFor('one LISTEN session per process', async () => ((await listenSessions()) === 2 ? true : undefined), 20_000, 250);

  const stopping = Date.now();
  const codes = await Promise.all([web.stop('SIGTERM'), worker.stop('SIGTERM')]);
  assert.deepEqual(codes, [0, 0]);
  assert.ok(Date.now() - stopping < 15_000, `stopped in ${Date.now() - stopping} ms`);
  running.length = 0;
}

test('PostgreSQL outage (connections reset): bounded answers during it, recovery by itself after, clean stop', { skip, timeout: 180_000 }, async () => {
  const seed = await createPostgresStore({ connectionString: db.url, maxConnections: 2 });
  await seed.upsertDocuments(NATO_CORPUS);
  await seed.close();
  await outage('reset');
});

test('PostgreSQL outage (connections silenced for good): the same, with no process stuck on a dead connection', { skip, timeout: 180_000 }, async () => {
  await outage('blackhole');
});
