// What a SQLite store keeps per connection to search faster (the scan's kept scores, the passages' days, the hits read
// before) must never change an answer: the same rows, scores and order as SQL, and hits as they are stored now.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentInput } from '../../src/contracts/types.ts';
import { buildFtsQuery } from '../../src/adapters/store/sqlite/fts-query.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { createTopKSearch } from '../../src/adapters/store/sqlite/top-k.ts';
import { createHitReader } from '../../src/adapters/store/sqlite/hit-reader.ts';
import { seededRandom as random } from '../support/seeded-random.ts';

const VOCABULARY = Array.from({ length: 120 }, (_, index) => `w${index.toString(36)}x`);
const pick = (next: () => number) => VOCABULARY[Math.floor(VOCABULARY.length * next() ** 2.5)]!;
const DAYS = ['2021-03-04', '2022-07-01', '2022-12-31', '2023-01-01T09:00:00Z', undefined];

function corpus(count: number, seed: number): DocumentInput[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => ({
    url: `https://example.org/${seed}/${index}`, title: `${pick(next)} ${pick(next)}`, outlet: 'Example', fetchedAt: '2026-01-01T00:00:00.000Z',
    publishedAt: DAYS[index % DAYS.length], kind: 'news', origin: 'test',
    text: Array.from({ length: 4 + Math.floor(next() * 20) }, () => pick(next)).join(' ') + '.',
  }));
}

const period = (db: ReturnType<typeof createSqliteStore>['db']) => db.prepare(
  `SELECT passages_fts.rowid AS rowid, bm25(passages_fts, 1.00, 1.00) AS rank FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid
   JOIN documents d ON d.rowid = p.document_rowid
   WHERE passages_fts MATCH ? AND substr((SELECT value FROM strings WHERE rowid = d.published_at_id), 1, 10) BETWEEN ? AND ? ORDER BY rank LIMIT ?`,
);

test('search memory: within a period the scan gives SQL\'s rows, scores and order, also for passages written after the days were read', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.upsertDocuments(corpus(1500, 1));
  const answered: string[] = [];
  const topK = createTopKSearch(store.db, { scanRows: 1_000_000, scanAfterSearches: 2, scanMinRows: 0, periodSearchesFirst: 1, observe: (how) => answered.push(how) });
  const sql = period(store.db);
  const periods: [string, string][] = [['2022', '2022-12-31'], ['2022-07-01', '2023'], ['', '9999'], ['2023-01-01', '2023-01-01']];
  const next = random(7);
  for (let round = 0; round < 3; round++) {
    for (let index = 0; index < 12; index++) {
      const query = buildFtsQuery([pick(next), pick(next), pick(next)].join(' '), index % 2 ? [[pick(next)]] : [])!;
      const [from, to] = periods[index % periods.length]!;
      const scanned = topK.searchPeriod(query, 15, from, to);
      if (scanned) assert.deepEqual(scanned.map((row) => ({ ...row })), sql.all(query.match, from, to, 15).map((row) => ({ ...row })), `${query.match} ${from}..${to}`);
    }
    // Passages another connection writes later are dated too (read when the scan meets them).
    await store.upsertDocuments(corpus(200, 10 + round));
  }
  assert.ok(answered.filter((how) => how === 'scan').length >= 30, 'the scan answered once the days were read');
  await store.close();
});

