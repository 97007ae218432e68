// GDELT DOC 2.0 at the wire: ArtList JSON, its query language, its plain-text errors, and its rate limit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGdelt, gdeltQuery } from '../../../src/adapters/search-providers/gdelt.ts';
import { json, localServer } from '../../fetch/local-server.ts';

const ANSWER = {
  articles: [
    { url: 'https://www.reuters.com/world/europe/nato-ukraine-2026-11-21/', url_mobile: '', title: 'NATO allies split on Ukraine ', seendate: '20261121T143000Z', socialimage: 'https://x/img.jpg', domain: 'reuters.com', language: 'English', sourcecountry: 'United States' },
    { url: 'https://www.dw.com/en/nato/a-1', url_mobile: '', title: 'Germany cautious', seendate: '20261120T090000Z', domain: 'dw.com', language: 'English', sourcecountry: 'Germany' },
  ],
};

test('required names become GDELT boolean syntax; without names, content words', () => {
  assert.equal(gdeltQuery({ query: 'x', required: [['NATO', 'North Atlantic Treaty Organization'], ['Ukraine']] }, 'english'), '(NATO OR "North Atlantic Treaty Organization") Ukraine sourcelang:english');
  assert.equal(gdeltQuery({ query: 'did the heatwave in spain break records' }), 'heatwave spain break records');
});

test('asks for ArtList JSON and parses articles with their seen dates', async () => {
  const server = await localServer((_request, response) => json(response, ANSWER));
  try {
    const provider = createGdelt({ baseUrl: `${server.origin}/api/v2/doc/doc`, userAgent: 'Crosscheck/0.1 (test)', fetch, timeoutMs: 2000, minIntervalMs: 0 });
    const { hits, warnings } = await provider.search({ query: 'nato ukraine', required: [['NATO'], ['Ukraine']], limit: 40 });
    const sent = new URL(server.requests[0].url, server.origin).searchParams;
    assert.equal(sent.get('mode'), 'ArtList');
    assert.equal(sent.get('format'), 'json');
    assert.equal(sent.get('maxrecords'), '40');
    assert.equal(sent.get('query'), 'NATO Ukraine sourcelang:english');
    assert.equal(server.requests[0].headers['user-agent'], 'Crosscheck/0.1 (test)');
    assert.deepEqual(warnings, []);
    assert.deepEqual(hits[0], { url: 'https://www.reuters.com/world/europe/nato-ukraine-2026-11-21/', title: 'NATO allies split on Ukraine', snippet: '', publishedAt: '2026-11-21T14:30:00.000Z', kind: 'news', provider: 'gdelt', score: 1 });
  } finally {
    await server.close();
  }
});

test('no match ({}) is empty; a plain-text refusal is a warning', async () => {
  const server = await localServer((request, response) => {
    if (request.url.includes('empty')) return json(response, {});
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('The specified phrase is too short.');
  });
  try {
    const provider = createGdelt({ baseUrl: server.origin, userAgent: 'ua', fetch, timeoutMs: 2000, minIntervalMs: 0 });
    assert.deepEqual(await provider.search({ query: 'empty things', limit: 5 }), { hits: [], warnings: [] });
    assert.deepEqual((await provider.search({ query: 'ab cd efg', limit: 5 })).warnings, ['GDELT refused the query: The specified phrase is too short.']);
  } finally {
    await server.close();
  }
});

test('identical queries share one request; different ones are spaced by the rate limit', async () => {
  const server = await localServer((_request, response) => json(response, ANSWER));
  const waits: number[] = [];
  let now = Date.parse('2026-11-22T10:00:00Z');
  try {
    const provider = createGdelt({ baseUrl: server.origin, userAgent: 'ua', fetch, timeoutMs: 2000, clock: () => new Date(now), sleep: async (ms) => void waits.push(ms) });
    const [first, second] = await Promise.all([
      provider.search({ query: 'a', required: [['NATO']], limit: 10 }),
      provider.search({ query: 'b', required: [['NATO']], limit: 10 }),
    ]);
    assert.equal(server.requests.length, 1, 'the same GDELT query is asked once');
    assert.deepEqual(first, second);
    await provider.search({ query: 'c', required: [['Ukraine']], limit: 10 });
    assert.equal(server.requests.length, 2);
    assert.deepEqual(waits, [5000], 'the second distinct query waited for its slot');
    now += 11 * 60_000;
    await provider.search({ query: 'a', required: [['NATO']], limit: 10 });
    assert.equal(server.requests.length, 3, 'the cached answer expired');
  } finally {
    await server.close();
  }
});

test('a 429 ("one request every 5 seconds") without Retry-After is a warning', async () => {
  const server = await localServer((_request, response) => {
    response.writeHead(429, { 'content-type': 'text/plain' });
    response.end('Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries.');
  });
  try {
    const provider = createGdelt({ baseUrl: server.origin, userAgent: 'ua', fetch, timeoutMs: 2000, minIntervalMs: 0 });
    assert.deepEqual((await provider.search({ query: 'nato summit', limit: 5 })).warnings, ['GDELT is rate-limiting requests (HTTP 429)']);
  } finally {
    await server.close();
  }
});
