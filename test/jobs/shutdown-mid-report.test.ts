// SIGTERM while a report is being made, from the outside: `crosscheck serve` (embedded store) exits 0 in
// bounded time, publishes nothing half-made (no report, no "done"), and leaves the job for the next start,
// which picks it up and makes the whole report.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { createInProcessEventBus } from '../../src/adapters/queue/in-process-event-bus.ts';
import { ShutdownError } from '../../src/contracts/job.ts';
import { createReportJob } from '../../src/runtime/jobs/report-job.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { memoryStore } from '../support/fakes.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';
import { sampleReport } from '../support/sample-report.ts';
import { startSlowSearxng } from '../support/slow-searxng.ts';
import { spawnCrosscheck, waitFor } from '../scale/processes.ts';

const directory = mkdtempSync(path.join(tmpdir(), 'crosscheck-shutdown-'));
after(() => rmSync(directory, { recursive: true, force: true }));

const QUESTION = 'What did Hungary say about Ukraine joining NATO?';

function serveOn(file: string, searxngUrl: string) {
  return spawnCrosscheck('web', ['serve', '--port', '0', '--store', file], {
    CROSSCHECK_MODEL: 'none', SEARXNG_URL: searxngUrl, WIKIPEDIA_URL: 'off', GDELT_URL: 'off', CROSSCHECK_SHUTDOWN_GRACE_SECONDS: '0', CROSSCHECK_READ_AHEAD: 'off',
  }, /serving on (http:\/\/\S+)/);
}

async function reportState(url: string, id: string): Promise<{ status: string; events: { type: string }[]; report?: { sources: unknown[]; warnings: string[] } }> {
  return (await fetch(`${url}/api/reports/${id}`)).json();
}

test('SIGTERM mid-report: nothing half-made is published, the job is handed back and completed at the next start', { timeout: 90_000 }, async () => {
  const file = path.join(directory, 'store.db');
  const seeded = createSqliteStore({ file });
  await seeded.upsertDocuments(NATO_CORPUS);
  await seeded.close();
  const slow = await startSlowSearxng(10_000);
  const first = await serveOn(file, slow.url);
  const asked = await fetch(`${first.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: QUESTION }) });
  assert.equal(asked.status, 202);
  const { id } = await asked.json() as { id: string };
  await waitFor('the web search to be under way', async () => (slow.searches() > 0 ? true : undefined));
  const stopping = Date.now();
  assert.equal(await first.stop('SIGTERM'), 0);
  const stopMs = Date.now() - stopping;
  assert.ok(stopMs < 10_000, `stopped in ${stopMs} ms`);
  await slow.close();

  const store = createSqliteStore({ file });
  assert.equal(await store.getReport(id), undefined, 'no report was published');
  assert.equal((await store.getJob(id))?.status, 'running', 'the job is left for the next start');
  assert.ok(!(await store.listEvents(id)).some((event) => event.type === 'done'), 'no done event');
  await store.close();

  const fast = await startSlowSearxng(5);
  const second = await serveOn(file, fast.url);
  try {
    const done = await waitFor('the handed-back report to be made', async () => {
      const state = await reportState(second.url, id);
      return state.status === 'done' || state.status === 'failed' ? state : undefined;
    }, 60_000, 200);
    assert.equal(done.status, 'done');
    assert.ok((done.report?.sources.length ?? 0) > 0, 'the whole report, with its sources');
    assert.ok(!done.report?.warnings.some((warning) => /ran out of time|shutting down/.test(warning)), `no interruption warning: ${done.report?.warnings.join(' | ')}`);
  } finally {
    assert.equal(await second.stop('SIGTERM'), 0);
    await fast.close();
  }
});

test('a job stopped by a shutdown before its report is stored is handed back (throws the shutdown), never marked done', async () => {
  const store = await memoryStore();
  await store.createJob({ id: 'rep_stop', question: QUESTION, createdAt: '2026-11-22T10:00:00.000Z' });
  const controller = new AbortController();
  const job = createReportJob({
    jobs: store, events: createInProcessEventBus(), retries: 0,
    makeReport: async ({ id }) => {
      controller.abort(new ShutdownError());
      return sampleReport({ id });
    },
  });
  await assert.rejects(job.perform({ id: 'rep_stop', question: QUESTION }, { attempt: 1, signal: controller.signal }), (error: unknown) => error instanceof ShutdownError && /shutting down/.test(error.message));
  assert.equal((await store.getJob('rep_stop'))?.status, 'running');
  assert.equal(await store.getReport('rep_stop'), undefined);
});
