// Report jobs and their progress events live in a file of their own beside the store (crosscheck.jobs.db beside
// crosscheck.db). A report writes a dozen of them while it runs, and in WAL mode every commit to a file makes each
// other connection to it drop its whole page cache: report threads searching the corpus re-read ~2,000 pages a
// report from the operating system while the main thread recorded progress in the same file.
import { DatabaseSync } from 'node:sqlite';
import { BLOCKING_BUSY_TIMEOUT_MS } from './sqlite-guard.ts';

const JOB_COLUMNS = 'id, question, question_key, parent_id, status, reason, attempts, created_at, updated_at';
const EVENT_COLUMNS = 'report_id, seq, type, at, message, data';

const JOBS_SCHEMA = `
  CREATE TABLE IF NOT EXISTS report_jobs (
    id TEXT PRIMARY KEY,
    question TEXT NOT NULL,
    question_key TEXT NOT NULL,
    parent_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS report_jobs_active ON report_jobs(status, question_key);
  CREATE TABLE IF NOT EXISTS report_events (
    report_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    message TEXT NOT NULL,
    data TEXT,
    PRIMARY KEY (report_id, seq)
  );
`;

/** The jobs file of a store file: `crosscheck.db` → `crosscheck.jobs.db`; an in-memory store's jobs are in memory too. */
export function jobsFileOf(storeFile: string): string {
  return storeFile === ':memory:' ? ':memory:' : `${storeFile.replace(/\.db$/, '')}.jobs.db`;
}

/** Opens (or creates) the jobs file; call before migrating the store, which then moves older jobs here. */
export function openJobsFile(storeFile: string): DatabaseSync {
  const db = new DatabaseSync(jobsFileOf(storeFile));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
  db.exec(JOBS_SCHEMA);
  return db;
}

/** After opening: a lock is waited for asynchronously from here on (sqlite-guard.ts), as on the store's connection. */
export function waitAsynchronously(db: DatabaseSync): void {
  db.exec(`PRAGMA busy_timeout = ${BLOCKING_BUSY_TIMEOUT_MS}`);
}

/**
 * Jobs and events a store kept in its own file before (migration 7 then drops those tables): copied into the jobs
 * file first, so a move stopped half way is done again, never lost (rows already there are kept).
 */
export function copyJobsFromStore(jobs: DatabaseSync, store: DatabaseSync, storeFile: string): void {
  if (storeFile === ':memory:') return;
  const tables = store.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('report_jobs', 'report_events')").all();
  if (tables.length < 2) return;
  jobs.prepare('ATTACH DATABASE ? AS store').run(storeFile);
  try {
    jobs.exec('BEGIN IMMEDIATE');
    try {
      jobs.exec(`INSERT OR IGNORE INTO main.report_jobs (${JOB_COLUMNS}) SELECT ${JOB_COLUMNS} FROM store.report_jobs;
        INSERT OR IGNORE INTO main.report_events (${EVENT_COLUMNS}) SELECT ${EVENT_COLUMNS} FROM store.report_events;`);
      jobs.exec('COMMIT');
    } catch (error) {
      if (jobs.isTransaction) jobs.exec('ROLLBACK');
      throw error;
    }
  } finally {
    jobs.exec('DETACH DATABASE store');
  }
}
