// The pruned top k (src/adapters/store/sqlite/top-k.ts) must give exactly the full query's rows and scores.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { DocumentInput } from '../../src/contracts/types.ts';
import { buildFtsQuery } from '../../src/adapters/store/sqlite/fts-query.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { createTopKSearch, readVarint } from '../../src/adapters/store/sqlite/top-k.ts';
import { candidateFilter, minimalSets, type PhraseBound } from '../../src/adapters/store/sqlite/top-k-filter.ts';
import { seededRandom as random } from '../support/seeded-random.ts';

const VOCABULARY = Array.from({ length: 300 }, (_, index) => `w${index.toString(36)}x`);
/** Word frequencies fall with rank, as in text: a few words in most passages, most in few. */
const pick = (next: () => number) => VOCABULARY[Math.floor(VOCABULARY.length * next() ** 2.5)]!;

function corpus(count: number, seed: number): DocumentInput[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => ({
    url: `https://example.org/${seed}/${index}`, title: `${pick(next)} ${pick(next)}`, outlet: 'Example', fetchedAt: '2026-01-01T00:00:00.000Z',
    kind: 'news', origin: 'test', text: Array.from({ length: 4 + Math.floor(next() * 30) }, () => pick(next)).join(' ') + '.',
  }));
}

function queries(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => Array.from({ length: 2 + Math.floor(next() * 6) }, () => pick(next)).join(' '));
}

test('top k: pruned searches give the full query\'s rows and scores, in order, before and after more passages are written', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.upsertDocuments(corpus(4000, 1));
  const answered = { scan: 0, pruned: 0, full: 0 };
  const topK = createTopKSearch(store.db, { smallMatchCount: 0, scanRows: Infinity, observe: (how) => answered[how]++ });
  const full = store.db.prepare('SELECT rowid, bm25(passages_fts, 1.00, 1.00) AS rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?');
  const check = (round: number) => {
    for (const [index, text] of queries(80, round).entries()) {
      const query = buildFtsQuery(text)!;
      const limit = [5, 20, 60][index % 3]!;
      assert.deepEqual(topK.search(query, limit).map((row) => ({ ...row })), full.all(query.match, limit).map((row) => ({ ...row })), `round ${round}: "${text}" top ${limit}`);
    }
  };
  check(1);
  await store.upsertDocuments(corpus(3000, 2));
  check(2);
  // The equality above only means something if the filtered passes answered many of the searches.
  assert.ok(answered.pruned >= 40, `pruned ${answered.pruned}, full ${answered.full}`);
  assert.ok(answered.full >= 1, 'some searches are cheaper in full');
  await store.close();
});

test('top k: passages another connection writes are counted before the next search (the counts are not kept past a change to the index)', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-top-k-')), 'store.db');
  const store = createSqliteStore({ file });
  await store.upsertDocuments(corpus(3000, 4));
  let answered = '';
  const topK = createTopKSearch(store.db, { smallMatchCount: 0, scanRows: Infinity, observe: (how) => (answered = how) });
  const full = store.db.prepare('SELECT rowid, bm25(passages_fts, 1.00, 1.00) AS rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?');
  const texts = queries(40, 5);
  const same = () => texts.every((text) => {
    const query = buildFtsQuery(text)!;
    return JSON.stringify(topK.search(query, 20)) === JSON.stringify(full.all(query.match, 20));
  });
  assert.ok(same());
  const other = createSqliteStore({ file });
  await other.upsertDocuments(corpus(3000, 6));
  assert.ok(same(), 'after another connection added 3,000 passages');
  // A word no passage held: counted as absent, its passages would be left out of every filter.
  const query = buildFtsQuery(`zebraq ${VOCABULARY[2]} ${VOCABULARY[3]}`)!;
  assert.deepEqual(topK.search(query, 20).map((row) => ({ ...row })), full.all(query.match, 20).map((row) => ({ ...row })));
  assert.equal(answered, 'pruned', 'the filtered passes answered it, so a stale count would have left passages out');
  await other.upsertDocuments(Array.from({ length: 300 }, (_, index) => ({ ...corpus(1, 100 + index)[0]!, text: `zebraq report ${index}: zebraq.` })));
  assert.deepEqual(topK.search(query, 20).map((row) => ({ ...row })), full.all(query.match, 20).map((row) => ({ ...row })), 'after another connection added passages with a new word');
  await other.close();
  await store.close();
});

test('top k: from its row threshold on, the scan answers, with the full query\'s rows and scores', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.upsertDocuments(corpus(3000, 8));
  const answered: string[] = [];
  const topK = createTopKSearch(store.db, { scanRows: 3000, observe: (how) => answered.push(how) });
  const full = store.db.prepare('SELECT rowid, bm25(passages_fts, 1.00, 1.00) AS rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?');
  for (const text of queries(30, 9)) {
    const query = buildFtsQuery(text, [[VOCABULARY[1]!, VOCABULARY[4]!]])!;
    assert.deepEqual(topK.search(query, 20), full.all(query.match, 20).map((row) => ({ ...row })), text);
  }
  assert.deepEqual([...new Set(answered)], ['scan']);
  const below = createTopKSearch(store.db, { scanRows: 3001, smallMatchCount: Infinity, observe: (how) => answered.push(how) });
  below.search(buildFtsQuery(queries(1, 10)[0]!)!, 20);
  assert.equal(answered.at(-1), 'full', 'one passage short of the threshold, FTS5 answers');
  await store.close();
});

test('top k: the row count read from FTS5\'s averages record is the number of passages indexed', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.upsertDocuments(corpus(700, 3));
  const block = (store.db.prepare('SELECT block FROM passages_fts_data WHERE id = 1').get() as { block: Uint8Array }).block;
  assert.equal(readVarint(block), (store.db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n);
  assert.equal(readVarint(Uint8Array.of(0x81, 0x00)), 128);
  assert.equal(readVarint(Uint8Array.of(0x7f)), 127);
  await store.close();
});

test('top k filter: every set of phrases whose bounds reach the threshold holds one of the minimal sets, and no minimal set has a smaller one', () => {
  const bounds: PhraseBound[] = [['"a"', 10], ['"b"', 8], ['"c"', 5], ['"d"', 3], ['"e"', 1]].map(([phrase, bound]) => ({ phrase: String(phrase), bound: Number(bound), count: 100 }));
  const threshold = 12;
  const sets = minimalSets(bounds, threshold)!.map((set) => set.map((entry) => entry.phrase));
  assert.deepEqual(sets, [['"a"', '"b"'], ['"a"', '"c"'], ['"a"', '"d"'], ['"b"', '"c"'], ['"b"', '"d"', '"e"']]);
  for (let mask = 1; mask < 32; mask++) {
    const chosen = bounds.filter((_, index) => mask & (1 << index));
    const sum = chosen.reduce((total, entry) => total + entry.bound, 0);
    const covered = sets.some((set) => set.every((phrase) => chosen.some((entry) => entry.phrase === phrase)));
    assert.equal(covered, sum >= threshold, chosen.map((entry) => entry.phrase).join(' '));
  }
  assert.equal(candidateFilter(bounds, 0), undefined);
  assert.equal(candidateFilter(bounds, 1), undefined, 'every passage could reach a threshold the smallest bound reaches');
});
