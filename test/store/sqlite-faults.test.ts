// The embedded store under faults, seen from the user's side: another process holding the write lock
// (a long ingest) makes the API answer 503 with Retry-After without freezing the server, and the store
// works again once the lock is gone; a full disk (SQLite at its size limit: PRAGMA max_page_count, as a
// small filesystem would) is reported as itself, not as "cannot rollback", and leaves the store usable.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { after, test } from 'node:test';
import { retryWhileBusy } from '../../src/adapters/store/sqlite/sqlite-guard.ts';
import { jobsFileOf } from '../../src/adapters/store/sqlite/jobs-file.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { StoreFullError, StoreUnavailableError } from '../../src/adapters/store/store-errors.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';
import { webHarness } from '../web/web-harness.ts';

const directory = mkdtempSync(path.join(tmpdir(), 'crosscheck-sqlite-faults-'));
after(() => rmSync(directory, { recursive: true, force: true }));
let files = 0;
const nextFile = () => path.join(directory, `store-${++files}.db`);

/** Another process that takes the write lock of these files (BEGIN IMMEDIATE) and holds it until released. */
async function lockInAnotherProcess(...files: string[]) {
  const script = `
    const { DatabaseSync } = require('node:sqlite');
    const dbs = process.argv.slice(1).map((file) => new DatabaseSync(file));
    for (const db of dbs) db.exec('PRAGMA busy_timeout = 5000; BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    process.stdin.once('data', () => { for (const db of dbs) { db.exec('COMMIT'); db.close(); } process.exit(0); });`;
  const child = spawn(process.execPath, ['-e', script, ...files], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the locking process exited (${code})`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    async release() {
      child.stdin.write('release\n');
      await exited;
    },
  };
}

test('SQLite busy: a write lock held by another process gets 503 with Retry-After, the event loop keeps running, and the next ask works', { timeout: 30_000 }, async () => {
  const file = nextFile();
  const store = createSqliteStore({ file, busyWaitMs: 800 });
  await store.upsertDocuments(NATO_CORPUS);
  const harness = await webHarness({ store });
  // Queuing a report writes to the jobs file (jobs-file.ts): the other process holds both files' locks.
  const lock = await lockInAnotherProcess(file, jobsFileOf(file));
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = Date.now();
  const busy = await harness.request('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'What did Hungary say about Ukraine joining NATO?' }) });
  const waited = Date.now() - started;
  delay.disable();
  await lock.release();
  assert.equal(busy.status, 503);
  assert.equal(busy.headers.get('retry-after'), '2');
  assert.equal((await busy.json()).error.id, 'store-unavailable');
  assert.ok(waited >= 500 && waited < 3000, `answered after waiting about the busy budget (${waited} ms)`);
  assert.ok(delay.max / 1e6 < 250, `the event loop was never blocked for long (longest pause ${Math.round(delay.max / 1e6)} ms)`);
  const after = await harness.request('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'What did Hungary say about Ukraine joining NATO?' }) });
  assert.equal(after.status, 202);
  await harness.queue.idle();
  await store.close();
});

test('SQLite busy: a write waits, without blocking, for a lock released within the budget', { timeout: 30_000 }, async () => {
  const file = nextFile();
  const store = createSqliteStore({ file });
  const lock = await lockInAnotherProcess(jobsFileOf(file));
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 20);
  // Released by a timer: with a blocking busy wait the timer could not fire before SQLite gave up.
  const release = new Promise((resolve) => setTimeout(() => resolve(lock.release()), 400));
  const job = await store.createJob({ id: 'rep_waits', question: 'Does a write wait for the lock?', createdAt: '2026-11-22T10:00:00.000Z' });
  clearInterval(ticker);
  await release;
  assert.equal(job.id, 'rep_waits');
  assert.ok(ticks >= 10, `timers kept firing while the write waited (${ticks} ticks)`);
  await store.close();
});

test('retryWhileBusy: gives up after its budget with a StoreUnavailableError; other errors pass at once', async () => {
  const locked = Object.assign(new Error('database is locked'), { errcode: 5 });
  let now = 0;
  let calls = 0;
  const sleep = async (ms: number) => {
    now += ms;
  };
  await assert.rejects(retryWhileBusy(() => {
    calls++;
    throw locked;
  }, { budgetMs: 1000, sleep, now: () => now }), (error: unknown) => error instanceof StoreUnavailableError && error.retryAfterSeconds === 2 && error.cause === locked);
  assert.ok(calls > 5 && now <= 1000, `${calls} attempts within the budget (${now} ms)`);
  calls = 0;
  await assert.rejects(retryWhileBusy(() => {
    calls++;
    throw new Error('no such table: nothing');
  }, { sleep, now: () => now }), /no such table/);
  assert.equal(calls, 1);
});

test('SQLite full: a write that does not fit fails with the real cause, rolls back, and the store stays usable', async () => {
  const store = createSqliteStore({ file: nextFile() });
  await store.upsertDocuments(NATO_CORPUS.slice(0, 2));
  // No free pages (the tables migrations dropped left some) for the write below to fill instead of growing the file.
  store.db.exec('VACUUM');
  const pages = Number((store.db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count);
  store.db.exec(`PRAGMA max_page_count = ${pages + 2}`);
  const huge = { ...NATO_CORPUS[2], url: 'https://example.org/huge', text: Array.from({ length: 400 }, (_, index) => `Paragraph ${index} about enlargement talks and their many delegations.`).join('\n\n') };
  await assert.rejects(store.upsertDocuments([huge]), (error: unknown) => {
    assert.ok(error instanceof StoreFullError, `a StoreFullError, got ${String(error)}`);
    assert.match(error.message, /full/);
    assert.doesNotMatch(error.message, /rollback/i);
    return true;
  });
  assert.equal(store.db.isTransaction, false, 'no transaction left open');
  assert.equal(await store.countDocuments(), 2, 'nothing of the failed write is stored');
  await store.recordView('rep_small');
  const job = await store.createJob({ id: 'rep_small', question: 'Does a small write still fit?', createdAt: '2026-11-22T10:00:00.000Z' });
  assert.equal(job.status, 'queued');
  store.db.exec('PRAGMA max_page_count = 1073741823');
  await store.upsertDocuments([huge]);
  assert.equal(await store.countDocuments(), 3, 'with space again, the same write succeeds');
  await store.close();
});
