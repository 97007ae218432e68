// #15 item 6: reports made in worker threads, each with its own store connection and engine.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, test } from 'node:test';
import { ShutdownError } from '../../src/contracts/job.ts';
import { createReportThreadPool, reportThreadsFromEnv } from '../../src/runtime/jobs/report-thread-pool.ts';
import type { ProgressEvent } from '../../src/contracts/types.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { storeFileWith } from '../support/fakes.ts';
import { QuestionError } from '../../src/pipeline/understand/question-error.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';
import { tempDir } from '../ingest/fixtures.ts';

const temp = tempDir('crosscheck-thread-pool-');
after(temp.cleanup);
const ENV = { CROSSCHECK_MODEL: 'none' };

const storeFile = (name: string) => storeFileWith(path.join(temp.dir, name), NATO_CORPUS);

test('thread pool: reports run on both threads, stream their progress and are stored under the job id', async () => {
  const file = await storeFile('pool.db');
  const pool = createReportThreadPool({ threads: 2, storeFile: file, env: ENV });
  try {
    const events = new Map<string, ProgressEvent[]>();
    const ids = ['rep_thread_a', 'rep_thread_b', 'rep_thread_c'];
    const questions = ['Which countries support Ukraine joining NATO?', 'Does Hungary support Ukraine joining NATO?', 'Does Poland back Ukraine joining NATO?'];
    const reports = ids.map((id, index) => {
      events.set(id, []);
      return pool.makeReport({ id, question: questions[index], onEvent: (event) => events.get(id)!.push(event) });
    });
    assert.deepEqual(pool.load().toSorted(), [1, 2], 'spread over the threads by load');
    const made = await Promise.all(reports);
    assert.deepEqual(made.map((report) => report.id), ids);
    assert.ok(made.every((report) => report.sources.length > 0), 'each report cites the corpus');
    for (const id of ids) {
      const types = events.get(id)!.map((event) => event.type);
      assert.equal(types[0], 'plan');
      assert.equal(types.at(-1), 'done');
    }
    const store = createSqliteStore({ file });
    for (const [index, id] of ids.entries()) assert.equal((await store.getReport(id))?.question, questions[index]);
    await store.close();
    assert.deepEqual(pool.load(), [0, 0]);
  } finally {
    await pool.close();
  }
});

test('thread pool: ready() resolves once every thread is started and warmed, and also once they have stopped', async () => {
  const file = await storeFile('ready.db');
  const pool = createReportThreadPool({ threads: 2, storeFile: file, env: ENV });
  try {
    await pool.ready();
    assert.deepEqual(pool.load(), [0, 0]);
    const report = await pool.makeReport({ id: 'rep_ready', question: 'Does Hungary support Ukraine joining NATO?', onEvent: () => {} });
    assert.ok(report.sources.length > 0);
  } finally {
    await pool.close();
  }
  await pool.ready();
});

test('thread pool: a bad question fails as a QuestionError, an abort as a shutdown, a closed pool refuses', async () => {
  const file = await storeFile('errors.db');
  const pool = createReportThreadPool({ threads: 1, storeFile: file, env: ENV });
  try {
    await assert.rejects(pool.makeReport({ id: 'rep_bad', question: '?', onEvent: () => {} }), QuestionError);
    const stopped = new AbortController();
    stopped.abort(new ShutdownError());
    await assert.rejects(pool.makeReport({ id: 'rep_stopped', question: 'Does Germany support Ukraine joining NATO?', onEvent: () => {}, signal: stopped.signal }), ShutdownError);
    // Stopped while running: the thread either stops it (a shutdown error) or it was already stored whole, never half-made.
    const controller = new AbortController();
    const outcome = await pool.makeReport({ id: 'rep_stop', question: 'Does Germany support Ukraine joining NATO?', onEvent: () => controller.abort(new ShutdownError()), signal: controller.signal })
      .then((report) => report, (error: unknown) => error);
    const store = createSqliteStore({ file });
    const stored = await store.getReport('rep_stop');
    await store.close();
    if (outcome instanceof Error) {
      assert.ok(outcome instanceof ShutdownError, `stopped as a shutdown, not ${outcome.name}: ${outcome.message}`);
      assert.equal(stored, undefined, 'a stopped report is not published');
    } else {
      assert.ok(stored && stored.sources.length > 0, 'a report that finished before the stop reached its thread is stored whole');
    }
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.makeReport({ id: 'rep_late', question: 'Does Poland support Ukraine joining NATO?', onEvent: () => {} }), ShutdownError);
});

test('thread pool: settings it cannot honour are refused with what to fix', () => {
  assert.throws(() => createReportThreadPool({ threads: 0, storeFile: 'x.db', env: {} }), /whole number ≥ 1/);
  assert.throws(() => createReportThreadPool({ threads: 1, storeFile: ':memory:', env: {} }), /store file/);
  assert.equal(reportThreadsFromEnv({}), 0);
  assert.equal(reportThreadsFromEnv({ CROSSCHECK_REPORT_THREADS: ' 2 ' }), 2);
  assert.throws(() => reportThreadsFromEnv({ CROSSCHECK_REPORT_THREADS: 'two' }), /CROSSCHECK_REPORT_THREADS must be a whole number from 0 to 64 \(got "two"\)/);
});
