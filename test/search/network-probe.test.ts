// The network probe for keyless providers: any HTTP answer means online; a failure is offline with why;
// answers are remembered (in memory and in a file) for a while so each run does not ask again.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { probeNetwork } from '../../src/adapters/search-providers/network-probe.ts';

const file = () => path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-probe-')), 'probe.json');

test('any answer, even an error status, means online; the answer is remembered', async () => {
  let calls = 0;
  const fetch = (async () => {
    calls += 1;
    return new Response('nope', { status: 503 });
  }) as typeof globalThis.fetch;
  const cacheFile = file();
  const first = await probeNetwork({ url: 'https://wiki.probe-a.test/w/api.php', fetch, cacheFile });
  assert.deepEqual([first.online, first.cached, first.detail], [true, false, 'wiki.probe-a.test answered']);
  const second = await probeNetwork({ url: 'https://wiki.probe-a.test/w/api.php', fetch, cacheFile });
  assert.equal(second.cached, true);
  assert.equal(calls, 1);
  assert.equal(JSON.parse(readFileSync(cacheFile, 'utf8'))['https://wiki.probe-a.test/w/api.php'].online, true);
});

test('no network is offline with the reason, trusted for a minute only', async () => {
  const cacheFile = file();
  const failing = (async () => {
    throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
  }) as typeof globalThis.fetch;
  const now = new Date('2026-11-22T10:00:00Z');
  const answer = await probeNetwork({ url: 'https://probe-b.test/', fetch: failing, cacheFile, clock: () => now });
  assert.deepEqual([answer.online, answer.detail], [false, 'probe-b.test could not be reached (ENOTFOUND)']);
  const later = await probeNetwork({ url: 'https://probe-b.test/', fetch: async () => new Response(''), cacheFile, clock: () => new Date(now.getTime() + 120_000) });
  assert.deepEqual([later.online, later.cached], [true, false]);
});

test('an answer another run left in the file is used without asking', async () => {
  const cacheFile = file();
  writeFileSync(cacheFile, JSON.stringify({ 'https://probe-c.test/': { online: true, detail: 'probe-c.test answered', checkedAt: '2026-11-22T10:00:00.000Z' } }));
  const neverCalled = (async () => assert.fail('the file answers')) as typeof globalThis.fetch;
  const answer = await probeNetwork({ url: 'https://probe-c.test/', fetch: neverCalled, cacheFile, clock: () => new Date('2026-11-22T10:05:00Z') });
  assert.deepEqual([answer.online, answer.cached], [true, true]);
});
