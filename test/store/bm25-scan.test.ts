// The scan (src/adapters/store/sqlite/bm25-scan.ts) reads FTS5's index itself and must give exactly what bm25() gives:
// the same rows, the same scores to the bit, in the same order. A tiny page size makes doclists run over many pages
// and single position lists over several; a low automerge makes many segments and leaves merges half done.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { DocumentInput } from '../../src/contracts/types.ts';
import { createBm25Scan } from '../../src/adapters/store/sqlite/bm25-scan.ts';
import { createDoclistReader, Doclist } from '../../src/adapters/store/sqlite/fts5-doclist.ts';
import { parseStructure } from '../../src/adapters/store/sqlite/fts5-format.ts';
import { createPhraseCounter } from '../../src/adapters/store/sqlite/fts5-phrase.ts';
import { buildFtsQuery } from '../../src/adapters/store/sqlite/fts-query.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { seededRandom as random } from '../support/seeded-random.ts';

const WORDS = [...Array.from({ length: 160 }, (_, index) => `w${index.toString(36)}q`), 'united', 'states', 'u', 's', 'a', 'kingdom', 'café', 'Zürich', '19', 'covid'];
/** Frequent words first, as in text; 'united states', 'u s a' and 'covid 19' come together often. */
function sentence(next: () => number, length: number): string {
  const words: string[] = [];
  while (words.length < length) {
    const roll = next();
    if (roll < 0.08) words.push('united', 'states');
    else if (roll < 0.12) words.push('u', 's', 'a');
    else if (roll < 0.15) words.push('covid', '19');
    else words.push(WORDS[Math.floor(WORDS.length * next() ** 2.2)]!);
  }
  return words.join(' ');
}

function corpus(count: number, seed: number): DocumentInput[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => ({
    url: `https://example.org/${seed}/${index}`, title: sentence(next, 2 + Math.floor(next() * 3)), outlet: 'Example', fetchedAt: '2026-01-01T00:00:00.000Z',
    kind: 'news', origin: 'test',
    // One passage in fifty is long and repetitive: its position lists outgrow a 64-byte page.
    text: `${next() < 0.02 ? 'united states '.repeat(40) : ''}${sentence(next, 3 + Math.floor(next() * 25))}.`,
  }));
}

const REQUIRED = [['united states', 'u s a', 'USA'], ['kingdom', 'café'], ['covid 19'], ['w1q', 'w2q', 'w3q']];

function queries(count: number, seed: number): Array<{ text: string; required: string[][] }> {
  const next = random(seed);
  return Array.from({ length: count }, () => ({
    text: sentence(next, 1 + Math.floor(next() * 6)),
    required: REQUIRED.filter(() => next() < 0.3),
  }));
}

const FULL = 'SELECT rowid, bm25(passages_fts, 1.00, 1.00) AS rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?';

async function fragmentedStore(file: string) {
  const store = createSqliteStore({ file });
  store.db.exec("INSERT INTO passages_fts (passages_fts, rank) VALUES ('pgsz', 64); INSERT INTO passages_fts (passages_fts, rank) VALUES ('automerge', 2);");
  for (let batch = 0; batch < 12; batch++) await store.upsertDocuments(corpus(250, batch + 1));
  return store;
}

test('doclist reader: every term\'s rows and instances as fts5vocab counts them, over trimmed segments and lists that span pages', async () => {
  const store = await fragmentedStore(':memory:');
  const segments = parseStructure((store.db.prepare('SELECT block FROM passages_fts_data WHERE id = 10').get() as { block: Uint8Array }).block)!;
  assert.ok(segments.some((segment) => segment.first > 1), 'an incremental merge has trimmed an input segment');
  const reader = createDoclistReader(store.db, 'passages_fts');
  const counter = createPhraseCounter(reader, [1, 1]);
  const list = new Doclist();
  store.db.exec('CREATE VIRTUAL TABLE temp.vocab_rows USING fts5vocab(main, passages_fts, row)');
  let spanning = 0;
  const encoder = new TextEncoder();
  for (const { term, doc, cnt } of store.db.prepare('SELECT term, doc, cnt FROM temp.vocab_rows').all() as Array<{ term: string; doc: number; cnt: number }>) {
    const key = encoder.encode(`0${term}`);
    reader.read(segments, key, list);
    assert.equal(list.length, doc, term);
    for (let entry = 0; entry < list.length; entry++) if (list.start[entry] === 0) spanning++;
    const counted = counter.count(segments, [key]);
    assert.equal(counted.frequencies.subarray(0, counted.length).reduce((total, frequency) => total + frequency, 0), cnt, `${term}: instances`);
  }
  assert.ok(spanning > 100, `${spanning} position lists run over a page`);
  await store.close();
});

