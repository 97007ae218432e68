// The demo corpus as a ready SQLite store, built once at install (`npm ci` runs scripts/build-demo-store.ts):
// a fresh store file is then a copy of it (a fraction of a second) instead of a 5 s load on the first ask.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { MIGRATIONS } from '../store/sqlite/migrations.ts';
import { jobsFileOf } from '../store/sqlite/jobs-file.ts';
import { createSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { DEFAULT_DEMO_CORPUS_FILE, DEMO_CORPUS_MARK, demoCorpusState, ensureDemoCorpus } from './demo-corpus.ts';

export const DEFAULT_DEMO_STORE_FILE = path.resolve(import.meta.dirname, '../../../data/demo/current-events.store.db');
/** Which corpus file the ready store was built from (its size and modification time): a changed corpus makes it stale. */
const SOURCE_MARK = 'demo-corpus-source';

export interface DemoStoreOptions {
  corpusFile?: string;
  demoStoreFile?: string;
}

function sourceOf(corpusFile: string): string {
  const stat = statSync(corpusFile);
  return JSON.stringify({ file: path.basename(corpusFile), size: stat.size, modified: Math.trunc(stat.mtimeMs) });
}

/**
 * Whether the ready store exists, holds the whole demo corpus, was built from the corpus file there now and by this
 * code's schema (a copy of an older one would be migrated on every first ask: seconds at 109k documents).
 */
export function demoStoreIsCurrent(options: DemoStoreOptions = {}): boolean {
  const storeFile = options.demoStoreFile ?? DEFAULT_DEMO_STORE_FILE;
  const corpusFile = options.corpusFile ?? DEFAULT_DEMO_CORPUS_FILE;
  if (!existsSync(storeFile) || !existsSync(corpusFile)) return false;
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(storeFile, { readOnly: true });
    const marks = new Map((db.prepare('SELECT name, value FROM store_marks').all() as { name: string; value: string }[]).map((row) => [row.name, row.value]));
    const version = Number((db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null }).version);
    return marks.get(SOURCE_MARK) === sourceOf(corpusFile) && JSON.parse(marks.get(DEMO_CORPUS_MARK) ?? '{}').status === 'complete'
      && version === Math.max(...MIGRATIONS.map((migration) => migration.version));
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Builds the ready store (beside it, then renamed into place, so a half-built file is never taken for a ready one). */
export async function buildDemoStore(options: DemoStoreOptions & { onProgress?: (message: string) => void } = {}): Promise<{ built: boolean; file: string }> {
  const storeFile = options.demoStoreFile ?? DEFAULT_DEMO_STORE_FILE;
  const corpusFile = options.corpusFile ?? DEFAULT_DEMO_CORPUS_FILE;
  if (demoStoreIsCurrent({ corpusFile, demoStoreFile: storeFile })) return { built: false, file: storeFile };
  const building = `${storeFile}.building`;
  for (const file of [building, jobsFileOf(building)]) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const store = createSqliteStore({ file: building });
  try {
    await ensureDemoCorpus(store, { file: corpusFile, onProgress: options.onProgress });
    const state = await demoCorpusState(store);
    if (state.status !== 'complete') throw new Error(`the demo corpus load ended as ${state.status}`);
    await store.upsertDocuments([], { marks: { [SOURCE_MARK]: sourceOf(corpusFile) } });
    // One self-contained file to copy: the WAL folded in and switched off (every store turns it back on when opened).
    store.db.exec('PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;');
  } finally {
    await store.close();
    // The demo store has no jobs: a store copied from it opens a jobs file of its own (jobs-file.ts).
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${jobsFileOf(building)}${suffix}`, { force: true });
  }
  renameSync(building, storeFile);
  return { built: true, file: storeFile };
}

/**
 * A store file that does not exist yet starts as a copy of the ready demo store, when there is a current one.
 * Returns whether it did; otherwise the first ask loads the corpus as before (ensureDemoCorpus).
 */
export function seedFromDemoStore(target: string, options: DemoStoreOptions = {}): boolean {
  if (target === ':memory:' || existsSync(target) || existsSync(`${target}-wal`)) return false;
  const storeFile = options.demoStoreFile ?? DEFAULT_DEMO_STORE_FILE;
  if (!demoStoreIsCurrent({ ...options, demoStoreFile: storeFile })) return false;
  mkdirSync(path.dirname(target), { recursive: true });
  // Copied under another name and renamed, so a copy cut short never looks like a store.
  const partial = `${target}.copying`;
  copyFileSync(storeFile, partial);
  renameSync(partial, target);
  return true;
}
