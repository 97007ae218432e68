// Report jobs when the store fails under them: a full disk while a report stores what it read ends the
// job failed at once (not retried, not left running) with the real cause, and the store keeps working.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { createInProcessEventBus } from '../../src/adapters/queue/in-process-event-bus.ts';
import { createInProcessQueue } from '../../src/adapters/queue/in-process-queue.ts';
import { createReportJob, engineReportMaker } from '../../src/runtime/jobs/report-job.ts';
import type { Engine } from '../../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { fakeSearchProvider } from '../support/fakes.ts';
import { fixedClock, NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';

const directory = mkdtempSync(path.join(tmpdir(), 'crosscheck-job-faults-'));
after(() => rmSync(directory, { recursive: true, force: true }));

test('disk full while a report stores a web page: the job fails once with the real cause, and the store is usable after', { timeout: 30_000 }, async () => {
  const store = createSqliteStore({ file: path.join(directory, 'full.db') });
  await store.upsertDocuments(NATO_CORPUS);
  const url = 'https://news.example/enlargement-long-read';
  const web = fakeSearchProvider({ id: 'web', hits: [{ url, title: 'Enlargement, the long read', snippet: 'NATO enlargement', provider: 'web', score: 1 }] });
  let reads = 0;
  const engine: Engine = {
    providers: [createLocalCorpusSearch({ store }), web],
    readRemote: async () => {
      reads++;
      const text = Array.from({ length: 500 }, (_, index) => `Paragraph ${index}: Hungary and Poland discussed Ukraine joining NATO at length.`).join('\n\n');
      return { ok: true, document: { url, title: 'Enlargement, the long read', outlet: 'news.example', kind: 'news', text, fetchedAt: '2026-11-22T09:00:00.000Z', origin: 'web' } };
    },
  };
  const events = createInProcessEventBus();
  const job = createReportJob({ jobs: store, events, makeReport: engineReportMaker(engine, store, fixedClock), clock: fixedClock, retries: 2 });
  const errors: unknown[] = [];
  let made = 0;
  const queue = createInProcessQueue({ jobs: store, job, clock: fixedClock, newId: () => (++made === 1 ? 'rep_full' : `rep_again${made}`), onError: (error) => errors.push(error) });
  const pages = Number((store.db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count);
  store.db.exec(`PRAGMA max_page_count = ${pages + 3}`);

  await queue.enqueue({ question: NATO_QUESTION });
  await queue.idle();
  const failed = await store.getJob('rep_full');
  assert.equal(failed?.status, 'failed');
  assert.match(failed?.reason ?? '', /store is full/);
  assert.doesNotMatch(failed?.reason ?? '', /rollback/i);
  assert.equal(reads, 1, 'a full disk is not retried');
  assert.deepEqual(errors, [], 'the job ended through onFailed, not as a crash');
  const final = (await store.listEvents('rep_full')).at(-1);
  assert.equal(final?.type, 'error');
  assert.equal(await store.getReport('rep_full'), undefined, 'no report published');
  assert.equal(store.db.isTransaction, false);

  store.db.exec('PRAGMA max_page_count = 1073741823');
  await queue.enqueue({ question: NATO_QUESTION });
  await queue.idle();
  assert.equal((await store.listActiveJobs()).length, 0);
  assert.ok((await store.listReports({ limit: 5 })).length === 1, 'with space again, the same question makes its report');
  await queue.close();
  await store.close();
});
