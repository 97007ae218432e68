// The full-text index weighs a passage's heading (title or topic labels) as much as its text, as a flat
// index would: the setting the retrieval benchmark chose on SciFact's train claims.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentInput } from '../../src/contracts/types.ts';
import { BM25_COLUMN_WEIGHTS, COLUMN_WEIGHTS } from '../../src/adapters/store/sqlite/fts-query.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';

const document = (title: string, text: string): DocumentInput => ({
  url: `https://example.org/${encodeURIComponent(title)}`, title, outlet: 'Example', fetchedAt: '2026-01-01T00:00:00.000Z', kind: 'news', text, origin: 'test',
});

test('column weights: the heading weighs as much as the text, written out for bm25()', () => {
  assert.deepEqual(COLUMN_WEIGHTS, { text: 1, heading: 1 });
  assert.equal(BM25_COLUMN_WEIGHTS, '1.00, 1.00');
});

test('search: a word in the title scores as the same word in the text of an equally long passage', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.upsertDocuments([
    document('Zebra crossings', 'Councils repaint the road markings every spring.'),
    document('Road markings', 'Councils repaint the zebra crossings every spring.'),
    document('Unrelated', 'Nothing here mentions the animal or the road at all, at length.'),
  ]);
  const hits = await store.searchPassages('zebra', { limit: 10 });
  assert.equal(hits.length, 2);
  assert.ok(Math.abs(hits[0].score - hits[1].score) < 1e-9, `${hits[0].score} vs ${hits[1].score}`);
  await store.close();
});
