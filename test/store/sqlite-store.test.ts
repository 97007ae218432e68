import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { toFtsQuery } from '../../src/adapters/store/sqlite/fts-query.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';
import { MIGRATIONS } from '../../src/adapters/store/sqlite/migrations.ts';
import { siteStoreSuite, storeSuite } from './store-suite.ts';

storeSuite('sqlite', async () => createSqliteStore({ file: ':memory:' }));
siteStoreSuite('sqlite', async () => createSqliteStore({ file: ':memory:' }));

test('sqlite: a file store persists across reopen, runs in WAL mode and migrates once', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-store-')), 'nested', 'store.db');
  const first = createSqliteStore({ file });
  await first.upsertDocuments(NATO_CORPUS.slice(0, 2));
  assert.equal((first.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode, 'wal');
  await first.close();
  const second = createSqliteStore({ file });
  assert.equal(await second.countDocuments(), 2);
  assert.equal((second.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n, MIGRATIONS.length);
  await second.close();
});

test('fts query: words are quoted, stopwords dropped, required groups AND-ed', () => {
  assert.equal(toFtsQuery('the NATO "bid"'), '"nato" OR "bid"');
  assert.equal(toFtsQuery('and or not'), undefined);
  assert.equal(toFtsQuery('membership', [['NATO', 'North Atlantic Treaty Organization']]), '("nato" OR "north atlantic treaty organization") AND ("membership" OR "nato" OR "north atlantic treaty organization")');
});
