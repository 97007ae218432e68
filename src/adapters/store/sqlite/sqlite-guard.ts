// SQLite under contention and on a full disk. node:sqlite's busy_timeout waits synchronously, freezing
// the event loop while another process (a long ingest) holds the write lock; so the lock is waited for
// here instead, asynchronously with backoff, up to a budget, after which the store is "busy" (503 with
// Retry-After at the HTTP edge). A full disk surfaces as itself, not as the failed ROLLBACK that follows it.
import type { DatabaseSync } from 'node:sqlite';
import { StoreFullError, StoreUnavailableError } from '../store-errors.ts';

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_FULL = 13;

/** How long SQLite itself may wait for a lock (blocking): short, the rest of the wait is asynchronous. */
export const BLOCKING_BUSY_TIMEOUT_MS = 10;
/** How long a store call waits for another writer by default before the store is reported busy. */
export const DEFAULT_BUSY_WAIT_MS = 5000;
const RETRY_AFTER_SECONDS = 2;

function primaryCode(error: unknown): number | undefined {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code & 0xff : undefined;
}

export function isSqliteBusy(error: unknown): boolean {
  const code = primaryCode(error);
  return code === SQLITE_BUSY || code === SQLITE_LOCKED;
}

/** A full disk (or a file at its size limit) becomes a StoreFullError saying what to do; other errors pass. */
export function explainSqliteError(error: unknown): unknown {
  if (primaryCode(error) !== SQLITE_FULL) return error;
  return new StoreFullError('The store is full (SQLite: database or disk is full): free space on the disk that holds the store file, then try again.', { cause: error });
}

/**
 * BEGIN IMMEDIATE, the work, COMMIT. SQLite rolls a transaction back by itself on some errors (a full
 * disk): ROLLBACK then only runs when a transaction is still open, so the caller sees the real cause.
 */
export function immediateTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw explainSqliteError(error);
  }
}

export interface BusyWaitOptions {
  /** The longest one call waits for the lock (default 5 s). */
  budgetMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work` again while the database is locked by another connection, with backoff, without blocking. */
export async function retryWhileBusy<T>(work: () => Promise<T> | T, options: BusyWaitOptions = {}): Promise<T> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const deadline = now() + (options.budgetMs ?? DEFAULT_BUSY_WAIT_MS);
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isSqliteBusy(error)) throw explainSqliteError(error);
      const wait = Math.min(250, 5 * 2 ** attempt);
      if (now() + wait > deadline) {
        throw new StoreUnavailableError('The store is busy: another process is writing to it (database is locked). Please try again in a few seconds.', { retryAfterSeconds: RETRY_AFTER_SECONDS, cause: error });
      }
      await sleep(wait);
    }
  }
}

/** The same store, every method (but close) waiting for a locked database asynchronously. */
export function guardStore<T extends object>(store: T, options: BusyWaitOptions = {}): T {
  const guarded = { ...store } as Record<string, unknown>;
  for (const [name, value] of Object.entries(store)) {
    if (typeof value !== 'function' || name === 'close') continue;
    const method = value as (...args: unknown[]) => unknown;
    guarded[name] = (...args: unknown[]) => retryWhileBusy(() => method.apply(store, args), options);
  }
  return guarded as T;
}
