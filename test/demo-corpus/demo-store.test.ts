// #15 item 5: the demo corpus as a ready store built at install; a new store file starts as a copy of it.
import assert from 'node:assert/strict';
import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { demoCorpusState } from '../../src/adapters/demo-corpus/demo-corpus.ts';
import { DEMO_CORPUS_FORMAT } from '../../src/adapters/demo-corpus/demo-document.ts';
import { buildDemoStore, demoStoreIsCurrent, seedFromDemoStore } from '../../src/adapters/demo-corpus/demo-store.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { tempDir } from '../ingest/fixtures.ts';

const temp = tempDir('crosscheck-demo-store-');
after(temp.cleanup);

function writeCorpus(name: string, documents: number): string {
  const header = { format: DEMO_CORPUS_FORMAT, name: 'Test events', fetchedAt: '2024-01-01T00:00:00.000Z', documents, from: '2023-01-01', to: '2023-12-31', license: 'CC BY-SA 4.0', attribution: 'Test' };
  const lines = Array.from({ length: documents }, (_, index) => JSON.stringify({
    url: `https://en.wikipedia.org/wiki/Portal:Current_events/${index}`, title: `Event ${index}`, outlet: 'Wikipedia Current Events (citing Reuters)',
    publishedAt: '2023-05-01', kind: 'encyclopedia', text: `Event number ${index} happened in the harbour of town ${index}.`, topics: ['Harbours'],
  }));
  const file = path.join(temp.dir, name);
  writeFileSync(file, gzipSync([JSON.stringify(header), ...lines].join('\n')));
  return file;
}

test('demo store: built once from the corpus, then current; a new store file is a complete copy of it', async () => {
  const corpusFile = writeCorpus('events.jsonl.gz', 120);
  const demoStoreFile = path.join(temp.dir, 'ready', 'events.store.db');
  assert.equal(demoStoreIsCurrent({ corpusFile, demoStoreFile }), false);
  assert.deepEqual(await buildDemoStore({ corpusFile, demoStoreFile }), { built: true, file: demoStoreFile });
  assert.ok(!existsSync(`${demoStoreFile}.building`), 'nothing half-built left beside it');
  assert.equal(demoStoreIsCurrent({ corpusFile, demoStoreFile }), true);
  assert.equal((await buildDemoStore({ corpusFile, demoStoreFile })).built, false, 'a current store is not rebuilt');

  const target = path.join(temp.dir, 'user', 'data', 'crosscheck.db');
  assert.equal(seedFromDemoStore(target, { corpusFile, demoStoreFile }), true);
  const store = createSqliteStore({ file: target });
  assert.deepEqual(await demoCorpusState(store), { status: 'complete', name: 'Test events', documents: 120 });
  const hits = await store.searchPassages('harbour', { limit: 500 });
  assert.equal(hits.length, 120, 'every passage is searchable in the copy');
  assert.ok(hits.some((hit) => hit.passage.text === 'Event number 7 happened in the harbour of town 7.'));
  await store.upsertDocuments([]);
  await store.close();
  assert.equal(seedFromDemoStore(target, { corpusFile, demoStoreFile }), false, 'an existing store is never overwritten');
  assert.equal(seedFromDemoStore(':memory:', { corpusFile, demoStoreFile }), false);
});

test('demo store: a changed corpus file makes the ready store stale, so nothing is copied until it is rebuilt', async () => {
  const corpusFile = writeCorpus('changing.jsonl.gz', 60);
  const demoStoreFile = path.join(temp.dir, 'changing.store.db');
  await buildDemoStore({ corpusFile, demoStoreFile });
  writeCorpus('changing.jsonl.gz', 61);
  utimesSync(corpusFile, new Date(), new Date(Date.now() + 5000));
  assert.equal(demoStoreIsCurrent({ corpusFile, demoStoreFile }), false);
  assert.equal(seedFromDemoStore(path.join(temp.dir, 'stale-target.db'), { corpusFile, demoStoreFile }), false);
  assert.equal((await buildDemoStore({ corpusFile, demoStoreFile })).built, true);
  const target = path.join(temp.dir, 'fresh-target.db');
  assert.equal(seedFromDemoStore(target, { corpusFile, demoStoreFile }), true);
  const store = createSqliteStore({ file: target });
  assert.equal(await store.countDocuments(), 61);
  await store.close();
});
