// The read stage with web results: the page budget, one progress event per page read or skipped with its
// reason, copies dropped, snapshots stored with content hashes beside the local documents.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProgressEvent, SearchHit } from '../../src/contracts/types.ts';
import { read, type RemoteReader } from '../../src/pipeline/read/index.ts';
import { memoryStore } from '../support/fakes.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';

const TEXT = (topic: string) =>
  [`${topic} was discussed by NATO foreign ministers at a meeting in Brussels on Wednesday afternoon.`, `Several ministers said the question of ${topic} would return at the next summit in the summer.`, 'Diplomats described the talks as frank, and no decision was announced at the end of the day.'].join('\n\n');

const OTHER = 'Finland officially joined the alliance in April 2023, becoming its thirty-first member after Turkey ratified the accession. Sweden followed in March 2024 once Hungary approved its bid.';

const web = (url: string, score: number): SearchHit => ({ url, title: url, snippet: '', provider: 'searxng', score });

const reader: RemoteReader = async (hit) => {
  if (hit.url.includes('blocked')) return { ok: false, reason: 'disallowed by https://blocked.example/robots.txt' };
  if (hit.url.includes('throws')) throw new Error('parser exploded');
  const copied = hit.url.includes('copy') || hit.url.includes('original');
  const text = copied ? TEXT('Ukraine membership') : `${hit.url} reports on another matter entirely. ${OTHER}`;
  return { ok: true, document: { url: hit.url, title: `Title of ${hit.url}`, outlet: new URL(hit.url).hostname, fetchedAt: '2026-11-22T10:00:00.000Z', kind: 'news', text, origin: 'searxng' } };
};

test('web pages are read within the budget, each read or skipped page reported with its reason', async () => {
  const store = await memoryStore(NATO_CORPUS.slice(0, 2));
  const [local] = await store.getDocuments([(await store.upsertDocuments(NATO_CORPUS.slice(0, 1)))[0].document.id]);
  const events: ProgressEvent[] = [];
  const hits: SearchHit[] = [
    { url: local.url, title: local.title, snippet: '', provider: 'local', score: 2, documentId: local.id },
    web('https://a.example/original', 1),
    web('https://b.example/copy', 0.9),
    web('https://blocked.example/page', 0.8),
    web('https://c.example/throws', 0.7),
    web('https://d.example/enlargement', 0.6),
    web('https://e.example/over-budget', 0.1),
  ];
  const result = await read({ hits, store, readRemote: reader, maxPages: 5, onEvent: (event) => events.push(event), clock: () => new Date('2026-11-22T10:00:00Z') });
  const urls = result.documents.map((entry) => entry.document.url).sort();
  assert.deepEqual(urls, [local.url, 'https://a.example/original', 'https://d.example/enlargement'].sort());
  const pageEvents = events.filter((event) => event.type === 'read' && event.data?.url);
  const reasons = Object.fromEntries(pageEvents.map((event) => [event.data!.url as string, [event.data!.skipped, event.data!.reason]]));
  assert.deepEqual(reasons['https://b.example/copy'], [true, 'duplicate of https://a.example/original']);
  assert.deepEqual(reasons['https://blocked.example/page'], [true, 'disallowed by https://blocked.example/robots.txt']);
  assert.deepEqual(reasons['https://c.example/throws'], [true, 'read failed (parser exploded)']);
  assert.deepEqual(reasons['https://e.example/over-budget'], [true, 'not read: over the limit of 5 pages per report']);
  assert.equal(reasons['https://a.example/original'][0], false);
  assert.match(String(reasons['https://a.example/original'][1]), /^read \d+ characters$/);
  assert.equal(result.skipped.length, 4);
  const stored = result.documents.find((entry) => entry.document.url === 'https://a.example/original')!;
  assert.match(stored.document.contentHash, /^sha256:[0-9a-f]{64}$/);
  assert.ok(stored.passages.length >= 1, 'the snapshot is split into passages');
});

test('without a web reader, web results are skipped with that reason and local documents are still read', async () => {
  const store = await memoryStore();
  const [{ document }] = await store.upsertDocuments(NATO_CORPUS.slice(0, 1));
  const events: ProgressEvent[] = [];
  const result = await read({ hits: [web('https://a.example/x', 1), { ...web(document.url, 1), documentId: document.id }], store, onEvent: (event) => events.push(event) });
  assert.deepEqual(result.documents.map((entry) => entry.document.id), [document.id]);
  assert.deepEqual(result.skipped, [{ url: 'https://a.example/x', reason: 'no web reader is configured' }]);
});

test('many local matches never crowd the web results out', async () => {
  const store = await memoryStore();
  const stored = await store.upsertDocuments(NATO_CORPUS);
  const localHits: SearchHit[] = stored.map(({ document }, index) => ({ url: document.url, title: '', snippet: '', provider: 'local', score: 10 - index * 0.01, documentId: document.id }));
  const result = await read({ hits: [...localHits, web('https://z.example/last', 0.001)], store, limit: 3, readRemote: reader });
  assert.equal(result.documents.length, 4, 'three local (the limit) and the web page');
  assert.ok(result.documents.some((entry) => entry.document.url === 'https://z.example/last'));
});