test('bm25 scan: the same rows and scores as bm25(), in order, over multi-page doclists, many segments and half-done merges', async () => {
  const store = await fragmentedStore(':memory:');
  const segments = (store.db.prepare('SELECT count(*) AS n FROM passages_fts_idx').get() as { n: number }).n;
  assert.ok(segments > 100, `the index spans ${segments} leaf pages with terms`);
  const scan = createBm25Scan(store.db);
  const full = store.db.prepare(FULL);
  let compared = 0;
  for (const [index, { text, required }] of queries(150, 7).entries()) {
    const query = buildFtsQuery(text, required);
    if (!query) continue;
    const limit = [1, 10, 40, 120][index % 4]!;
    const scanned = scan.search(query, limit);
    assert.ok(scanned, `the scan answered "${text}"`);
    assert.deepEqual(scanned, full.all(query.match, limit).map((row) => ({ ...row })), `"${text}" ${JSON.stringify(required)} top ${limit}`);
    compared++;
  }
  assert.ok(compared > 140);
  await store.close();
});

test('bm25 scan: rows another connection adds are read before the next search', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-bm25-scan-')), 'store.db');
  const store = await fragmentedStore(file);
  const scan = createBm25Scan(store.db);
  const full = store.db.prepare(FULL);
  const same = (seed: number) => {
    for (const { text, required } of queries(30, seed)) {
      const query = buildFtsQuery(text, required);
      if (query) assert.deepEqual(scan.search(query, 20), full.all(query.match, 20).map((row) => ({ ...row })), text);
    }
  };
  same(11);
  const other = createSqliteStore({ file });
  await other.upsertDocuments(corpus(400, 99));
  await other.upsertDocuments([{ ...corpus(1, 100)[0]!, text: 'zebraq united states zebraq.' }]);
  same(11);
  same(12);
  const query = buildFtsQuery('zebraq')!;
  assert.deepEqual(scan.search(query, 5)?.length, 1, 'a word only the other connection wrote');
  await other.close();
  await store.close();
});

test('bm25 scan: declines below its row threshold, inside a write transaction and for a phrase with no tokens', async () => {
  const store = await fragmentedStore(':memory:');
  const query = buildFtsQuery('united states kingdom')!;
  assert.equal(createBm25Scan(store.db, { minimumRows: 1_000_000 }).search(query, 10), undefined);
  const scan = createBm25Scan(store.db);
  store.db.exec('BEGIN');
  assert.equal(scan.search(query, 10), undefined, 'rows not yet flushed to segments are invisible to the scan');
  store.db.exec('COMMIT');
  assert.ok(scan.search(query, 10));
  assert.equal(scan.search({ ...query, phrases: new Map([['"—"', 1]]), ranking: ['"—"'], match: '"—"' }, 10), undefined);
  await store.close();
});

test('bm25 scan: declines an index whose position lists are not full or that keeps no row sizes', async () => {
  for (const option of ["detail='column'", 'columnsize=0']) {
    const store = createSqliteStore({ file: ':memory:' });
    store.db.exec(`CREATE VIRTUAL TABLE other_fts USING fts5(text, heading, ${option}, tokenize='porter unicode61 remove_diacritics 2');
      INSERT INTO other_fts (rowid, text, heading) VALUES (1, 'united states', 'a'), (2, 'united kingdom', 'b');`);
    assert.equal(createBm25Scan(store.db, { table: 'other_fts' }).search(buildFtsQuery('united states')!, 5), undefined, option);
    await store.close();
  }
});

test('bm25 scan: rows with gaps between their rowids have their own sizes', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  store.db.exec("CREATE VIRTUAL TABLE gaps_fts USING fts5(text, heading, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2')");
  const insert = store.db.prepare('INSERT INTO gaps_fts (rowid, text, heading) VALUES (?, ?, ?)');
  const next = random(21);
  for (let row = 0; row < 400; row++) insert.run(1 + row * 7 + Math.floor(next() * 5), sentence(next, 2 + Math.floor(next() * 30)), sentence(next, 2));
  const scan = createBm25Scan(store.db, { table: 'gaps_fts' });
  const full = store.db.prepare('SELECT rowid, bm25(gaps_fts, 1.00, 1.00) AS rank FROM gaps_fts WHERE gaps_fts MATCH ? ORDER BY rank LIMIT ?');
  for (const { text, required } of queries(40, 22)) {
    const query = buildFtsQuery(text, required);
    if (query) assert.deepEqual(scan.search(query, 15), full.all(query.match, 15).map((row) => ({ ...row })), text);
  }
  await store.close();
});
