// Acceptance: `crosscheck ask` with SEARXNG_URL pointing at a local stub whose results are pages served by
// local stubs gives a report whose sources are those pages, read in full, with snapshots and hashes; a
// follow-up re-uses the snapshots; hostile, disallowed and thin results are skipped with their reasons.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ask } from '../../src/interfaces/cli/commands/ask.ts';
import { type Report, ReportSchema } from '../../src/contracts/schema.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { articlePage, html, json, type LocalServer, localServer } from '../fetch/local-server.ts';
import { fakeIo } from '../support/fake-io.ts';

const QUESTION = 'Which NATO members support or oppose Ukraine joining, and what are their stated reasons?';

/** Four outlets' articles: who supports or opposes Ukraine joining NATO, and why. */
const ARTICLES: Record<string, { site: string; title: string; date: string; paragraphs: string[] }> = {
  '/world/poland-baltics-back-ukraine': {
    site: 'Baltic Ledger',
    title: 'Poland and the Baltic states back Ukraine joining NATO',
    date: '2026-11-18T09:00:00Z',
    paragraphs: [
      'Polish President Andrzej Duda said on Tuesday that Poland supports Ukraine joining NATO as soon as possible, arguing that membership would deter Russia from attacking again.',
      'Estonia, Latvia and Lithuania backed the call in a joint statement, saying that a neutral Ukraine would remain exposed to Russian pressure.',
      'Lithuanian officials said Ukraine had earned its place in NATO through its defence of Europe, and that the alliance should set a timetable for its accession.',
      'The Baltic foreign ministers said the alliance must not let Moscow veto the membership of any country.',
      'Polish diplomats said they would raise Ukraine joining NATO again at the next summit of the alliance.',
    ],
  },
  '/politics/hungary-opposes-membership': {
    site: 'Danube Daily',
    title: 'Hungary opposes Ukraine joining NATO while the war continues',
    date: '2026-11-19T12:00:00Z',
    paragraphs: [
      'Hungarian Prime Minister Viktor Orbán said that Hungary opposes Ukraine joining NATO while the war continues, warning that membership would drag the alliance into a war with Russia.',
      'Budapest also cited the rights of the Hungarian minority in western Ukraine as a reason to withhold its support for Ukraine joining NATO.',
      'Orbán said Hungary would block any invitation to Ukraine that required a unanimous decision of the NATO members.',
      'Hungarian officials said the alliance should focus on a ceasefire instead of Ukraine joining NATO.',
      'Critics in Kyiv said Hungary was echoing arguments made by the Kremlin about NATO.',
    ],
  },
  '/analysis/germany-cautious': {
    site: 'Rhine Review',
    title: 'Germany cautious about Ukraine joining NATO during the war',
    date: '2026-11-20T08:00:00Z',
    paragraphs: [
      'Germany is cautious about Ukraine joining NATO during the war, with Chancellor Olaf Scholz saying that accession must wait until the fighting ends.',
      'German officials argued that inviting Ukraine into NATO now could make the alliance a party to the conflict with Russia.',
      'Berlin says it supports Ukraine joining NATO in the long term, once reforms are complete and the war is over.',
      'The German defence minister said security guarantees for Ukraine could bridge the time until membership.',
      'Analysts said the German position was close to that of the United States on Ukraine joining NATO.',
    ],
  },
  '/news/us-eventual-membership': {
    site: 'Capitol Wire',
    title: 'United States says Ukraine will eventually join NATO',
    date: '2026-11-21T15:00:00Z',
    paragraphs: [
      'U.S. Secretary of State Antony Blinken said that Ukraine will eventually become a NATO member, but that no date had been set for Ukraine joining NATO.',
      'Washington rejects Russia\'s demand that Ukraine be barred from joining NATO, saying that every country may choose its own alliances.',
      'American officials said Ukraine must first carry out reforms of its defence sector and fight corruption before joining NATO.',
      'The United States and Germany agreed that the Vilnius summit language on membership remained valid for NATO.',
      'Turkish officials said Turkey supports Ukraine joining NATO in principle while keeping open its channels to Moscow.',
    ],
  },
};

