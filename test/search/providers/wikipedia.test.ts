// Wikipedia through the MediaWiki Action API at the wire: list=search for hits, prop=extracts for text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleText, createWikipedia } from '../../../src/adapters/search-providers/wikipedia.ts';
import { json, localServer } from '../../fetch/local-server.ts';

const SEARCH = {
  batchcomplete: true,
  continue: { sroffset: 2, continue: '-||' },
  query: {
    searchinfo: { totalhits: 5060 },
    search: [
      { ns: 0, title: 'Ukraine–NATO relations', pageid: 1, snippet: 'Relations between <span class="searchmatch">Ukraine</span> and <span class="searchmatch">NATO</span>', timestamp: '2026-11-20T10:00:00Z' },
      { ns: 0, title: 'Enlargement of NATO', pageid: 2, snippet: 'The process of including new member states', timestamp: '2026-11-18T09:00:00Z' },
    ],
  },
};

const EXTRACT = `Ukraine–NATO relations began in 1992.\nUkraine applied for membership in 2022.\n\n== History ==\nIn 2008 the Bucharest summit declared that Ukraine would become a member.\n\n== See also ==\nEnlargement of NATO\n\n== References ==\n1. A reference`;

function wiki(handler: (params: URLSearchParams) => unknown) {
  return localServer((request, response) => json(response, handler(new URL(request.url, 'http://x').searchParams)));
}

test('search sends list=search with a User-Agent and builds article URLs on the same wiki', async () => {
  const server = await wiki(() => SEARCH);
  try {
    const provider = createWikipedia({ apiUrl: `${server.origin}/w/api.php`, userAgent: 'Crosscheck/0.1 (test)', fetch, timeoutMs: 2000 });
    const { hits, warnings } = await provider.search({ query: 'Ukraine NATO', limit: 5 });
    const sent = new URL(server.requests[0].url, server.origin).searchParams;
    assert.equal(sent.get('action'), 'query');
    assert.equal(sent.get('list'), 'search');
    assert.equal(sent.get('srsearch'), 'Ukraine NATO');
    assert.equal(sent.get('srlimit'), '5');
    assert.equal(sent.get('format'), 'json');
    assert.equal(server.requests[0].headers['user-agent'], 'Crosscheck/0.1 (test)');
    assert.deepEqual(warnings, []);
    assert.deepEqual(hits[0], {
      url: `${server.origin}/wiki/Ukraine%E2%80%93NATO_relations`,
      title: 'Ukraine–NATO relations',
      snippet: 'Relations between Ukraine and NATO',
      publishedAt: '2026-11-20T10:00:00.000Z',
      outlet: 'Wikipedia',
      kind: 'encyclopedia',
      provider: 'wikipedia',
      score: 1,
    });
  } finally {
    await server.close();
  }
});

test('a question that matches nothing falls back to its required names', async () => {
  const server = await wiki((params) => (params.get('srsearch') === 'NATO Ukraine' ? SEARCH : { batchcomplete: true, query: { searchinfo: { totalhits: 0 }, search: [] } }));
  try {
    const provider = createWikipedia({ apiUrl: `${server.origin}/w/api.php`, userAgent: 'ua', fetch, timeoutMs: 2000 });
    const { hits } = await provider.search({ query: 'Which NATO members support Ukraine joining', required: [['NATO', 'North Atlantic Treaty Organization'], ['Ukraine', 'Kyiv']], limit: 5 });
    assert.equal(hits.length, 2);
    assert.deepEqual(server.requests.map((request) => new URL(request.url, server.origin).searchParams.get('srsearch')), ['Which NATO members support Ukraine joining', 'NATO Ukraine']);
  } finally {
    await server.close();
  }
});

test('an API error (HTTP 200 with an error object) is a warning', async () => {
  const server = await wiki(() => ({ error: { code: 'missingparam', info: 'The "srsearch" parameter must be set.' }, servedby: 'mw1' }));
  try {
    const { hits, warnings } = await createWikipedia({ apiUrl: `${server.origin}/w/api.php`, userAgent: 'ua', fetch, timeoutMs: 2000 }).search({ query: 'x', limit: 5 });
    assert.deepEqual(hits, []);
    assert.deepEqual(warnings, ['Wikipedia refused the search: The "srsearch" parameter must be set.']);
  } finally {
    await server.close();
  }
});

test('reads an article as plain text through prop=extracts, without the reference sections', async () => {
  const server = await wiki((params) =>
    params.get('titles') === 'Missing page'
      ? { batchcomplete: true, query: { pages: [{ ns: 0, title: 'Missing page', missing: true }] } }
      : { batchcomplete: true, query: { pages: [{ pageid: 1, ns: 0, title: 'Ukraine–NATO relations', fullurl: `${server.origin}/wiki/Ukraine%E2%80%93NATO_relations`, extract: EXTRACT }] } },
  );
  try {
    const provider = createWikipedia({ apiUrl: `${server.origin}/w/api.php`, userAgent: 'ua', fetch, timeoutMs: 2000, clock: () => new Date('2026-11-22T10:00:00Z') });
    const url = `${server.origin}/wiki/Ukraine%E2%80%93NATO_relations`;
    assert.equal(provider.handles(url), true);
    assert.equal(provider.handles('https://en.wikipedia.org.evil.example/wiki/X'), false);
    const outcome = await provider.read({ url, title: 'Ukraine–NATO relations', snippet: '', provider: 'wikipedia', score: 1, publishedAt: '2026-11-20T10:00:00.000Z' });
    assert.ok(outcome.ok);
    const sent = new URL(server.requests[0].url, server.origin).searchParams;
    assert.equal(sent.get('prop'), 'extracts|info');
    assert.equal(sent.get('explaintext'), '1');
    assert.equal(sent.get('titles'), 'Ukraine–NATO relations');
    assert.equal(outcome.document.text, 'Ukraine–NATO relations began in 1992.\n\nUkraine applied for membership in 2022.\n\nHistory\n\nIn 2008 the Bucharest summit declared that Ukraine would become a member.');
    assert.equal(outcome.document.kind, 'encyclopedia');
    assert.equal(outcome.document.fetchedAt, '2026-11-22T10:00:00.000Z');
    const missing = await provider.read({ url: `${server.origin}/wiki/Missing_page`, title: 'Missing page', snippet: '', provider: 'wikipedia', score: 1 });
    assert.deepEqual(missing, { ok: false, reason: 'Wikipedia has no article "Missing page"' });
  } finally {
    await server.close();
  }
});

test('articleText keeps prose and headings and stops at the reference lists', () => {
  assert.equal(articleText('Intro.\n== Further reading ==\nBook'), 'Intro.');
});
