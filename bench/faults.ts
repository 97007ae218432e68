// Fault scenarios end to end (issue #13): each injects a fault, lets the system recover by itself, and
// reports how long recovery took and how much acknowledged data was lost (must be none). The SQLite and
// shutdown scenarios are here; the PostgreSQL ones in faults-postgres.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../src/adapters/store/sqlite/sqlite-store.ts';
import { StoreUnavailableError } from '../src/adapters/store/store-errors.ts';
import { NATO_CORPUS } from '../test/support/fixtures.ts';
import { startSlowSearxng } from '../test/support/slow-searxng.ts';
import { spawnCrosscheck, waitFor } from '../test/scale/processes.ts';
import { runPostgresFaults } from './faults-postgres.ts';
import type { FaultOutcome } from './bench-types.ts';
import type { BenchResult } from './bench-types.ts';
import { markdownTable } from './report-format.ts';

const JOB_AT = '2026-11-22T10:00:00.000Z';

async function holdLock(file: string) {
  const script = `const { DatabaseSync } = require('node:sqlite'); const db = new DatabaseSync(process.argv[1]);
    db.exec('PRAGMA busy_timeout = 5000; BEGIN IMMEDIATE'); process.stdout.write('locked\\n');
    process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });`;
  const child = spawn(process.execPath, ['-e', script, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return async () => {
    child.stdin.write('go\n');
    await exited;
  };
}

/** Another process holds the write lock for 3 s while this one keeps writing jobs. */
async function sqliteBusy(folder: string): Promise<FaultOutcome> {
  const store = createSqliteStore({ file: path.join(folder, 'busy.db'), busyWaitMs: 1000 });
  const release = await holdLock(path.join(folder, 'busy.db'));
  const acknowledged: string[] = [];
  let refused = 0;
  let longestPause = 0;
  let last = Date.now();
  const ticker = setInterval(() => {
    longestPause = Math.max(longestPause, Date.now() - last);
    last = Date.now();
  }, 10);
  const releasing = new Promise<number>((resolve) => setTimeout(() => void release().then(() => resolve(Date.now())), 3000));
  let releasedAt: number | undefined;
  void releasing.then((at) => {
    releasedAt = at;
  });
  let recoveredAt: number | undefined;
  for (let index = 0; recoveredAt === undefined; index++) {
    try {
      await store.createJob({ id: `rep_busy${index}`, question: `Busy question ${index}?`, createdAt: JOB_AT });
      acknowledged.push(`rep_busy${index}`);
      if (releasedAt !== undefined) recoveredAt = Date.now();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      refused++;
    }
  }
  clearInterval(ticker);
  const found = (await Promise.all(acknowledged.map((id) => store.getJob(id)))).filter(Boolean).length;
  await store.close();
  return { scenario: 'sqlite-busy (lock held 3 s by another process)', recoveryMs: recoveredAt - (releasedAt ?? recoveredAt), lost: acknowledged.length - found, detail: `${refused} writes answered "busy" (503), longest event-loop pause ${longestPause} ms` };
}

/** The store file reaches its size limit mid-write (PRAGMA max_page_count, as a full disk would). */
async function sqliteFull(folder: string): Promise<FaultOutcome> {
  const store = createSqliteStore({ file: path.join(folder, 'full.db') });
  await store.upsertDocuments(NATO_CORPUS);
  const pages = Number((store.db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count);
  store.db.exec(`PRAGMA max_page_count = ${pages + 2}`);
  const huge = { ...NATO_CORPUS[0], url: 'https://example.org/huge', text: Array.from({ length: 600 }, (_, index) => `Paragraph ${index} on the enlargement talks.`).join('\n\n') };
  const failure = await store.upsertDocuments([huge]).then(() => 'none', (error: Error) => `${error.name}: ${error.message.slice(0, 40)}…`);
  const freed = Date.now();
  store.db.exec('PRAGMA max_page_count = 1073741823');
  await store.upsertDocuments([huge]);
  const recoveryMs = Date.now() - freed;
  const lost = NATO_CORPUS.length + 1 - (await store.countDocuments());
  await store.close();
  return { scenario: 'sqlite-full (store at its size limit)', recoveryMs, lost, detail: `the write failed with ${failure}; the store stayed usable` };
}

/** SIGTERM while a report searches; the next start makes it, once and whole. */
async function sigtermMidReport(folder: string): Promise<FaultOutcome> {
  const file = path.join(folder, 'sigterm.db');
  const seeded = createSqliteStore({ file });
  await seeded.upsertDocuments(NATO_CORPUS);
  await seeded.close();
  const slow = await startSlowSearxng(10_000);
  const env = (url: string) => ({ CROSSCHECK_MODEL: 'none', SEARXNG_URL: url, WIKIPEDIA_URL: 'off', GDELT_URL: 'off', CROSSCHECK_SHUTDOWN_GRACE_SECONDS: '0' });
  const first = await spawnCrosscheck('web', ['serve', '--port', '0', '--store', file], env(slow.url), /serving on (http:\/\/\S+)/);
  const asked = await fetch(`${first.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'What did Hungary say about Ukraine joining NATO?' }) });
  const { id } = await asked.json() as { id: string };
  await waitFor('the search to start', async () => (slow.searches() > 0 ? true : undefined));
  await first.stop('SIGTERM');
  await slow.close();
  const between = createSqliteStore({ file });
  const halfMade = (await between.getReport(id)) ? 1 : 0;
  await between.close();
  const fast = await startSlowSearxng(5);
  const restarted = Date.now();
  const second = await spawnCrosscheck('web', ['serve', '--port', '0', '--store', file], env(fast.url), /serving on (http:\/\/\S+)/);
  try {
    await waitFor('the report', async () => ((await (await fetch(`${second.url}/api/reports/${id}`)).json()).status === 'done' ? true : undefined), 60_000, 100);
    return { scenario: 'sigterm-mid-report (embedded store)', recoveryMs: Date.now() - restarted, lost: 0, detail: `${halfMade} half-made report published; the job was resumed at the next start and made whole` };
  } finally {
    await second.stop('SIGTERM');
    await fast.close();
  }
}

export async function runFaultsBench(_options: { dataDir: string }): Promise<BenchResult> {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-faults-'));
  const outcomes: FaultOutcome[] = [];
  try {
    for (const scenario of [sqliteBusy, sqliteFull, sigtermMidReport]) {
      const outcome = await scenario(folder);
      outcomes.push(outcome);
      console.log(`faults: ${outcome.scenario}: recovered in ${(outcome.recoveryMs / 1000).toFixed(2)} s, data lost: ${outcome.lost} (${outcome.detail})`);
    }
    for (const outcome of await runPostgresFaults()) {
      outcomes.push(outcome);
      console.log(`faults: ${outcome.scenario}: recovered in ${(outcome.recoveryMs / 1000).toFixed(2)} s, data lost: ${outcome.lost} (${outcome.detail})`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const lost = outcomes.reduce((sum, outcome) => sum + outcome.lost, 0);
  return {
    name: 'faults',
    title: 'Fault injection: recovery time and data lost per scenario',
    table: markdownTable(['scenario', 'recovery', 'data lost', 'what happened'], outcomes.map((outcome) => [outcome.scenario, `${(outcome.recoveryMs / 1000).toFixed(2)} s`, String(outcome.lost), outcome.detail])),
    line: `${outcomes.length} fault scenarios, data lost: ${lost}`,
    summary: { measure: 'acknowledged data lost over the fault scenarios', target: '0', result: String(lost), met: lost === 0 },
  };
}
