// The benchmark measures, checked against values worked out by hand (a wrong metric would mislead every table).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundsOf } from '../../bench/critical-path.ts';
import { ndcgAt, percentile, recallAt, rocAuc } from '../../bench/metrics.ts';

test('nDCG@k with binary gains: ideal order 1, a single hit at rank 3 is 1/log2(4) of ideal', () => {
  assert.equal(ndcgAt(['a', 'b', 'x'], new Set(['a', 'b']), 10), 1);
  assert.equal(ndcgAt(['x', 'y', 'a'], new Set(['a']), 10), 0.5);
  assert.equal(ndcgAt(['x', 'y', 'a'], new Set(['a']), 2), 0);
  assert.ok(Math.abs(ndcgAt(['a', 'x', 'b'], new Set(['a', 'b']), 10) - (1 + 0.5) / (1 + 1 / Math.log2(3))) < 1e-12);
});

test('recall@k counts each relevant id once', () => {
  assert.equal(recallAt(['a', 'a', 'x', 'b'], new Set(['a', 'b']), 3), 0.5);
  assert.equal(recallAt([], new Set(['a']), 3), 0);
});

test('ROC AUC: perfect, reversed, tied and mixed orders', () => {
  assert.equal(rocAuc([3, 4], [1, 2]), 1);
  assert.equal(rocAuc([1, 2], [3, 4]), 0);
  assert.equal(rocAuc([1, 1], [1, 1]), 0.5);
  // Pairs (p, n): (2,1) win, (2,3) loss, (4,1) win, (4,3) win → 3 of 4.
  assert.equal(rocAuc([2, 4], [1, 3]), 0.75);
  assert.ok(Number.isNaN(rocAuc([], [1])));
});

test('percentile interpolates between closest ranks', () => {
  assert.equal(percentile([4, 1, 3, 2], 50), 2.5);
  assert.equal(percentile([1, 2, 3, 4, 5], 95), 4.8);
  assert.equal(percentile([7], 95), 7);
});

test('critical-path bounds: found-at plus page latency, then stage barriers, then timeouts', () => {
  const bounds = boundsOf({
    searches: [{ latencyMs: 300, urls: ['a', 'b'] }, { latencyMs: 800, urls: ['b', 'c'] }],
    pages: [
      { url: 'a', latencyMs: 1000, ok: true, timedOut: false },
      { url: 'b', latencyMs: 200, ok: true, timedOut: false },
      { url: 'c', latencyMs: 15_000, ok: false, timedOut: true },
    ],
    model: { ms: 2000, tokens: 90, draftingMs: 1 },
  });
  assert.deepEqual(bounds, { criticalPathMs: 300 + 1000 + 2000, stagedMs: 800 + 1000 + 2000, stagedWithTimeoutsMs: 800 + 15_000 + 2000, timedOutPages: 1 });
});
