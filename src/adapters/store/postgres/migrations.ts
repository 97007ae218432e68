// Schema migrations for the PostgreSQL store; applied in order under an advisory lock, so many
// processes starting at once migrate exactly once.
import type { PoolClient } from 'pg';
import { POSTGRES_WEBSITE_MIGRATION } from './website-migration.ts';

export const POSTGRES_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, passages with a full-text index, reports',
    sql: `
      CREATE TABLE documents (
        rowid BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        title TEXT NOT NULL,
        outlet TEXT NOT NULL,
        published_at TEXT,
        fetched_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        byline TEXT,
        topics JSONB NOT NULL DEFAULT '[]',
        origin TEXT NOT NULL,
        content_hash TEXT NOT NULL
      );
      CREATE INDEX documents_url ON documents(url);
      CREATE TABLE passages (
        rowid BIGSERIAL PRIMARY KEY,
        document_rowid BIGINT NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL,
        heading TEXT NOT NULL DEFAULT '',
        tsv TSVECTOR GENERATED ALWAYS AS (
          setweight(to_tsvector('english', text), 'A') || setweight(to_tsvector('english', heading), 'C')
        ) STORED
      );
      CREATE INDEX passages_document ON passages(document_rowid, ordinal);
      CREATE INDEX passages_tsv ON passages USING GIN (tsv);
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
        body JSONB NOT NULL
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
    sql: POSTGRES_WEBSITE_MIGRATION,
  },
  {
    version: 3,
    name: 'store marks: load progress and completion, written with the data',
    sql: 'CREATE TABLE store_marks (name TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);',
  },
  {
    version: 4,
    // A report's versions are the reports on its question, by date: one index answers "all versions" in order.
    name: 'report versions: reports by question and check time',
    sql: 'CREATE INDEX reports_question_checked ON reports(question_key, checked_at); DROP INDEX reports_question;',
  },
  {
    version: 5,
    // As in SQLite (its migration 4): the text lives in documents only; a passage is a span of it (its text and
    // heading are '' then; rows written before keep theirs), its tsvector computed from the text when it is written.
    name: 'text stored once: passages as spans, tsvector written with the passage',
    sql: `
      ALTER TABLE passages ALTER COLUMN tsv DROP EXPRESSION;
      ALTER TABLE passages ADD COLUMN span_start INTEGER, ADD COLUMN span_end INTEGER;
    `,
  },
];

const MIGRATION_LOCK = 4_243_031_781;

/** Runs inside the caller's transaction on the caller's connection (and search_path). */
export async function migratePostgres(client: PoolClient): Promise<void> {
  {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of POSTGRES_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.name, new Date().toISOString()]);
    }
  }
}
