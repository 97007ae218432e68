// Reading one web result: extraction of HTML, PDF and text, rel=canonical only on the same site, the
// quality filter, source classification, the snapshot cache and provider API readers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fetcher, FetchOutcome } from '../../src/contracts/ports.ts';
import type { SearchHit } from '../../src/contracts/types.ts';
import { createRemoteReader } from '../../src/adapters/page-reader/remote-reader.ts';
import { articlePage } from '../fetch/local-server.ts';
import { memoryStore } from '../support/fakes.ts';
import { minimalPdf } from '../ingest/fixtures.ts';

const PARAGRAPHS = [
  'Hungarian Prime Minister Viktor Orbán said on Tuesday that Hungary opposes Ukraine joining NATO while the war continues.',
  'He warned that membership would drag the alliance into a direct conflict with Russia, a view several diplomats dispute.',
  'Poland and the Baltic states said Ukraine should be invited as soon as possible, arguing that membership would deter Russia.',
];

function fetcherOf(pages: Record<string, { body: string | Uint8Array; contentType?: string; finalUrl?: string }>): Fetcher & { calls: string[] } {
  const calls: string[] = [];
  return {
    id: 'test',
    calls,
    async fetch(url): Promise<FetchOutcome> {
      calls.push(url);
      const page = pages[url];
      if (!page) return { ok: false, url, reason: 'HTTP 404 Not Found' };
      const body = typeof page.body === 'string' ? new TextEncoder().encode(page.body) : page.body;
      return { ok: true, url, finalUrl: page.finalUrl ?? url, status: 200, contentType: page.contentType ?? 'text/html; charset=utf-8', body, fetchedAt: '2026-11-22T10:00:00.000Z' };
    },
  };
}

/** Short lines: the fixture PDF does not wrap text. */
const PDF_LINES = [
  'Hungary opposes Ukraine joining NATO while the war continues.',
  'Orbán warned that membership would drag the alliance into war.',
  'Poland said Ukraine should be invited as soon as possible.',
  'The Baltic states agreed and called for a clear timetable.',
  'Germany urged caution until the fighting ends.',
];

const hit = (url: string, extra: Partial<SearchHit> = {}): SearchHit => ({ url, title: 'From search', snippet: '', provider: 'searxng', score: 1, ...extra });

test('an HTML article is read in full: canonical URL, extracted text, kind and outlet, fetch time, origin', async () => {
  const fetcher = fetcherOf({ 'https://www.reuters.com/world/orban-nato': { body: articlePage('Orbán opposes Ukraine in NATO', PARAGRAPHS) } });
  const outcome = await createRemoteReader({ fetcher })(hit('https://www.reuters.com/world/orban-nato/?utm_source=twitter#top'));
  assert.ok(outcome.ok, !outcome.ok ? outcome.reason : '');
  assert.deepEqual(fetcher.calls, ['https://www.reuters.com/world/orban-nato'], 'the canonical URL is fetched');
  const { document } = outcome;
  assert.equal(document.url, 'https://www.reuters.com/world/orban-nato');
  assert.equal(document.title, 'Orbán opposes Ukraine in NATO');
  assert.equal(document.kind, 'news');
  assert.equal(document.outlet, 'Reuters');
  assert.equal(document.fetchedAt, '2026-11-22T10:00:00.000Z');
  assert.equal(document.origin, 'searxng');
  for (const paragraph of PARAGRAPHS) assert.ok(document.text.includes(paragraph), 'every paragraph is kept');
  assert.ok(!document.text.includes('Home'), 'navigation is not');
});

test('rel=canonical is honoured on the same site and ignored when it points elsewhere', async () => {
  const same = articlePage('Story', PARAGRAPHS, '<link rel="canonical" href="https://news.example/2026/story">');
  const foreign = articlePage('Story', PARAGRAPHS, '<link rel="canonical" href="https://www.nytimes.com/2026/story">');
  const fetcher = fetcherOf({ 'https://m.news.example/story': { body: same }, 'https://blog.example/copy': { body: foreign } });
  const reader = createRemoteReader({ fetcher });
  const honoured = await reader(hit('https://m.news.example/story'));
  const ignored = await reader(hit('https://blog.example/copy'));
  assert.ok(honoured.ok && honoured.document.url === 'https://news.example/2026/story');
  assert.ok(ignored.ok && ignored.document.url === 'https://blog.example/copy', 'a page cannot borrow another outlet’s address');
  assert.equal(ignored.ok && ignored.document.outlet, 'blog.example');
});