test('search memory: the first searches of a connection below the scan\'s row threshold are answered by FTS5, later ones by the scan', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.upsertDocuments(corpus(800, 2));
  const answered: string[] = [];
  const topK = createTopKSearch(store.db, { scanRows: 1_000_000, scanAfterSearches: 3, scanMinRows: 0, smallMatchCount: Infinity, observe: (how) => answered.push(how) });
  const full = store.db.prepare('SELECT rowid, bm25(passages_fts, 1.00, 1.00) AS rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?');
  const next = random(3);
  for (let index = 0; index < 6; index++) {
    const query = buildFtsQuery(`${pick(next)} ${pick(next)}`)!;
    assert.deepEqual(topK.search(query, 10).map((row) => ({ ...row })), full.all(query.match, 10).map((row) => ({ ...row })));
  }
  assert.deepEqual(answered, ['full', 'full', 'full', 'scan', 'scan', 'scan']);
  const small: string[] = [];
  const below = createTopKSearch(store.db, { scanRows: 1_000_000, scanAfterSearches: 0, scanMinRows: 801, smallMatchCount: Infinity, observe: (how) => small.push(how) });
  for (let index = 0; index < 3; index++) below.search(buildFtsQuery(`${pick(next)} ${pick(next)}`)!, 10);
  assert.deepEqual(small, ['full', 'full', 'full'], 'an index smaller than scanMinRows is never scanned');
  await store.close();
});

test('search memory: hits read again come back as stored, as new objects, with a fetch time another connection moved', async () => {
  const folder = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/crosscheck-hits-`);
  const file = `${folder}/store.db`;
  const store = createSqliteStore({ file });
  const other = createSqliteStore({ file });
  const [bridge, ferry] = corpus(2, 4).map((document, index) => ({ ...document, text: ['The harbour bridge opened in spring.', 'The harbour ferry stopped in winter.'][index]! }));
  await store.upsertDocuments([bridge!, ferry!]);
  const first = await store.searchPassages('harbour bridge', { limit: 5 });
  assert.equal(first.length, 2);
  first[0]!.document.topics!.push('changed by a caller');
  first[0]!.passage.text = 'changed by a caller';
  const again = await store.searchPassages('harbour bridge', { limit: 5 });
  assert.deepEqual(again.map((hit) => [hit.passage.text, hit.document.topics, hit.score]), [
    ['The harbour bridge opened in spring.', [], first[0]!.score], ['The harbour ferry stopped in winter.', [], first[1]!.score],
  ]);
  // The same page read again by another connection: only its fetch time moves, and the next search says so.
  await other.upsertDocuments([{ ...ferry!, fetchedAt: '2026-02-01T00:00:00.000Z' }]);
  const later = await store.searchPassages('harbour bridge', { limit: 5 });
  assert.deepEqual(later.map((hit) => hit.document.fetchedAt), ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
  await other.close();
  await store.close();
});

test('search memory: hits kept within a small text budget still come back whole, in the top k\'s order', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.upsertDocuments(corpus(60, 5));
  const reader = createHitReader(store.db, { textBudget: 50 });
  const top = (store.db.prepare('SELECT rowid, -rowid AS rank FROM passages ORDER BY rowid DESC LIMIT 30').all() as { rowid: number; rank: number }[]).map((row) => ({ ...row }));
  const plain = createHitReader(store.db, { textBudget: 0 }).read(top);
  for (const round of [top, top.slice(5, 25), top]) {
    assert.deepEqual(reader.read(round), plain.filter((hit) => round.some((row) => -row.rank === hit.score)));
  }
  assert.equal(plain.length, 30);
  await store.close();
});

test('search memory: a serving connection (scan and days from the first search) answers as a one-report connection does', async () => {
  const folder = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/crosscheck-serving-`);
  const file = `${folder}/store.db`;
  const writer = createSqliteStore({ file });
  await writer.upsertDocuments(corpus(900, 6));
  const serving = createSqliteStore({ file, serving: true });
  const next = random(11);
  for (let index = 0; index < 20; index++) {
    const query = [pick(next), pick(next), pick(next)].join(' ');
    const options = { limit: 12, ...(index % 3 === 0 ? { required: [[pick(next)]] } : {}), ...(index % 2 === 0 ? { publishedWithin: { from: '2022', to: '2022-12-31' } } : {}) };
    const [fresh, kept] = [await writer.searchPassages(query, options), await serving.searchPassages(query, options)];
    assert.deepEqual(kept.map((hit) => [hit.passage.id, hit.score]), fresh.map((hit) => [hit.passage.id, hit.score]), query);
    assert.equal(await serving.hasPassages(query, options), await writer.hasPassages(query, options));
  }
  await serving.close();
  await writer.close();
});
