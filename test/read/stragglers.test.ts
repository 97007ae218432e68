import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentInput, SearchHit } from '../../src/contracts/types.ts';
import type { RemoteReader } from '../../src/pipeline/read/index.ts';
import { readRemoteHits } from '../../src/pipeline/read/read-remote-hits.ts';

const hit = (n: number): SearchHit => ({ url: `https://outlet${n}.example/story`, title: `Story ${n}`, snippet: '', provider: 'fake', score: 1 / n });
const page = (n: number): DocumentInput => ({ url: `https://outlet${n}.example/story`, title: `Story ${n}`, outlet: `Outlet ${n}`, fetchedAt: '2026-11-22T00:00:00.000Z', kind: 'news', text: `Story number ${n} has its own distinct words about topic ${n} and nothing else in common with the others, alpha${n} beta${n} gamma${n}.`, origin: 'test' });

test('a page still loading after most are in is skipped with a reason instead of holding the report', async () => {
  let aborted = false;
  const reader: RemoteReader = (candidate, signal) => {
    const n = Number(candidate.url.match(/outlet(\d+)/)![1]);
    if (n === 4) {
      return new Promise((resolve) => signal?.addEventListener('abort', () => {
        aborted = true;
        resolve({ ok: false, reason: 'aborted' });
      }));
    }
    return Promise.resolve({ ok: true, document: page(n) });
  };
  const started = Date.now();
  const result = await readRemoteHits({ hits: [1, 2, 3, 4].map(hit), readRemote: reader, graceMs: 50, onPage: () => {} });
  assert.ok(Date.now() - started < 2000, 'did not wait for the slow page');
  assert.deepEqual(result.inputs.map((input) => input.title), ['Story 1', 'Story 2', 'Story 3']);
  assert.equal(result.skipped.length, 1);
  assert.match(result.skipped[0].reason, /still loading 0.05 s after most pages were in/);
  assert.ok(aborted, 'the slow read was told to stop');
});

test('when every page answers, none is cut off', async () => {
  const reader: RemoteReader = async (candidate) => ({ ok: true, document: page(Number(candidate.url.match(/outlet(\d+)/)![1])) });
  const result = await readRemoteHits({ hits: [1, 2, 3].map(hit), readRemote: reader, graceMs: 1, onPage: () => {} });
  assert.equal(result.inputs.length, 3);
  assert.equal(result.skipped.length, 0);
});
