// Merging results from several providers and queries: one hit per canonical page, labelled with a kind
// and an outlet, and web providers asked the plan's web queries within the per-report budget.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProgressEvent, SearchHit } from '../../src/contracts/types.ts';
import { mergeHits, preferTime, search } from '../../src/pipeline/search/index.ts';
import { webQueries } from '../../src/pipeline/search/web-queries.ts';
import { understand } from '../../src/pipeline/understand/index.ts';
import { fakeSearchProvider } from '../support/fakes.ts';

const hit = (url: string, provider: string, extra: Partial<SearchHit> = {}): SearchHit => ({ url, title: url, snippet: '', provider, score: 1, ...extra });

test('the same page under different spellings is one hit that rises by fusion', () => {
  const merged = mergeHits([
    [hit('https://www.reuters.com/world/story/?utm_source=x', 'searxng'), hit('https://other.example/a', 'searxng')],
    [hit('http://reuters.com/world/story#comments', 'brave', { publishedAt: '2026-11-20T00:00:00.000Z' })],
  ]);
  assert.equal(merged.length, 2);
  assert.equal(merged[0].url, 'https://www.reuters.com/world/story/?utm_source=x', 'the first spelling is kept (the reader canonicalises it)');
  assert.equal(merged[0].publishedAt, '2026-11-20T00:00:00.000Z', 'missing metadata is filled from the other provider');
  assert.equal(merged[0].kind, 'news');
  assert.equal(merged[0].outlet, 'Reuters');
  assert.ok(merged[0].score > merged[1].score);
  assert.equal(merged[1].kind, 'other');
});

test('stored documents keep their own labels and merge by document id', () => {
  const merged = mergeHits([[hit('https://a.example/1', 'local', { documentId: 'doc_1', kind: 'encyclopedia', outlet: 'Demo' })], [hit('https://a.example/1?x=1', 'local', { documentId: 'doc_1' })]]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0].kind, 'encyclopedia');
});

test('web queries: the question as asked, its topic, then keywords; claims are also searched as fact checks', async () => {
  const question = await understand({ question: 'Which NATO members support or oppose Ukraine joining, and what are their stated reasons?' });
  const queries = webQueries(question, 3);
  assert.deepEqual(queries.map((entry) => entry.query), ['Which NATO members support or oppose Ukraine joining, and what are their stated reasons', 'Ukraine joining NATO', question.subQueries[0]]);
  assert.ok(queries.every((entry) => entry.required?.some((group) => group.includes('NATO'))));
  const claim = await understand({ question: 'Vaccines cause autism' });
  assert.deepEqual(webQueries(claim, 2).map((entry) => entry.query), ['Vaccines cause autism', 'Vaccines cause autism fact check']);
  assert.equal(webQueries(question, 1).length, 1);
});

test('web providers get the web queries within the budget; the local corpus gets every facet', async () => {
  const plan = await understand({ question: 'Which NATO members support or oppose Ukraine joining, and what are their stated reasons?' });
  const local = fakeSearchProvider({ id: 'local', hits: [] });
  const remote = { ...fakeSearchProvider({ id: 'web', hits: [hit('https://www.nato.int/cps/en/natohq/topics_37750.htm', 'web')] }), remote: true };
  const events: ProgressEvent[] = [];
  const result = await search({ plan, providers: [local, remote], maxQueries: 2, onEvent: (event) => events.push(event) });
  assert.equal(local.queries.length, plan.facets.length);
  assert.deepEqual(remote.queries, webQueries(plan, 2).map((entry) => entry.query));
  assert.equal(result.queries, plan.facets.length + 2);
  const found = events.find((event) => event.type === 'source-found');
  assert.deepEqual(found?.data, { url: 'https://www.nato.int/cps/en/natohq/topics_37750.htm', provider: 'web', kind: 'official', outlet: 'NATO' });
});

test('a stated time orders what is read first but filters nothing', () => {
  const hit = (url: string, score: number, publishedAt?: string): SearchHit => ({ url, title: url, snippet: '', provider: 'local', score, publishedAt });
  const hits = [hit('https://a.example/2015', 1, '2015-05-01'), hit('https://b.example/2016', 0.8, '2016-06-24'), hit('https://c.example/undated', 0.7)];
  const ordered = preferTime(hits, { from: '2016-05-31', to: '2016-07-01' });
  assert.deepEqual(ordered.map((entry) => entry.url), ['https://b.example/2016', 'https://a.example/2015', 'https://c.example/undated']);
  assert.equal(preferTime(hits, undefined), hits);
});

test('search: a query two facets share is asked once, and both facets get its passages and count in the fusion', async () => {
  const plan = await understand({ question: 'Which countries support Ukraine joining NATO?' });
  const facet = plan.facets[0]!;
  const repeated = { ...plan, facets: [facet, { ...facet, name: 'expanded' }, { ...facet, name: 'other', query: `${facet.query} membership` }] };
  const asked: string[] = [];
  const local = {
    id: 'local',
    async search({ query }: { query: string }) {
      asked.push(query);
      const found = hit(`https://corpus.example/${asked.length}`, 'local');
      return { hits: [found], passages: [], warnings: [] };
    },
  };
  const result = await search({ plan: repeated, providers: [local] });
  assert.deepEqual(asked, [facet.query, `${facet.query} membership`]);
  assert.deepEqual(result.passages.map((entry) => entry.facet), [facet.name, 'expanded', 'other']);
  assert.equal(result.queries, 3);
  // The shared query's page was found by two facets, so it outranks the page one facet found.
  assert.deepEqual(result.hits.map((entry) => entry.url), ['https://corpus.example/1', 'https://corpus.example/2']);
  assert.ok(result.hits[0]!.score > result.hits[1]!.score);
});
