// Google Fact Check Tools claims:search at the wire: the key as a query parameter; each ClaimReview a hit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFactCheckTools } from '../../../src/adapters/search-providers/fact-check-tools.ts';
import { json, localServer } from '../../fetch/local-server.ts';

const ANSWER = {
  claims: [
    {
      text: 'Vaccines cause autism',
      claimant: 'Social media posts',
      claimDate: '2021-03-01T00:00:00Z',
      claimReview: [
        { publisher: { name: 'PolitiFact', site: 'politifact.com' }, url: 'https://www.politifact.com/factchecks/2021/mar/02/vaccines-autism/', title: 'No, vaccines do not cause autism', reviewDate: '2021-03-02T00:00:00Z', textualRating: 'False', languageCode: 'en' },
        { publisher: { name: 'Health Feedback', site: 'healthfeedback.org' }, url: 'https://healthfeedback.org/claimreview/vaccines-autism/', reviewDate: '2021-03-05T00:00:00Z', textualRating: 'Incorrect', languageCode: 'en' },
      ],
    },
    { text: 'A claim without reviews' },
  ],
  nextPageToken: 'CAo',
};

test('sends query, pageSize, languageCode and key; every review becomes a fact-checker hit', async () => {
  const server = await localServer((_request, response) => json(response, ANSWER));
  try {
    const { hits, warnings } = await createFactCheckTools({ apiKey: 'g-key', baseUrl: server.origin, fetch, timeoutMs: 2000 }).search({ query: 'vaccines cause autism', limit: 10 });
    const sent = new URL(server.requests[0].url, server.origin);
    assert.equal(sent.pathname, '/v1alpha1/claims:search');
    assert.equal(sent.searchParams.get('query'), 'vaccines cause autism');
    assert.equal(sent.searchParams.get('pageSize'), '10');
    assert.equal(sent.searchParams.get('languageCode'), 'en');
    assert.equal(sent.searchParams.get('key'), 'g-key');
    assert.deepEqual(warnings, []);
    assert.equal(hits.length, 2);
    assert.deepEqual(hits[0], {
      url: 'https://www.politifact.com/factchecks/2021/mar/02/vaccines-autism/',
      title: 'No, vaccines do not cause autism',
      snippet: 'Claim: "Vaccines cause autism" (Social media posts). Rated "False" by PolitiFact.',
      publishedAt: '2021-03-02T00:00:00.000Z',
      outlet: 'PolitiFact',
      kind: 'fact-checker',
      provider: 'fact-check-tools',
      score: 1,
    });
    assert.equal(hits[1].title, 'Health Feedback: Vaccines cause autism');
    assert.equal(hits[1].score, 0.5);
  } finally {
    await server.close();
  }
});

test('no claims ({}) is an empty answer; a bad key (400) names the setting and never echoes the key', async () => {
  const server = await localServer((request, response) =>
    request.url.includes('key=good')
      ? json(response, {})
      : json(response, { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT' } }, 400),
  );
  try {
    assert.deepEqual(await createFactCheckTools({ apiKey: 'good', baseUrl: server.origin, fetch, timeoutMs: 2000 }).search({ query: 'x', limit: 5 }), { hits: [], warnings: [] });
    const bad = await createFactCheckTools({ apiKey: 'secret-key-123', baseUrl: server.origin, fetch, timeoutMs: 2000 }).search({ query: 'x', limit: 5 });
    assert.deepEqual(bad.warnings, ['Google Fact Check Tools answered HTTP 400: API key not valid. Please pass a valid API key.: check GOOGLE_FACT_CHECK_API_KEY']);
    assert.ok(!bad.warnings[0].includes('secret-key-123'));
  } finally {
    await server.close();
  }
});
