import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogger } from '../../src/runtime/observability/logger.ts';
import { createMetrics } from '../../src/runtime/observability/metrics.ts';

test('logs are one JSON object per line, with child fields and a level threshold', () => {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => lines.push(line), clock: () => new Date('2026-11-22T00:00:00Z') });
  logger.debug('hidden');
  logger.child({ reportId: 'rep_1' }).info('stage done', { stage: 'search', error: new Error('boom') });
  assert.equal(lines.length, 1);
  const entry = JSON.parse(lines[0]);
  assert.deepEqual({ ...entry, error: entry.error.message }, { time: '2026-11-22T00:00:00.000Z', level: 'info', message: 'stage done', reportId: 'rep_1', stage: 'search', error: 'boom' });
  assert.ok(lines[0].endsWith('\n'));
});

test('metrics render counters and cumulative histogram buckets in the Prometheus text format', () => {
  const metrics = createMetrics();
  metrics.increment('crosscheck_reports_total', { outcome: 'done' });
  metrics.increment('crosscheck_reports_total', { outcome: 'done' });
  metrics.observe('crosscheck_stage_duration_seconds', 0.2, { stage: 'search' });
  metrics.observe('crosscheck_stage_duration_seconds', 3, { stage: 'search' });
  const text = metrics.render();
  assert.match(text, /# TYPE crosscheck_reports_total counter\ncrosscheck_reports_total\{outcome="done"\} 2\n/);
  assert.match(text, /crosscheck_stage_duration_seconds_bucket\{stage="search",le="0.25"\} 1\n/);
  assert.match(text, /crosscheck_stage_duration_seconds_bucket\{stage="search",le="5"\} 2\n/);
  assert.match(text, /crosscheck_stage_duration_seconds_bucket\{stage="search",le="\+Inf"\} 2\n/);
  assert.match(text, /crosscheck_stage_duration_seconds_sum\{stage="search"\} 3.2\n/);
  assert.throws(() => metrics.increment('not_defined'), /Unknown metric/);
  metrics.increment('crosscheck_provider_errors_total', { provider: 'a"b\\c' });
  assert.match(metrics.render(), /provider="a\\"b\\\\c"/);
});
