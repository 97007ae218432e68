// The WordNet table of the analysis cache file: the senses and synset lines wordnet.ts read from the dictionary, by
// their key, under the version of wordnet.ts and the dictionary (frame-version.ts, `wordNetVersion`), so a warm claim
// reads them here (wordnet-memo.ts) instead of searching the files. Rows carry the version too, so a process of other
// code sharing the file never finds another's; wordnet-memo.ts checks every value it gets back, so a damaged row is a miss.
// The look-ups the last asks used come first from one row, read at once (wordnet-hot-set.ts).
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { WordNetMemo } from '../../shared/language/wordnet-memo.ts';
import { keepTableAtVersion } from './versioned-table.ts';
import { openWordNetHotSet, type WordNetHotSet } from './wordnet-hot-set.ts';

/** Look-ups kept (about 100 bytes each); past this the oldest go. A claim makes about 1,100, a question a few dozen. */
export const WORDNET_CACHE_LIMIT = 50_000;

export interface WordNetTable {
  memo: WordNetMemo;
  /** How many look-ups made since it was opened are not written yet. */
  unsaved(): number;
  /** Writes them; call inside the cache's transaction. */
  save(): void;
}

/** The table on an open cache file, emptied when another version wrote it; undefined when the file will not have it. */
export function openWordNetTable(db: DatabaseSync, version: string, limit = WORDNET_CACHE_LIMIT): WordNetTable | undefined {
  try {
    keepTableAtVersion(db, `CREATE TABLE IF NOT EXISTS wordnet (id INTEGER PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL, value TEXT NOT NULL);
      CREATE UNIQUE INDEX IF NOT EXISTS wordnet_by_name ON wordnet (name, version);`, 'wordnet', 'wordnet-version', version);
  } catch {
    return undefined;
  }
  const tag = version.slice(0, 16);
  return tableOn(db, tag, limit, openWordNetHotSet(db, version, tag));
}

function tableOn(db: DatabaseSync, tag: string, limit: number, hot: WordNetHotSet | undefined): WordNetTable {
  let find: StatementSync | undefined;
  let usable = true;
  const pending = new Map<string, string>();
  const memo: WordNetMemo = {
    get(name) {
      if (!usable) return undefined;
      const kept = hot?.get(name);
      if (kept !== undefined) {
        hot!.use(name, kept, true);
        return kept;
      }
      try {
        readSnapshot(db);
        find ??= db.prepare('SELECT value FROM wordnet WHERE name = ? AND version = ?');
        const row = find.get(name, tag) as { value: unknown } | undefined;
        if (typeof row?.value !== 'string') return undefined;
        hot?.use(name, row.value, false);
        return row.value;
      } catch {
        usable = false; // a file that fails once is not read again in this process
      }
      return undefined;
    },
    remember(name, value) {
      if (!usable) return;
      pending.set(name, value);
      hot?.use(name, value, false);
    },
  };
  return {
    memo,
    unsaved: () => (usable ? pending.size + (hot?.unsaved() ? 1 : 0) : 0),
    save() {
      if (!usable) return;
      hot?.save();
      if (pending.size === 0) return;
      const insert = db.prepare('INSERT OR IGNORE INTO wordnet (name, version, value) VALUES (?, ?, ?)');
      for (const [name, value] of pending) insert.run(name, tag, value);
      db.prepare('DELETE FROM wordnet WHERE id <= (SELECT max(id) FROM wordnet) - ?').run(limit);
      pending.clear();
    },
  };
}

/**
 * Look-ups come by the thousand in one synchronous stretch (a claim's judge), and a statement outside a transaction
 * takes and drops the file's lock each time (10-30 µs, more than the read): the first look-up of a stretch opens a read
 * transaction, ended as soon as the event loop turns, so other processes wait at most for the stretch. The cache's
 * save ends it first (sqlite-analysis-cache.ts).
 */
function readSnapshot(db: DatabaseSync): void {
  if (db.isTransaction) return;
  db.exec('BEGIN');
  setImmediate(() => {
    try {
      if (db.isTransaction) db.exec('COMMIT');
    } catch {
      // closed meanwhile: the transaction ended with it
    }
  }).unref();
}
