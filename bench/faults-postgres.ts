// The PostgreSQL fault scenarios of the faults bench: an outage (connections reset, then silenced for
// good) under a web process and a worker reached through a TCP proxy, and a worker killed with SIGKILL
// mid-report. Skipped, with a line saying so, when PostgreSQL is not reachable.
import { createPostgresStore } from '../src/adapters/store/postgres/postgres-store.ts';
import { NATO_CORPUS } from '../test/support/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../test/support/pg-test-database.ts';
import { startSlowSearxng } from '../test/support/slow-searxng.ts';
import { freePort, type OutageMode, startTcpProxy } from '../test/support/tcp-proxy.ts';
import { type Spawned, spawnCrosscheck, waitFor } from '../test/scale/processes.ts';
import type { FaultOutcome } from './bench-types.ts';

const OUTAGE_MS = 5000;

async function ask(web: Spawned, question: string): Promise<{ status: number; id?: string }> {
  const response = await fetch(`${web.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }), signal: AbortSignal.timeout(20_000) });
  const body = await response.json() as { id?: string };
  return { status: response.status, id: body.id };
}

const statusOf = async (web: Spawned, id: string) => ((await (await fetch(`${web.url}/api/reports/${id}`)).json()) as { status: string }).status;
const isReady = async (process: Spawned) => (await fetch(`${process.url}/readyz`, { signal: AbortSignal.timeout(5000) })).ok;

async function startPair(db: TestDatabase, databaseUrl: string, extra: Record<string, string>) {
  const port = await freePort();
  const env = {
    DATABASE_URL: databaseUrl, CROSSCHECK_MODEL: 'none', CROSSCHECK_WEB: 'off', CROSSCHECK_BASE_URL: `http://127.0.0.1:${port}`, CROSSCHECK_SHUTDOWN_GRACE_SECONDS: '1',
    CROSSCHECK_DB_CONNECT_TIMEOUT_SECONDS: '2', CROSSCHECK_DB_QUERY_TIMEOUT_SECONDS: '4', CROSSCHECK_JOB_RETRY_DELAY_SECONDS: '1', CROSSCHECK_REPORTS_PER_HOUR: '1000', ...extra,
  };
  const web = await spawnCrosscheck('web', ['serve', '--port', String(port), '--no-jobs'], env, /serving on (http:\/\/\S+)/);
  const worker = await spawnCrosscheck('worker', ['worker', '--port', '0'], env, /health on (http:\/\/\S+)/);
  void db;
  return { web, worker, env };
}

async function outage(db: TestDatabase, mode: OutageMode): Promise<FaultOutcome> {
  const proxy = await startTcpProxy({ host: new URL(db.url).hostname, port: Number(new URL(db.url).port || 5432) });
  const { web, worker } = await startPair(db, proxy.url(db.url), { CROSSCHECK_PGBOSS_SCHEMA: `boss_${mode}` });
  try {
    await waitFor('ready', async () => ((await isReady(web)) && (await isReady(worker)) ? true : undefined), 30_000, 200);
    const before = await Promise.all([1, 2, 3].map((index) => ask(web, `What did Hungary say about NATO, question ${index} before the ${mode} outage?`)));
    await Promise.all(before.map((job) => waitFor('a report before the outage', async () => ((await statusOf(web, job.id!)) === 'done' ? true : undefined), 30_000, 200)));
    proxy.cut(mode);
    const cutAt = Date.now();
    let refused = 0;
    while (Date.now() - cutAt < OUTAGE_MS) {
      const answer = await ask(web, `What did Poland say about NATO during the ${mode} outage?`).catch(() => ({ status: 0 }));
      if (answer.status === 503) refused++;
    }
    proxy.restore();
    const restoredAt = Date.now();
    let tries = 0;
    const accepted = await waitFor('an ask accepted again, and both processes ready', async () => {
      const answer = await ask(web, `What did Germany say about NATO after the ${mode} outage (${++tries})?`).catch(() => ({ status: 0, id: undefined }));
      return answer.status === 202 && (await isReady(worker).catch(() => false)) ? answer : undefined;
    }, 60_000, 100);
    const recoveryMs = Date.now() - restoredAt;
    await waitFor('the report asked after the outage', async () => ((await statusOf(web, accepted.id!)) === 'done' ? true : undefined), 60_000, 200);
    const kept = (await Promise.all(before.map((job) => statusOf(web, job.id!)))).filter((status) => status === 'done').length;
    return { scenario: `postgres-outage-${mode} (${OUTAGE_MS / 1000} s, web + worker)`, recoveryMs, lost: before.length - kept, detail: `${refused} asks during the outage answered 503; a report asked after recovery was made` };
  } finally {
    await Promise.all([web.stop('SIGTERM'), worker.stop('SIGTERM')]);
    await proxy.close();
  }
}

async function sigkillWorker(db: TestDatabase): Promise<FaultOutcome> {
  const searxng = await startSlowSearxng(3000);
  const { web, worker, env } = await startPair(db, db.url, { SEARXNG_URL: searxng.url, WIKIPEDIA_URL: 'off', GDELT_URL: 'off', CROSSCHECK_PGBOSS_SCHEMA: 'boss_kill' });
  const other = await spawnCrosscheck('worker', ['worker', '--port', '0'], env, /health on (http:\/\/\S+)/);
  try {
    await waitFor('ready', async () => ((await isReady(worker)) && (await isReady(other)) ? true : undefined), 30_000, 200);
    const job = await ask(web, 'What did Antony Blinken say about Ukraine becoming a NATO member?');
    const started = (process: Spawned, attempt: number) => process.logs().some((line) => line.message === 'report started' && line.reportId === job.id && line.attempt === attempt);
    const victim = await waitFor('a worker to take the report', async () => [worker, other].find((process) => started(process, 1)), 30_000, 50);
    const survivor = victim === worker ? other : worker;
    await victim.stop('SIGKILL');
    const killedAt = Date.now();
    await waitFor('the other worker to take it over', async () => (started(survivor, 2) ? true : undefined), 120_000, 100);
    const recoveryMs = Date.now() - killedAt;
    await waitFor('the report', async () => ((await statusOf(web, job.id!)) === 'done' ? true : undefined), 60_000, 200);
    return { scenario: 'sigkill-worker mid-report (heartbeat 10 s, monitor 5 s)', recoveryMs, lost: 0, detail: 'taken over by the other worker and made once' };
  } finally {
    await Promise.all([web.stop('SIGTERM'), worker.stop('SIGTERM'), other.stop('SIGTERM')]);
    await searxng.close();
  }
}

export async function runPostgresFaults(): Promise<FaultOutcome[]> {
  const database = await createTestDatabase('crosscheck_faults');
  if ('skip' in database) {
    console.log(`faults: PostgreSQL scenarios skipped: ${database.skip}`);
    return [];
  }
  try {
    const seed = await createPostgresStore({ connectionString: database.url, maxConnections: 2 });
    await seed.upsertDocuments(NATO_CORPUS);
    await seed.close();
    return [await outage(database, 'reset'), await outage(database, 'blackhole'), await sigkillWorker(database)];
  } finally {
    await database.drop({ allowOpen: true });
  }
}