test('PDFs and plain text are read; schema.org ClaimReview marks a fact-check', async () => {
  const claimReview = articlePage('Fact check: the claim', PARAGRAPHS, '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","reviewRating":{"@type":"Rating"}}</script>');
  const fetcher = fetcherOf({
    'https://www.state.gov/report.pdf': { body: minimalPdf(PDF_LINES, { title: 'Country report' }), contentType: 'application/pdf' },
    'https://data.example/notes.txt': { body: `Field notes\n\n${PARAGRAPHS.join('\n\n')}`, contentType: 'text/plain' },
    'https://checks.example/claim': { body: claimReview },
  });
  const reader = createRemoteReader({ fetcher });
  const pdf = await reader(hit('https://www.state.gov/report.pdf'));
  assert.ok(pdf.ok, !pdf.ok ? pdf.reason : '');
  assert.equal(pdf.document.title, 'Country report');
  assert.equal(pdf.document.kind, 'official');
  assert.match(pdf.document.text, /Orbán warned that membership/);
  const text = await reader(hit('https://data.example/notes.txt'));
  assert.ok(text.ok && text.document.title === 'Field notes');
  const check = await reader(hit('https://checks.example/claim'));
  assert.ok(check.ok && check.document.kind === 'fact-checker');
});

test('failed fetches and thin pages become reasons', async () => {
  const fetcher = fetcherOf({ 'https://thin.example/a': { body: '<html><body><p>Subscribe to continue reading.</p></body></html>' } });
  const reader = createRemoteReader({ fetcher });
  assert.deepEqual(await reader(hit('https://missing.example/a')), { ok: false, reason: 'HTTP 404 Not Found' });
  const thin = await reader(hit('https://thin.example/a'));
  assert.ok(!thin.ok && /^too short/.test(thin.reason));
});

test('a snapshot fetched within the TTL is re-used instead of fetching again; an older one is not', async () => {
  const store = await memoryStore();
  const url = 'https://www.reuters.com/world/orban-nato';
  await store.upsertDocuments([{ url, title: 'Stored', outlet: 'Reuters', fetchedAt: '2026-11-22T08:00:00.000Z', kind: 'news', text: PARAGRAPHS.join('\n\n'), origin: 'searxng' }]);
  const fetcher = fetcherOf({ [url]: { body: articlePage('Fresh', [...PARAGRAPHS, 'A new paragraph added since then, with more detail on the talks.']) } });
  const within = createRemoteReader({ fetcher, store, cacheTtlMs: 6 * 3600_000, clock: () => new Date('2026-11-22T12:00:00Z') });
  const cached = await within(hit(`${url}?utm_campaign=x`));
  assert.ok(cached.ok && cached.cached === true && cached.document.title === 'Stored');
  assert.deepEqual(fetcher.calls, [], 'nothing fetched');
  const expired = createRemoteReader({ fetcher, store, cacheTtlMs: 3600_000, clock: () => new Date('2026-11-22T12:00:00Z') });
  const fresh = await expired(hit(url));
  assert.ok(fresh.ok && !fresh.cached && fresh.document.title === 'Fresh');
  assert.equal(fetcher.calls.length, 1);
});

test('a provider API reader takes the URLs it handles', async () => {
  const fetcher = fetcherOf({});
  const reader = createRemoteReader({
    fetcher,
    apiReaders: [{ handles: (url) => url.startsWith('https://wiki.example/'), read: async (entry) => ({ ok: true, document: { url: entry.url, title: 'Article', outlet: 'Wiki', fetchedAt: 'now', kind: 'encyclopedia', text: PARAGRAPHS.join('\n\n'), origin: 'wikipedia' } }) }],
  });
  const outcome = await reader(hit('https://wiki.example/wiki/NATO'));
  assert.ok(outcome.ok && outcome.document.outlet === 'Wiki');
  assert.deepEqual(fetcher.calls, []);
});
