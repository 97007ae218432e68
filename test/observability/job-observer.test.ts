import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../../src/interfaces/cli/main.ts';
import { createJobObserver, providerOfWarning } from '../../src/runtime/observability/job-observer.ts';
import { createLogger } from '../../src/runtime/observability/logger.ts';
import { createMetrics } from '../../src/runtime/observability/metrics.ts';
import { startOpsServer } from '../../src/runtime/observability/ops-server.ts';
import { fakeIo } from '../support/fake-io.ts';
import { sampleReport } from '../support/sample-report.ts';

test('the job observer logs every attempt with its report id and counts reports, stages, provider errors and job events', async () => {
  const lines: string[] = [];
  const metrics = createMetrics();
  const observer = createJobObserver({ metrics, logger: createLogger({ write: (line) => lines.push(line) }) });
  const failing = observer.wrap({ name: 'report', retries: 1, perform: async () => { throw new Error('search down'); }, onFailed: async () => {} });
  await assert.rejects(() => failing.perform({ id: 'rep_1', question: 'Q?' }, { attempt: 1 }), /search down/);
  const report = sampleReport({ id: 'rep_1', warnings: ['brave: search failed for "x": HTTP 500', 'Only 2 sources found.'], stats: { ...sampleReport().stats, durationMs: { search: 1500, write: 20 } } });
  observer.onFinished({ id: 'rep_1', question: 'Q?' }, { status: 'done', report, attempt: 2 });
  observer.onFinished({ id: 'rep_2', question: 'R?' }, { status: 'failed', reason: 'The report could not be made: boom' });
  const logged = lines.map((line) => JSON.parse(line));
  assert.deepEqual(logged.map((entry) => [entry.message, entry.reportId]), [['report started', 'rep_1'], ['report attempt failed', 'rep_1'], ['report done', 'rep_1'], ['report failed', 'rep_2']]);
  const text = metrics.render();
  assert.match(text, /crosscheck_reports_total\{outcome="done"\} 1\ncrosscheck_reports_total\{outcome="failed"\} 1/);
  assert.match(text, /crosscheck_stage_duration_seconds_bucket\{stage="search",le="1"\} 0\ncrosscheck_stage_duration_seconds_bucket\{stage="search",le="2.5"\} 1/);
  assert.match(text, /crosscheck_provider_errors_total\{provider="brave"\} 1\n/);
  assert.match(text, /crosscheck_jobs_total\{event="started"\} 1\ncrosscheck_jobs_total\{event="completed"\} 1\ncrosscheck_jobs_total\{event="failed"\} 1/);
  assert.equal(providerOfWarning('Only 2 sources found.'), undefined);
  assert.equal(providerOfWarning('The model call failed, so this report was written extractively'), 'model');
});

test('the ops listener answers /healthz, /readyz (503 with the reason when not ready) and /metrics', async () => {
  let ready: { ok: true } | { ok: false; reason: string } = { ok: false, reason: 'loading the demo corpus' };
  const metrics = createMetrics();
  metrics.increment('crosscheck_jobs_total', { event: 'enqueued' });
  const ops = await startOpsServer({ port: 0, host: '127.0.0.1', metrics, checkReady: async () => ready });
  try {
    assert.deepEqual(await (await fetch(`${ops.url}/healthz`)).json(), { ok: true });
    const notReady = await fetch(`${ops.url}/readyz`);
    assert.deepEqual([notReady.status, await notReady.json()], [503, { ready: false, reason: 'loading the demo corpus' }]);
    ready = { ok: true };
    assert.equal((await fetch(`${ops.url}/readyz`)).status, 200);
    const scraped = await fetch(`${ops.url}/metrics`);
    assert.match(scraped.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    assert.match(await scraped.text(), /crosscheck_jobs_total\{event="enqueued"\} 1/);
  } finally {
    await ops.close();
  }
});

test('crosscheck worker: refuses to start without DATABASE_URL, and says what to set', async () => {
  const io = fakeIo(process.cwd(), { env: {} });
  assert.equal(await main(['worker'], io), 2);
  assert.match(io.err, /DATABASE_URL is not set/);
  const bad = fakeIo(process.cwd(), { env: { DATABASE_URL: 'mysql://x', CROSSCHECK_JOB_RETRIES: 'many' } });
  assert.equal(await main(['worker', '--concurrency', '0'], bad), 2);
  assert.match(bad.err, /CROSSCHECK_CONCURRENCY \(--concurrency\) must be a whole number from 1 to 32/);
  assert.match(bad.err, /DATABASE_URL must be a PostgreSQL URL/);
  assert.match(bad.err, /CROSSCHECK_JOB_RETRIES must be a whole number/);
  const help = fakeIo(process.cwd());
  assert.equal(await main(['worker', '--help'], help), 0);
  assert.match(help.out, /^Usage: crosscheck worker/);
});
