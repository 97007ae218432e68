// Searches within a period scan only the rowids the period's passages lie in (period-span.ts): the span covers every
// passage of the period wherever it was stored, follows passages added later, and the hits are those of a full scan.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPeriodSpan } from '../../src/adapters/store/sqlite/period-span.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import type { DocumentInput } from '../../src/contracts/types.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';

const undated = (text: string): DocumentInput => ({ ...NATO_CORPUS[0]!, url: `https://web.example/${text.length}`, publishedAt: undefined, text });
const rowidsOf = (store: ReturnType<typeof createSqliteStore>, year: string) =>
  (store.db.prepare(`SELECT p.rowid AS rowid FROM passages p JOIN documents d ON d.rowid = p.document_rowid
    WHERE substr((SELECT value FROM strings WHERE rowid = d.published_at_id), 1, 10) BETWEEN ? AND ?`).all(`${year}-01-01`, `${year}-12-31`) as { rowid: number }[]).map((row) => row.rowid);

test('period span: every passage of the period lies within it, in blocks stored out of date order, and later passages join it', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  // Dates out of order (as web pages read later are), and a page without a date.
  await store.upsertDocuments([...NATO_CORPUS, undated('A page without a date about NATO and Ukraine.')]);
  const periods = createPeriodSpan(store.db, { block: 2, readBlocksAfter: 1 });
  for (const year of ['2008', '2019', '2021', '2022', '2023', '2024']) {
    const span = periods.span(`${year}-01-01`, `${year}-12-31`);
    const rowids = rowidsOf(store, year);
    assert.ok(span && rowids.every((rowid) => rowid >= span.first && rowid <= span.last), `${year}: ${JSON.stringify(span)} holds ${rowids}`);
  }
  const all = (store.db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  const narrow = periods.span('2008-01-01', '2008-12-31')!;
  assert.ok(narrow.last - narrow.first + 1 < all, 'a period early in the store leaves the later passages out');
  assert.equal(periods.span('1990-01-01', '1990-12-31'), undefined, 'no passage of 1990');
  await store.upsertDocuments([{ ...NATO_CORPUS[0]!, url: 'https://news.example/1990', publishedAt: '1990-05-01', text: 'NATO foreign ministers meet in Turnberry.' }]);
  const later = periods.span('1990-01-01', '1990-12-31');
  assert.ok(later && rowidsOf(store, '1990').every((rowid) => rowid >= later.first && rowid <= later.last), 'a passage added later is in its period');
  await store.close();
});

test('period span: a connection searches every rowid until it has searched within periods often enough to read the blocks', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.upsertDocuments(NATO_CORPUS);
  const periods = createPeriodSpan(store.db, { block: 2, readBlocksAfter: 3 });
  assert.deepEqual([periods.span('1990-01-01', '1990-12-31'), periods.span('1990-01-01', '1990-12-31')], [{ first: 0, last: Number.MAX_SAFE_INTEGER }, { first: 0, last: Number.MAX_SAFE_INTEGER }]);
  assert.equal(periods.span('1990-01-01', '1990-12-31'), undefined);
  await store.close();
});

test('sqlite: searches within a period give the hits of a full scan, before and after the span is read', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.upsertDocuments([...NATO_CORPUS, undated('NATO summit news without a date.')]);
  const ask = () => Promise.all(['2008', '2021', '2023', '1990'].map((year) => store.searchPassages('NATO Ukraine membership', { limit: 5, publishedWithin: { from: `${year}-01-01`, to: `${year}-12-31` } })));
  const expected = await ask();
  assert.deepEqual(expected.map((hits) => hits.length > 0), [true, true, true, false]);
  for (let round = 0; round < 20; round++) assert.deepEqual(await ask(), expected);
  assert.deepEqual(await store.hasPassages('Orbán', { publishedWithin: { from: '2023-01-01', to: '2023-12-31' } }), true);
  assert.deepEqual(await store.hasPassages('Orbán', { publishedWithin: { from: '2008-01-01', to: '2008-12-31' } }), false);
  await store.close();
});