const THIN = '<html><body><p>Subscribe to read this article.</p></body></html>';

let outletA: LocalServer;
let outletB: LocalServer;
let searxng: LocalServer;
let dir: string;

function pageFor(pathname: string, origin: string) {
  const article = ARTICLES[pathname];
  const head = `<meta property="og:site_name" content="${article.site}"><meta property="article:published_time" content="${article.date}"><link rel="canonical" href="${origin}${pathname}">`;
  return articlePage(article.title, article.paragraphs, head);
}

before(async () => {
  const serve = (request: { url: string }, response: Parameters<typeof html>[0], origin: () => string) => {
    const pathname = new URL(request.url, 'http://x').pathname;
    if (pathname === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      return response.end('User-agent: *\nDisallow: /private/\n');
    }
    if (ARTICLES[pathname]) return html(response, pageFor(pathname, origin()));
    if (pathname === '/copy-of-hungary') return html(response, articlePage('Syndicated', ARTICLES['/politics/hungary-opposes-membership'].paragraphs));
    if (pathname === '/thin') return html(response, THIN);
    if (pathname.startsWith('/private/')) return html(response, articlePage('Private', ARTICLES['/world/poland-baltics-back-ukraine'].paragraphs));
    response.writeHead(404);
    response.end();
  };
  outletA = await localServer((request, response) => serve(request, response, () => outletA.origin));
  outletB = await localServer((request, response) => serve(request, response, () => outletB.origin));
  searxng = await localServer((request, response) => {
    const [first, second] = [outletA.origin, outletB.origin];
    const results = [
      { url: `${first}/world/poland-baltics-back-ukraine?utm_source=searx`, title: 'Poland and the Baltic states back Ukraine', content: 'Poland supports...', engine: 'stub', score: 5 },
      { url: `${second}/politics/hungary-opposes-membership`, title: 'Hungary opposes', content: 'Orbán...', engine: 'stub', score: 4.5 },
      { url: `${first}/analysis/germany-cautious`, title: 'Germany cautious', content: 'Scholz...', engine: 'stub', score: 4 },
      { url: `${second}/news/us-eventual-membership`, title: 'US says eventually', content: 'Blinken...', engine: 'stub', score: 3.5 },
      { url: `${first}/copy-of-hungary`, title: 'Syndicated copy', content: '', engine: 'stub', score: 3 },
      { url: `${first}/private/members-only`, title: 'Members only', content: '', engine: 'stub', score: 2.5 },
      { url: 'http://169.254.169.254/latest/meta-data/', title: 'Metadata', content: '', engine: 'stub', score: 2 },
      { url: `${second}/thin`, title: 'Thin', content: '', engine: 'stub', score: 1.5 },
    ];
    json(response, { query: new URL(request.url, 'http://x').searchParams.get('q'), number_of_results: results.length, results, answers: [], infoboxes: [], suggestions: [], unresponsive_engines: [] });
  });
  dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-web-'));
  // An unrelated stored document keeps the demo corpus from loading: the report must rest on the web pages.
  for (const name of ['store.db', 'second.db']) {
    const store = createSqliteStore({ file: path.join(dir, name) });
    await store.upsertDocuments([{ url: 'file:///notes.txt', title: 'Notes', outlet: 'notes', fetchedAt: '2026-01-01T00:00:00.000Z', kind: 'other', text: 'A note about gardening and tomatoes in the spring.', origin: 'ingest' }]);
    await store.close();
  }
});

after(async () => {
  await Promise.all([outletA.close(), outletB.close(), searxng.close()]);
});

const env = () => ({
  CROSSCHECK_WEB: 'auto',
  SEARXNG_URL: searxng.origin,
  CROSSCHECK_FETCH_ALLOW: `${outletA.host},${outletB.host}`,
  CROSSCHECK_STORE: 'store.db',
  WIKIPEDIA_URL: 'off',
  GDELT_URL: 'off',
});

