// Brave Search API at the wire: GET /res/v1/web/search with X-Subscription-Token; web and news results.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createBraveSearch } from '../../../src/adapters/search-providers/brave.ts';
import { json, localServer } from '../../fetch/local-server.ts';

const ANSWER = {
  type: 'search',
  query: { original: 'nato ukraine', more_results_available: true },
  web: {
    type: 'search',
    results: [
      {
        title: '<strong>NATO</strong> and Ukraine',
        url: 'https://www.nato.int/cps/en/natohq/topics_37750.htm',
        is_source_local: false,
        description: 'Relations with <strong>Ukraine</strong>.',
        page_age: '2024-07-10T12:00:00',
        age: 'July 10, 2024',
        profile: { name: 'NATO', url: 'https://www.nato.int', long_name: 'nato.int' },
        meta_url: { scheme: 'https', netloc: 'nato.int', hostname: 'www.nato.int', path: '› cps › en' },
        extra_snippets: ['Ukraine is a partner of NATO.'],
      },
      { title: 'No date', url: 'https://example.org/a', description: 'Plain.' },
    ],
  },
  news: { type: 'news', results: [{ title: 'Summit news', url: 'https://apnews.com/article/nato-summit', description: 'Leaders met.', age: '2 hours ago', page_age: '2026-11-22T08:00:00' }] },
};

test('sends the key header and count, and parses web and news results', async () => {
  const server = await localServer((_request, response) => json(response, ANSWER));
  try {
    const provider = createBraveSearch({ apiKey: 'brave-key', baseUrl: server.origin, fetch, timeoutMs: 2000 });
    const { hits, warnings } = await provider.search({ query: 'nato ukraine', limit: 50 });
    const request = server.requests[0];
    const sent = new URL(request.url, server.origin);
    assert.equal(sent.pathname, '/res/v1/web/search');
    assert.equal(sent.searchParams.get('q'), 'nato ukraine');
    assert.equal(sent.searchParams.get('count'), '20', 'Brave allows at most 20');
    assert.equal(request.headers['x-subscription-token'], 'brave-key');
    assert.equal(request.headers.accept, 'application/json');
    assert.deepEqual(warnings, []);
    assert.equal(hits.length, 3);
    assert.deepEqual(hits[0], {
      url: 'https://www.nato.int/cps/en/natohq/topics_37750.htm',
      title: 'NATO and Ukraine',
      snippet: 'Relations with Ukraine. … Ukraine is a partner of NATO.',
      publishedAt: '2024-07-10T12:00:00.000Z',
      outlet: 'NATO',
      kind: undefined,
      provider: 'brave',
      score: 1,
    });
    assert.equal(hits[2].kind, 'news');
    assert.equal(hits[2].url, 'https://apnews.com/article/nato-summit');
  } finally {
    await server.close();
  }
});

test('an invalid token (422 with an ErrorResponse) names BRAVE_API_KEY', async () => {
  const server = await localServer((_request, response) =>
    json(response, { type: 'ErrorResponse', error: { id: 'x', status: 422, code: 'SUBSCRIPTION_TOKEN_INVALID', detail: 'The provided subscription token is invalid.' } }, 422),
  );
  try {
    const { warnings } = await createBraveSearch({ apiKey: 'wrong', baseUrl: server.origin, fetch, timeoutMs: 2000 }).search({ query: 'x', limit: 5 });
    assert.deepEqual(warnings, ['Brave Search answered HTTP 422: The provided subscription token is invalid.: check BRAVE_API_KEY']);
  } finally {
    await server.close();
  }
});

test('a 429 with X-RateLimit-Reset waits that long once and retries', async () => {
  let calls = 0;
  const waits: number[] = [];
  const server = await localServer((_request, response) => {
    calls += 1;
    if (calls === 1) return json(response, { type: 'ErrorResponse', error: { status: 429, code: 'RATE_LIMITED', detail: 'Request rate limit exceeded for plan.' } }, 429, { 'x-ratelimit-reset': '1, 1419704' });
    json(response, ANSWER);
  });
  try {
    const provider = createBraveSearch({ apiKey: 'k', baseUrl: server.origin, fetch, timeoutMs: 2000, sleep: async (ms) => void waits.push(ms) });
    const { hits, warnings } = await provider.search({ query: 'x', limit: 5 });
    assert.deepEqual(waits, [1000]);
    assert.equal(calls, 2);
    assert.equal(hits.length, 3);
    assert.deepEqual(warnings, []);
  } finally {
    await server.close();
  }
});

test('no key: a warning that says which setting to set, and no request', async () => {
  const { warnings } = await createBraveSearch({ apiKey: '', fetch: () => Promise.reject(new Error('must not be called')), timeoutMs: 10 }).search({ query: 'x', limit: 5 });
  assert.deepEqual(warnings, ['Brave Search has no API key: set BRAVE_API_KEY']);
});
