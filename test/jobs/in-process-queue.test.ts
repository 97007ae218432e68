import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredEvent } from '../../src/contracts/ports.ts';
import { askForReport } from '../../src/runtime/jobs/ask-for-report.ts';
import { createInProcessEventBus } from '../../src/adapters/queue/in-process-event-bus.ts';
import { createInProcessQueue } from '../../src/adapters/queue/in-process-queue.ts';
import { PermanentJobError } from '../../src/contracts/job.ts';
import { createReportJob, engineReportMaker, type MakeReport } from '../../src/runtime/jobs/report-job.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { QuestionError } from '../../src/pipeline/understand/index.ts';
import { memoryStore } from '../support/fakes.ts';
import { fixedClock, NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';
import { sampleReport } from '../support/sample-report.ts';

/** A promise with its resolve function, to hold a job mid-way. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

async function setup(makeReport: MakeReport, options: { concurrency?: number; retries?: number } = {}) {
  const store = await memoryStore();
  const events = createInProcessEventBus();
  const job = createReportJob({ jobs: store, events, makeReport, clock: fixedClock, retries: options.retries ?? 0 });
  let counter = 0;
  const queue = createInProcessQueue({ jobs: store, job, clock: fixedClock, concurrency: options.concurrency, newId: () => `rep_q${++counter}` });
  return { store, events, job, queue };
}

const succeed: MakeReport = async ({ id, question, onEvent }) => {
  onEvent({ type: 'plan', at: '2026-11-22T10:00:00.000Z', message: `Question about ${question}` });
  onEvent({ type: 'done', at: '2026-11-22T10:00:01.000Z', message: 'Report ready', data: { id, slug: `slug-${id}` } });
  return sampleReport({ id });
};

test('perform runs the pipeline under the job id, stores every event in order and publishes it live', async () => {
  const store = await memoryStore(NATO_CORPUS);
  const events = createInProcessEventBus();
  const live: StoredEvent[] = [];
  events.subscribe('rep_direct', (event) => live.push(event));
  const job = createReportJob({ jobs: store, events, makeReport: engineReportMaker({ providers: [createLocalCorpusSearch({ store })] }, store, fixedClock), clock: fixedClock });
  await store.createJob({ id: 'rep_direct', question: NATO_QUESTION, createdAt: '2026-11-22T10:00:00.000Z' });
  await job.perform({ id: 'rep_direct', question: NATO_QUESTION }, { attempt: 1 });
  const report = await store.getReport('rep_direct');
  assert.equal(report?.question, NATO_QUESTION, 'the report has the job id');
  const stored = await store.listEvents('rep_direct');
  assert.deepEqual(stored.map((event) => event.seq), stored.map((_, index) => index + 1), 'numbered 1..n');
  assert.equal(stored[0].type, 'plan');
  assert.equal(stored.at(-1)?.type, 'done');
  assert.ok(stored.some((event) => event.type === 'source-found'), 'sources found are streamed');
  assert.ok(stored.some((event) => event.type === 'section'), 'sections are streamed as they are written');
  assert.deepEqual(live.map((event) => event.seq), stored.map((event) => event.seq), 'published live, same order');
  const finished = await store.getJob('rep_direct');
  assert.equal(finished?.status, 'done');
  assert.equal(finished?.attempts, 1);
});

test('jobs run a bounded number at a time, and all finish', async () => {
  const held = gate();
  let running = 0;
  let most = 0;
  const { queue, store } = await setup(async (input) => {
    running++;
    most = Math.max(most, running);
    await held.opened;
    running--;
    return succeed(input);
  }, { concurrency: 2 });
  const jobs = await Promise.all(['One?', 'Two?', 'Three?', 'Four?'].map((question) => queue.enqueue({ question })));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(running, 2, 'two at a time');
  held.open();
  await queue.idle();
  assert.equal(most, 2);
  for (const { job } of jobs) assert.equal((await store.getJob(job.id))?.status, 'done');
});

test('the same question asked while it runs (or at the same moment) joins the running job', async () => {
  const held = gate();
  let made = 0;
  const { queue } = await setup(async (input) => {
    made++;
    await held.opened;
    return succeed(input);
  });
  const [first, second] = await Promise.all([queue.enqueue({ question: 'Is the sky blue?' }), queue.enqueue({ question: 'is the sky BLUE' })]);
  const third = await queue.enqueue({ question: 'Is the sky blue?' });
  assert.equal(first.joined, false);
  assert.deepEqual([second.job.id, second.joined], [first.job.id, true]);
  assert.deepEqual([third.job.id, third.joined], [first.job.id, true]);
  held.open();
  await queue.idle();
  assert.equal(made, 1);
});

test('a failed job ends as failed with its reason and an error event; a permanent error is not retried', async () => {
  let attempts = 0;
  const { queue, store } = await setup(async () => {
    attempts++;
    throw new PermanentJobError('the search index is corrupt');
  }, { retries: 2 });
  const { job } = await queue.enqueue({ question: 'Will it fail?' });
  await queue.idle();
  const failed = await store.getJob(job.id);
  assert.equal(failed?.status, 'failed');
  assert.equal(failed?.reason, 'The report could not be made: the search index is corrupt');
  assert.equal(attempts, 1);
  const events = await store.listEvents(job.id);
  assert.deepEqual(events.map((event) => [event.type, event.message]), [['error', 'The report could not be made: the search index is corrupt']]);
});

test('a retryable failure is tried again and can succeed', async () => {
  let attempts = 0;
  const { queue, store } = await setup(async (input) => {
    attempts++;
    if (attempts === 1) throw new Error('provider timed out');
    return succeed(input);
  }, { retries: 1 });
  const { job } = await queue.enqueue({ question: 'Try twice?' });
  await queue.idle();
  assert.equal(attempts, 2);
  const done = await store.getJob(job.id);
  assert.equal(done?.status, 'done');
  assert.equal(done?.attempts, 2);
});

test('unfinished jobs from a previous process are run again, or failed when interrupted too often', async () => {
  const { queue, store } = await setup(succeed, { retries: 1 });
  await store.createJob({ id: 'rep_old1', question: 'Interrupted once?', createdAt: '2026-11-22T09:00:00.000Z' });
  await store.updateJob('rep_old1', { status: 'running', at: '2026-11-22T09:00:01.000Z', attempts: 1 });
  await store.createJob({ id: 'rep_old2', question: 'Interrupted twice?', createdAt: '2026-11-22T09:00:00.000Z' });
  await store.updateJob('rep_old2', { status: 'running', at: '2026-11-22T09:00:01.000Z', attempts: 2 });
  assert.equal(await queue.recover(), 2);
  await queue.idle();
  assert.equal((await store.getJob('rep_old1'))?.status, 'done');
  const gaveUp = await store.getJob('rep_old2');
  assert.equal(gaveUp?.status, 'failed');
  assert.match(gaveUp?.reason ?? '', /interrupted by a restart/);
});

test('a bad question is refused before anything is queued', async () => {
  const { queue, store } = await setup(succeed);
  await assert.rejects(() => queue.enqueue({ question: '   ' }), QuestionError);
  await assert.rejects(() => queue.enqueue({ question: 'x'.repeat(600) }), /keep it under 500/);
  assert.deepEqual(await store.listActiveJobs(), []);
});

test('asking opens the published report for the same question, unless a recheck is asked for; the limit applies only to new jobs', async () => {
  const { queue, store } = await setup(succeed);
  await store.saveReport(sampleReport({ id: 'rep_done', slug: 'done', question: 'Does the sample question work?' }));
  let admitted = 0;
  const admit = () => {
    admitted++;
    return admitted > 1 ? { ok: false as const, retryAfterSeconds: 60 } : { ok: true as const };
  };
  const existing = await askForReport({ archive: store, queue, question: 'does the sample question work', admit });
  assert.equal(existing.kind, 'existing');
  assert.equal(admitted, 0, 'opening an existing report costs nothing');
  const recheck = await askForReport({ archive: store, queue, question: 'Does the sample question work?', recheck: true, admit });
  assert.equal(recheck.kind, 'started');
  const limited = await askForReport({ archive: store, queue, question: 'Something new?', admit });
  assert.deepEqual(limited, { kind: 'limited', retryAfterSeconds: 60 });
  await queue.idle();
});

test('asking a question whose report is older than the freshness window checks it again; inside the window it opens the report', async () => {
  const { store, queue } = await setup(succeed);
  await store.saveReport(sampleReport({ id: 'rep_old', checkedAt: '2026-10-01T00:00:00.000Z' }));
  const now = new Date('2026-11-22T10:00:00.000Z');
  const fresh = await askForReport({ archive: store, queue, question: 'Does the sample question work?', freshFor: { days: 60, now } });
  assert.equal(fresh.kind, 'existing');
  const stale = await askForReport({ archive: store, queue, question: 'Does the sample question work?', freshFor: { days: 30, now } });
  assert.equal(stale.kind, 'started', 'a 52-day-old report is past a 30-day window');
  await queue.idle();
});
