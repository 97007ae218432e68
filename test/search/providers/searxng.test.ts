// SearXNG's JSON API at the wire: what we ask (q, format=json, categories) and how its results parse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSearxngSearch } from '../../../src/adapters/search-providers/searxng.ts';
import { json, localServer } from '../../fetch/local-server.ts';

const ANSWER = {
  query: 'nato ukraine membership',
  number_of_results: 0,
  results: [
    {
      url: 'https://www.reuters.com/world/europe/nato-summit-ukraine-2024-07-11/',
      title: 'NATO says Ukraine on <b>irreversible</b> path',
      content: 'Allies said on Thursday that Ukraine&#39;s path to membership is irreversible.',
      engine: 'google',
      parsed_url: ['https', 'www.reuters.com', '/world/europe/nato-summit-ukraine-2024-07-11/', '', '', ''],
      template: 'default.html',
      engines: ['google', 'bing'],
      positions: [1, 2],
      publishedDate: '2024-07-11T10:00:00',
      score: 4.5,
      category: 'general',
    },
    { url: 'https://example.org/no-date', title: 'Second', content: '', engine: 'bing', score: 1.2, category: 'news', publishedDate: null },
    { url: 'ftp://example.org/file', title: 'Not a web page', content: '', engine: 'bing' },
    { title: 'No URL at all' },
  ],
  answers: [],
  corrections: [],
  infoboxes: [],
  suggestions: [],
  unresponsive_engines: [],
};

test('sends q, format=json and categories, and parses results into hits', async () => {
  const server = await localServer((_request, response) => json(response, ANSWER));
  try {
    const provider = createSearxngSearch({ baseUrl: `${server.origin}/searx/`, fetch, timeoutMs: 2000, language: 'en' });
    assert.equal(provider.remote, true);
    const { hits, warnings } = await provider.search({ query: 'nato ukraine membership', limit: 10 });
    const sent = new URL(server.requests[0].url, server.origin);
    assert.equal(sent.pathname, '/searx/search');
    assert.equal(sent.searchParams.get('q'), 'nato ukraine membership');
    assert.equal(sent.searchParams.get('format'), 'json');
    assert.equal(sent.searchParams.get('categories'), 'general,news');
    assert.equal(sent.searchParams.get('language'), 'en');
    assert.deepEqual(warnings, []);
    assert.equal(hits.length, 2, 'non-web URLs and results without one are skipped');
    assert.deepEqual(hits[0], {
      url: 'https://www.reuters.com/world/europe/nato-summit-ukraine-2024-07-11/',
      title: 'NATO says Ukraine on irreversible path',
      snippet: "Allies said on Thursday that Ukraine's path to membership is irreversible.",
      publishedAt: '2024-07-11T10:00:00.000Z',
      provider: 'searxng',
      score: 4.5,
    });
    assert.equal(hits[1].publishedAt, undefined);
  } finally {
    await server.close();
  }
});

test('the limit is applied; no results with silent engines says which engines failed', async () => {
  const server = await localServer((request, response) =>
    request.url.includes('empty')
      ? json(response, { ...ANSWER, results: [], unresponsive_engines: [['google', 'timeout'], ['bing', 'CAPTCHA']] })
      : json(response, ANSWER),
  );
  try {
    const provider = createSearxngSearch({ baseUrl: server.origin, fetch, timeoutMs: 2000 });
    assert.equal((await provider.search({ query: 'x', limit: 1 })).hits.length, 1);
    const empty = await provider.search({ query: 'empty', limit: 10 });
    assert.deepEqual(empty.hits, []);
    assert.deepEqual(empty.warnings, ['SearXNG found nothing; engines that did not answer: google (timeout), bing (CAPTCHA)']);
  } finally {
    await server.close();
  }
});

test('an instance without the JSON format (403) says how to enable it', async () => {
  const server = await localServer((_request, response) => {
    response.writeHead(403, { 'content-type': 'text/html' });
    response.end('<h1>403 Forbidden</h1>');
  });
  try {
    const { hits, warnings } = await createSearxngSearch({ baseUrl: server.origin, fetch, timeoutMs: 2000 }).search({ query: 'x', limit: 5 });
    assert.deepEqual(hits, []);
    assert.match(warnings[0], /^SearXNG refused the request \(HTTP 403: 403 Forbidden\): check SEARXNG_URL \(enable the json format under search\.formats in settings\.yml\)$/);
  } finally {
    await server.close();
  }
});

test('JSON without a results list is not mistaken for an empty answer', async () => {
  const server = await localServer((_request, response) => json(response, { hello: 'world' }));
  try {
    const { warnings } = await createSearxngSearch({ baseUrl: server.origin, fetch, timeoutMs: 2000 }).search({ query: 'x', limit: 5 });
    assert.match(warnings[0], /without a results list: is SEARXNG_URL a SearXNG instance/);
  } finally {
    await server.close();
  }
});
