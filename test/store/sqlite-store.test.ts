import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { jobsFileOf } from '../../src/adapters/store/sqlite/jobs-file.ts';
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

test('sqlite: report jobs and progress events live in the jobs file; a store that kept them itself has them moved there', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-store-')), 'store.db');
  const AT = '2026-11-22T10:00:00.000Z';
  const first = createSqliteStore({ file });
  await first.createJob({ id: 'rep_new', question: 'Where do jobs go?', createdAt: AT });
  await first.appendEvents('rep_new', [{ type: 'plan', at: AT, message: 'Planning' }, { type: 'search', at: AT, message: 'Searching' }]);
  const tablesOf = (db: DatabaseSync) => (db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'report_%'").all() as { name: string }[]).map((row) => row.name).sort();
  assert.deepEqual(tablesOf(first.db).filter((name) => name === 'report_jobs' || name === 'report_events'), []);
  await first.close();
  const jobs = new DatabaseSync(jobsFileOf(file));
  assert.deepEqual(tablesOf(jobs), ['report_events', 'report_jobs', 'report_jobs_active']);
  jobs.close();
  // As a store before migration 7 was: jobs and events in the store's own file, no jobs file.
  rmSync(jobsFileOf(file));
  const old = new DatabaseSync(file);
  old.exec(`DELETE FROM schema_migrations WHERE version = 7;
    CREATE TABLE report_jobs (id TEXT PRIMARY KEY, question TEXT NOT NULL, question_key TEXT NOT NULL, parent_id TEXT, status TEXT NOT NULL, reason TEXT, attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
    CREATE TABLE report_events (report_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, message TEXT NOT NULL, data TEXT, PRIMARY KEY (report_id, seq));
    INSERT INTO report_jobs VALUES ('rep_old', 'Where did jobs live?', 'where did jobs live', NULL, 'done', NULL, 1, '${AT}', '${AT}');
    INSERT INTO report_events VALUES ('rep_old', 1, 'plan', '${AT}', 'Planning', '{"plan":{"topic":"jobs"}}');`);
  old.close();
  const reopened = createSqliteStore({ file });
  assert.equal((await reopened.getJob('rep_old'))?.status, 'done');
  assert.deepEqual((await reopened.listEvents('rep_old')).map((event) => [event.seq, event.message, event.data]), [[1, 'Planning', { plan: { topic: 'jobs' } }]]);
  assert.deepEqual(tablesOf(reopened.db).filter((name) => name === 'report_jobs' || name === 'report_events'), []);
  assert.equal((reopened.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n, MIGRATIONS.length);
  await reopened.close();
});

test('fts query: words are quoted, stopwords dropped, required groups AND-ed', () => {
  assert.equal(toFtsQuery('the NATO "bid"'), '"nato" OR "bid"');
  assert.equal(toFtsQuery('and or not'), undefined);
  assert.equal(toFtsQuery('membership', [['NATO', 'North Atlantic Treaty Organization']]), '("nato" OR "north atlantic treaty organization") AND ("membership" OR "nato" OR "north atlantic treaty organization")');
});
