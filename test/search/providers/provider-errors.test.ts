// Every provider against the same failures at the wire: 429 with Retry-After (short: one retry; long: a
// warning), malformed JSON, server errors, an unreachable endpoint, a timeout and an empty answer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SearchProvider } from '../../../src/contracts/ports.ts';
import { createBraveSearch } from '../../../src/adapters/search-providers/brave.ts';
import { createFactCheckTools } from '../../../src/adapters/search-providers/fact-check-tools.ts';
import { createGdelt } from '../../../src/adapters/search-providers/gdelt.ts';
import type { ProviderHttp } from '../../../src/adapters/search-providers/provider-request.ts';
import { retryAfterMs } from '../../../src/adapters/search-providers/provider-request.ts';
import { createSearxngSearch } from '../../../src/adapters/search-providers/searxng.ts';
import { createTavilySearch } from '../../../src/adapters/search-providers/tavily.ts';
import { createWikipedia } from '../../../src/adapters/search-providers/wikipedia.ts';
import { json, localServer } from '../../fetch/local-server.ts';

interface Case {
  name: string;
  create: (origin: string, http: ProviderHttp) => SearchProvider;
  empty: unknown;
  one: unknown;
  setting: RegExp;
}

const PAGE = 'https://news.example/story';
const CASES: Case[] = [
  { name: 'SearXNG', create: (origin, http) => createSearxngSearch({ ...http, baseUrl: origin }), empty: { results: [] }, one: { results: [{ url: PAGE, title: 't', content: 'c' }] }, setting: /SEARXNG_URL/ },
  { name: 'Brave Search', create: (origin, http) => createBraveSearch({ ...http, apiKey: 'k', baseUrl: origin }), empty: { type: 'search', web: { results: [] } }, one: { web: { results: [{ url: PAGE, title: 't' }] } }, setting: /BRAVE_URL/ },
  { name: 'Tavily', create: (origin, http) => createTavilySearch({ ...http, apiKey: 'k', baseUrl: origin }), empty: { results: [] }, one: { results: [{ url: PAGE, title: 't', content: 'c', score: 0.5 }] }, setting: /TAVILY_URL/ },
  { name: 'Wikipedia', create: (origin, http) => createWikipedia({ ...http, apiUrl: `${origin}/w/api.php`, userAgent: 'ua' }), empty: { query: { search: [] } }, one: { query: { search: [{ title: 'Story', snippet: 's' }] } }, setting: /WIKIPEDIA_URL/ },
  { name: 'GDELT', create: (origin, http) => createGdelt({ ...http, baseUrl: origin, userAgent: 'ua', minIntervalMs: 0, cacheMs: 0 }), empty: {}, one: { articles: [{ url: PAGE, title: 't', seendate: '20261121T143000Z' }] }, setting: /GDELT_URL/ },
  { name: 'Google Fact Check Tools', create: (origin, http) => createFactCheckTools({ ...http, apiKey: 'k', baseUrl: origin }), empty: {}, one: { claims: [{ text: 'c', claimReview: [{ url: PAGE, textualRating: 'False' }] }] }, setting: /GOOGLE_FACT_CHECK_URL/ },
];

const http = (extra: Partial<ProviderHttp> = {}): ProviderHttp => ({ fetch, timeoutMs: 2000, ...extra });

for (const item of CASES) {
  test(`${item.name}: a 429 with a short Retry-After is retried once`, async () => {
    let calls = 0;
    const waits: number[] = [];
    const server = await localServer((_request, response) => (++calls === 1 ? json(response, { error: 'slow down' }, 429, { 'retry-after': '1' }) : json(response, item.one)));
    try {
      const { hits, warnings } = await item.create(server.origin, http({ sleep: async (ms) => void waits.push(ms) })).search({ query: 'story news', limit: 5 });
      assert.deepEqual(warnings, []);
      assert.deepEqual(hits.map((hit) => hit.url), [item.name === 'Wikipedia' ? `${server.origin}/wiki/Story` : PAGE]);
      assert.deepEqual(waits, [1000]);
      assert.equal(calls, 2);
    } finally {
      await server.close();
    }
  });

  test(`${item.name}: a 429 asking for a long wait is a warning, not a stall`, async () => {
    const server = await localServer((_request, response) => json(response, { error: 'quota' }, 429, { 'retry-after': '120' }));
    try {
      const { hits, warnings } = await item.create(server.origin, http({ sleep: () => Promise.reject(new Error('must not wait')) })).search({ query: 'story news', limit: 5 });
      assert.deepEqual(hits, []);
      assert.deepEqual(warnings, [`${item.name} is rate-limiting requests (HTTP 429); it asks to retry after 120 s`]);
    } finally {
      await server.close();
    }
  });

  test(`${item.name}: malformed JSON, a server error and an empty answer`, async () => {
    const server = await localServer((request, response) => {
      if (request.url.includes('broken') || request.body.includes('broken')) return json(response, '{"results": [tru');
      if (request.url.includes('failing') || request.body.includes('failing')) return json(response, { error: { message: 'internal trouble' } }, 500);
      json(response, item.empty);
    });
    try {
      const provider = item.create(server.origin, http());
      const broken = await provider.search({ query: 'broken query', limit: 5 });
      assert.equal(broken.hits.length, 0);
      assert.match(broken.warnings[0], new RegExp(`^${item.name} answered with malformed JSON`));
      const failing = await provider.search({ query: 'failing query', limit: 5 });
      assert.deepEqual(failing.warnings, [`${item.name} answered HTTP 500: internal trouble`]);
      assert.deepEqual(await provider.search({ query: 'nothing here', limit: 5 }), { hits: [], warnings: [] });
    } finally {
      await server.close();
    }
  });

  test(`${item.name}: an unreachable endpoint and a timeout name the setting or the limit`, async () => {
    const server = await localServer(() => undefined);
    const closed = await localServer(() => undefined);
    await closed.close();
    try {
      const down = await item.create(closed.origin, http()).search({ query: 'story news', limit: 5 });
      assert.match(down.warnings[0], new RegExp(`^${item.name} could not be reached at http://127\\.0\\.0\\.1:${closed.port} \\(ECONNREFUSED\\): check `));
      assert.match(down.warnings[0], item.setting);
      const slow = await item.create(server.origin, http({ timeoutMs: 100 })).search({ query: 'story news', limit: 5 });
      assert.deepEqual(slow.warnings, [`${item.name} did not answer within 100 ms`]);
    } finally {
      await server.close();
    }
  });
}

test('Retry-After in seconds or as an HTTP date', () => {
  assert.equal(retryAfterMs('3'), 3000);
  assert.equal(retryAfterMs('Sun, 22 Nov 2026 10:00:05 GMT', Date.parse('2026-11-22T10:00:00Z')), 5000);
  assert.equal(retryAfterMs('soon'), undefined);
  assert.equal(retryAfterMs(null), undefined);
});
