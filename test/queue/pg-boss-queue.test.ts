// The queue on PostgreSQL: pg-boss retries with backoff and ends a report that keeps failing as failed
// with its reason; an error marked permanent is not retried; two processes asking the same question at
// once make one job; progress published in one process reaches subscribers in another (LISTEN/NOTIFY),
// however large the event. Runs in a database of its own; skips when PostgreSQL is not reachable.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { StoredEvent } from '../../src/contracts/ports.ts';
import { PermanentJobError } from '../../src/contracts/job.ts';
import { createReportJob, type MakeReport } from '../../src/runtime/jobs/report-job.ts';
import { createPgBossQueue, startPgBoss, startPgBossWorker } from '../../src/adapters/queue/pg-boss-queue.ts';
import { createPostgresEventBus } from '../../src/adapters/queue/pg-event-bus.ts';
import { createPostgresStore, type PostgresStore } from '../../src/adapters/store/postgres/postgres-store.ts';
import { createTestDatabase, type TestDatabase } from '../support/pg-test-database.ts';
import { sampleReport } from '../support/sample-report.ts';

const database = await createTestDatabase('crosscheck_queue');
const skip = 'skip' in database ? database.skip : undefined;
const db = database as TestDatabase;
const opened: { close(): Promise<void> }[] = [];
let counter = 0;

after(async () => {
  for (const resource of opened.reverse()) await resource.close().catch(() => undefined);
  if (!skip) await db.drop();
});

async function openStore(): Promise<PostgresStore> {
  const store = await createPostgresStore({ connectionString: db.url, maxConnections: 4 });
  opened.push(store);
  return store;
}

/** A queue and a worker on their own pg-boss schema, running `makeReport`. */
async function queueWith(store: PostgresStore, makeReport: MakeReport, retries: number) {
  const events = createPostgresEventBus({ pool: store.pool, jobs: store });
  opened.push(events);
  const settings = { connectionString: db.url, schema: `boss_${++counter}`, retries, retryDelaySeconds: 1, heartbeatSeconds: 10, monitorSeconds: 1, expireSeconds: 60 };
  const boss = await startPgBoss(settings);
  const job = createReportJob({ jobs: store, events, makeReport, retries });
  const worker = startPgBossWorker({ boss, job, concurrency: 1 });
  opened.push({ close: () => worker.stop(1000) });
  return { queue: createPgBossQueue({ boss, jobs: store }), events };
}

/** Resolves with the report's final event (done or error), streamed live through the bus. */
function finalEvent(events: { subscribe: (id: string, listener: (event: StoredEvent) => void) => () => void }, id: string): Promise<StoredEvent> {
  return new Promise((resolve) => {
    const unsubscribe = events.subscribe(id, (event) => {
      if (event.type !== 'done' && event.type !== 'error') return;
      unsubscribe();
      resolve(event);
    });
  });
}

test('pg-boss: a report that keeps failing is retried with backoff, then ends failed with its reason', { skip, timeout: 60_000 }, async () => {
  const store = await openStore();
  const attempts: number[] = [];
  const { queue, events } = await queueWith(store, async ({ id, onEvent }) => {
    attempts.push(Date.now());
    onEvent({ type: 'plan', at: new Date().toISOString(), message: `attempt ${attempts.length} for ${id}` });
    throw new Error('the search service timed out');
  }, 2);
  const { job, joined } = await queue.enqueue({ question: 'Does the retry schedule back off?' });
  assert.equal(joined, false);
  const final = await finalEvent(events, job.id);
  assert.equal(final.type, 'error');
  assert.match(final.message, /the search service timed out/);
  assert.equal(attempts.length, 3, 'the first attempt and two retries');
  assert.ok(attempts[2] - attempts[1] >= attempts[1] - attempts[0] - 250 && attempts[1] - attempts[0] >= 900, `backoff between attempts: ${attempts.map((at) => at - attempts[0]).join(', ')} ms`);
  const stored = await store.getJob(job.id);
  assert.deepEqual([stored?.status, stored?.attempts], ['failed', 3]);
  assert.match(stored?.reason ?? '', /could not be made: the search service timed out/);
  assert.equal((await store.listEvents(job.id)).filter((event) => event.type === 'plan').length, 3);
});

test('pg-boss: an error marked permanent ends the report at once; a good report is made once', { skip, timeout: 60_000 }, async () => {
  const store = await openStore();
  let calls = 0;
  const { queue, events } = await queueWith(store, async ({ id, question, onEvent }) => {
    calls++;
    if (question.startsWith('Broken')) throw new PermanentJobError('the model setting is invalid');
    const report = sampleReport({ id, slug: `slug-${id}`, question, title: question });
    await store.saveReport(report);
    onEvent({ type: 'done', at: new Date().toISOString(), message: 'Report ready', data: { id, slug: report.slug } });
    return report;
  }, 3);
  const broken = await queue.enqueue({ question: 'Broken question about the model?' });
  assert.equal((await finalEvent(events, broken.job.id)).type, 'error');
  assert.equal(calls, 1, 'not retried');
  const good = await queue.enqueue({ question: 'Good question about the queue?' });
  assert.equal((await finalEvent(events, good.job.id)).type, 'done');
  assert.equal((await store.getJob(good.job.id))?.status, 'done');
  assert.equal((await store.getReport(good.job.id))?.id, good.job.id);
});

test('pg-boss: the same question queued by two processes at once makes one job; the other joins it', { skip, timeout: 60_000 }, async () => {
  const [first, second] = await Promise.all([openStore(), openStore()]);
  const hold = new Promise<never>(() => {});
  const a = await queueWith(first, () => hold, 0);
  const b = await queueWith(second, () => hold, 0);
  const results = await Promise.all(Array.from({ length: 6 }, (_, index) => (index % 2 ? a : b).queue.enqueue({ question: 'Is one job made for one question?' })));
  assert.equal(new Set(results.map((result) => result.job.id)).size, 1);
  assert.equal(results.filter((result) => !result.joined).length, 1);
  assert.equal((await first.listActiveJobs()).filter((job) => job.question === 'Is one job made for one question?').length, 1);
});

test('LISTEN/NOTIFY: an event stored and published by one process reaches another process\'s subscriber, large data and all', { skip, timeout: 30_000 }, async () => {
  const [writer, reader] = await Promise.all([openStore(), openStore()]);
  const publisher = createPostgresEventBus({ pool: writer.pool, jobs: writer });
  const subscriber = createPostgresEventBus({ pool: reader.pool, jobs: reader });
  opened.push(publisher, subscriber);
  await Promise.all([publisher.listening, subscriber.listening]);
  const received: StoredEvent[] = [];
  const arrived = new Promise<void>((resolve) => {
    subscriber.subscribe('rep_live', (event) => {
      received.push(event);
      if (received.length === 2) resolve();
    });
  });
  const big = { section: { heading: 'Long', text: 'x'.repeat(20_000) } };
  await publisher.publish(await writer.appendEvent('rep_live', { type: 'plan', at: '2026-11-22T10:00:00.000Z', message: 'Planning' }));
  await publisher.publish(await writer.appendEvent('rep_live', { type: 'section', at: '2026-11-22T10:00:01.000Z', message: 'Long', data: big }));
  await arrived;
  assert.deepEqual(received.map((event) => [event.seq, event.type]), [[1, 'plan'], [2, 'section']]);
  assert.deepEqual(received[1].data, big, 'the stored event, not the NOTIFY payload');
});
