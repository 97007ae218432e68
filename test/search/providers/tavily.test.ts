// Tavily at the wire: POST /search with a JSON body and a bearer key; results with scores and dates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTavilySearch } from '../../../src/adapters/search-providers/tavily.ts';
import { json, localServer } from '../../fetch/local-server.ts';

const ANSWER = {
  query: 'Is Ukraine joining NATO?',
  follow_up_questions: null,
  answer: null,
  images: [],
  results: [
    { title: 'Ukraine and NATO', url: 'https://www.cfr.org/backgrounder/ukraine-nato', content: 'A backgrounder on Ukraine and NATO.', score: 0.91, raw_content: null },
    { title: 'Summit', url: 'https://www.bbc.com/news/world-europe-1', content: 'Leaders met in Vilnius.', score: 0.72, published_date: 'Wed, 12 Jul 2023 09:00:00 GMT' },
  ],
  response_time: 1.09,
};

test('posts the query with the bearer key and parses scored results', async () => {
  const server = await localServer((_request, response) => json(response, ANSWER));
  try {
    const { hits, warnings } = await createTavilySearch({ apiKey: 'tvly-test', baseUrl: server.origin, fetch, timeoutMs: 2000 }).search({ query: 'Is Ukraine joining NATO?', limit: 40 });
    const request = server.requests[0];
    assert.equal(request.method, 'POST');
    assert.equal(request.url, '/search');
    assert.equal(request.headers.authorization, 'Bearer tvly-test');
    assert.equal(request.headers['content-type'], 'application/json');
    const body = JSON.parse(request.body);
    assert.equal(body.query, 'Is Ukraine joining NATO?');
    assert.equal(body.max_results, 20);
    assert.equal(body.search_depth, 'basic');
    assert.equal(body.include_raw_content, false);
    assert.deepEqual(warnings, []);
    assert.deepEqual(hits.map((hit) => [hit.url, hit.score, hit.publishedAt]), [
      ['https://www.cfr.org/backgrounder/ukraine-nato', 0.91, undefined],
      ['https://www.bbc.com/news/world-europe-1', 0.72, '2023-07-12T09:00:00.000Z'],
    ]);
  } finally {
    await server.close();
  }
});

test('a missing or invalid key (401 with detail) and a plan limit (432) are warnings that say what happened', async () => {
  const server = await localServer((request, response) =>
    request.headers.authorization === 'Bearer tvly-bad'
      ? json(response, { detail: { error: 'Unauthorized: missing or invalid API key.' } }, 401)
      : json(response, { detail: { error: "This request exceeds your plan's set usage limit." } }, 432),
  );
  try {
    const bad = await createTavilySearch({ apiKey: 'tvly-bad', baseUrl: server.origin, fetch, timeoutMs: 2000 }).search({ query: 'x', limit: 5 });
    assert.deepEqual(bad.warnings, ['Tavily refused the request (HTTP 401: Unauthorized: missing or invalid API key.): check TAVILY_API_KEY']);
    const over = await createTavilySearch({ apiKey: 'tvly-poor', baseUrl: server.origin, fetch, timeoutMs: 2000 }).search({ query: 'x', limit: 5 });
    assert.deepEqual(over.warnings, ["Tavily answered HTTP 432: This request exceeds your plan's set usage limit."]);
  } finally {
    await server.close();
  }
});