let first: Report;

test('the report rests on the stub pages, read in full, with snapshots and content hashes', async () => {
  const io = fakeIo(dir, { env: env() });
  assert.equal(await ask([QUESTION, '--json'], io), 0, io.err);
  first = ReportSchema.parse(JSON.parse(io.out));
  assert.ok(searxng.requests.length >= 1 && searxng.requests.every((request) => new URL(request.url, 'http://x').searchParams.get('format') === 'json'));
  assert.equal(first.insufficientEvidence, false, first.warnings.join('; '));
  const articleUrls = new Set([...Object.keys(ARTICLES)].flatMap((pathname) => [`${outletA.origin}${pathname}`, `${outletB.origin}${pathname}`]));
  assert.ok(first.sources.length >= 3, `${first.sources.length} sources`);
  const store = createSqliteStore({ file: path.join(dir, 'store.db') });
  try {
    for (const source of first.sources) {
      assert.ok(articleUrls.has(source.url), `${source.url} is one of the stub articles (canonical, without tracking parameters)`);
      assert.match(source.contentHash, /^sha256:[0-9a-f]{64}$/);
      assert.ok(!Number.isNaN(Date.parse(source.fetchedAt)));
      const article = ARTICLES[new URL(source.url).pathname];
      assert.equal(source.outlet, article.site);
      assert.equal(Date.parse(source.publishedAt ?? ''), Date.parse(article.date));
      const [snapshot] = await store.getDocuments([source.documentId!]);
      assert.equal(snapshot.contentHash, source.contentHash);
      for (const paragraph of article.paragraphs) assert.ok(snapshot.text.includes(paragraph), `the snapshot of ${source.url} holds the whole article`);
    }
  } finally {
    await store.close();
  }
  assert.ok(new Set(first.sources.map((source) => source.outlet)).size >= 3, 'several outlets');
  const cited = [...first.summary, ...first.sections.flatMap((section) => section.sentences), ...first.bottomLine];
  assert.ok(cited.length > 0 && cited.every((sentence) => sentence.cites.length > 0));
});

test('hostile, disallowed, thin and copied results were skipped, each with its reason', async () => {
  const io = fakeIo(dir, { env: { ...env(), CROSSCHECK_STORE: 'second.db' } });
  assert.equal(await ask([QUESTION], io), 0, io.err);
  assert.match(io.err, /read: Skipped http:\/\/169\.254\.169\.254\/latest\/meta-data\/: refused: 169\.254\.169\.254 is the cloud metadata address/);
  assert.match(io.err, /read: Skipped http:\/\/127\.0\.0\.1:\d+\/private\/members-only: disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt/);
  assert.match(io.err, /read: Skipped http:\/\/127\.0\.0\.1:\d+\/thin: too short/);
  assert.match(io.err, /read: Skipped http:\/\/127\.0\.0\.1:\d+\/copy-of-hungary: duplicate of http:\/\/127\.0\.0\.1:\d+\/politics\/hungary-opposes-membership/);
  assert.ok(!outletA.requests.some((request) => request.url.startsWith('/private/')), 'the disallowed page was never requested');
});

test('a follow-up re-uses the snapshots its parent read instead of fetching again', async () => {
  const articleRequests = () => [...outletA.requests, ...outletB.requests].filter((request) => ARTICLES[new URL(request.url, 'http://x').pathname]).length;
  const before = articleRequests();
  const io = fakeIo(dir, { env: env() });
  assert.equal(await ask(['Why does Hungary oppose Ukraine joining NATO?', '--json', '--parent', first.id], io), 0, io.err);
  const followUp = ReportSchema.parse(JSON.parse(io.out));
  assert.equal(followUp.parentId, first.id);
  assert.equal(articleRequests(), before, 'no article was fetched again');
  const parentHashes = new Set(first.sources.map((source) => source.contentHash));
  assert.ok(followUp.sources.some((source) => parentHashes.has(source.contentHash)), 'the follow-up cites the same snapshots');
});
