// Schema migrations for the embedded store, applied in order and recorded in schema_migrations.
import type { DatabaseSync } from 'node:sqlite';
import { STRINGS_MIGRATION } from './strings-migration.ts';
import { encodeText } from './text-codec.ts';
import { urlKey } from './url-key.ts';
import { WEBSITE_MIGRATION } from './website-migration.ts';

export const MIGRATIONS: { version: number; name: string; sql: string; rebuildsTables?: boolean }[] = [
  {
    version: 1,
    name: 'documents, passages, full-text index, reports',
    sql: `
      CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        title TEXT NOT NULL,
        outlet TEXT NOT NULL,
        published_at TEXT,
        fetched_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        byline TEXT,
        topics TEXT NOT NULL DEFAULT '[]',
        origin TEXT NOT NULL,
        content_hash TEXT NOT NULL
      );
      CREATE INDEX documents_url ON documents(url);
      CREATE TABLE passages (
        rowid INTEGER PRIMARY KEY,
        document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX passages_document ON passages(document_rowid, ordinal);
      CREATE VIRTUAL TABLE passages_fts USING fts5(
        text, heading, content='', contentless_delete=1,
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        question TEXT NOT NULL,
        question_key TEXT NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        category TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        parent_id TEXT,
        source_count INTEGER NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX reports_checked ON reports(checked_at DESC);
      CREATE INDEX reports_question ON reports(question_key);
      CREATE TABLE report_sources (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        document_id TEXT REFERENCES documents(id),
        PRIMARY KEY (report_id, n)
      );
    `,
  },
  {
    version: 2,
    name: 'website: report search, views, jobs and progress events, moderation, supporters',
    sql: WEBSITE_MIGRATION,
  },
  {
    version: 3,
    name: 'store marks: load progress and completion, written with the data',
    sql: 'CREATE TABLE store_marks (name TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);',
  },
  {
    version: 4,
    // The text lives in documents only: a passage is a span of it (its text column is '' then; rows written before
    // keep theirs). The URL index becomes an index of 48-bit URL keys and the content hash 32 bytes instead of 71.
    name: 'text stored once: passages as spans, URL keys, binary content hashes',
    sql: `
      ALTER TABLE passages ADD COLUMN span_start INTEGER;
      ALTER TABLE passages ADD COLUMN span_end INTEGER;
      ALTER TABLE documents ADD COLUMN url_key INTEGER;
      UPDATE documents SET url_key = crosscheck_url_key(url);
      CREATE INDEX documents_url_key ON documents(url_key);
      DROP INDEX documents_url;
      UPDATE documents SET content_hash = unhex(substr(content_hash, 8)) WHERE typeof(content_hash) = 'text';
    `,
  },
  {
    version: 5,
    // A report's versions are the reports on its question, by date: one index answers "all versions" in order.
    name: 'report versions: reports by question and check time',
    sql: 'CREATE INDEX reports_question_checked ON reports(question_key, checked_at); DROP INDEX reports_question;',
  },
  {
    version: 6,
    // 756 → about 480 bytes a passage on the demo corpus, where a day's items share URL, title, date and fetch time.
    name: 'documents: repeated values once (strings), the id derived from the content hash, text encoded',
    sql: STRINGS_MIGRATION,
    rebuildsTables: true,
  },
  {
    version: 7,
    // Their rows were copied to the jobs file when the store was opened (jobs-file.ts), before migrating.
    name: 'report jobs and progress events in a file of their own (crosscheck.jobs.db)',
    sql: 'DROP TABLE IF EXISTS report_events; DROP TABLE IF EXISTS report_jobs;',
  },
];

export function migrate(db: DatabaseSync): void {
  // Used by migration 4 to key the URLs already stored (new rows get their key from the store).
  db.function('crosscheck_url_key', { deterministic: true }, (url) => urlKey(String(url)));
  // Used by migration 6 to encode the texts already stored.
  db.function('crosscheck_encode_text', { deterministic: true }, (text) => (typeof text === 'string' ? encodeText(text) : (text as Uint8Array)));
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    // A table rebuilt (new table, copy, drop, rename) must not cascade its drop to the rows that refer to it.
    if (migration.rebuildsTables) db.exec('PRAGMA foreign_keys = OFF');
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      if (migration.rebuildsTables && db.prepare('PRAGMA foreign_key_check').all().length > 0) {
        throw new Error(`migration ${migration.version} would leave rows referring to missing rows`);
      }
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version, migration.name, new Date().toISOString(),
      );
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    } finally {
      if (migration.rebuildsTables) db.exec('PRAGMA foreign_keys = ON');
    }
  }
}
