import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredEvent } from '../../src/contracts/ports.ts';
import type { ProgressEvent } from '../../src/contracts/types.ts';
import { askThroughJob } from '../../src/runtime/jobs/ask-through-job.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { QuestionError } from '../../src/pipeline/understand/index.ts';
import { memoryStore } from '../support/fakes.ts';
import { NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';

test('ask makes its report through the report job: a stored job, done, with every progress event stored and relayed live', async () => {
  const store = await memoryStore(NATO_CORPUS);
  const live: ProgressEvent[] = [];
  const report = await askThroughJob({ store, engine: { providers: [createLocalCorpusSearch({ store })] }, question: NATO_QUESTION, onEvent: (event) => live.push(event) });
  assert.equal((await store.getReport(report.id))?.question, NATO_QUESTION);
  const job = await store.getJob(report.id);
  assert.equal(job?.status, 'done', 'the report id is the job id');
  const stored = await store.listEvents(report.id);
  assert.ok(stored.length > 3);
  assert.deepEqual(live.map((event) => event.type), stored.map((event) => event.type), 'relayed live in the stored order');
  assert.equal(live[0].type, 'plan');
  assert.equal(live.at(-1)?.type, 'done');
});

test('a refused question stays a QuestionError; a failure ends the job failed with its reason and reaches the caller as itself', async () => {
  const store = await memoryStore();
  await assert.rejects(() => askThroughJob({ store, engine: { providers: [] }, question: '   ' }), QuestionError);
  const full = await memoryStore(NATO_CORPUS);
  const saving = { ...full, saveReport: async () => { throw new Error('the disk is full'); } };
  const live: StoredEvent[] = [];
  await assert.rejects(
    () => askThroughJob({ store: saving, engine: { providers: [createLocalCorpusSearch({ store: full })] }, question: NATO_QUESTION, onEvent: (event) => live.push(event as StoredEvent) }),
    /the disk is full/,
  );
  const id = live[0].reportId;
  const job = await full.getJob(id);
  assert.equal(job?.status, 'failed');
  assert.match(job?.reason ?? '', /The report could not be made: the disk is full/);
  assert.equal(live.at(-1)?.type, 'error', 'the failure is the last event, as on the website');
  assert.deepEqual(await full.listActiveJobs(), [], 'no job is left queued or running');
});
