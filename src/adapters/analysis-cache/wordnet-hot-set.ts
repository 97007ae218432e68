// The WordNet look-ups the last few asks used, kept beside the WordNet table as one row and read in one statement: a
// warm claim makes about 1,100 look-ups, and finding each by its own statement cost 7-12 µs (10-13 ms an ask) where the
// whole set, 130 KB, reads and splits in well under a millisecond. A look-up the set lacks is found in the table as
// before. Kept under the WordNet version like the table (another version's set is emptied with it), and only ever a
// shortcut: values are checked by wordnet-memo.ts as the table's are, and a set that will not read is an empty one.
import type { DatabaseSync } from 'node:sqlite';
import { keepTableAtVersion } from './versioned-table.ts';

/** Look-ups kept in the set (about 200 bytes each): a claim uses 1,100-2,400, a question a few dozen to a few hundred. */
export const WORDNET_HOT_LIMIT = 6_000;
/** How the set is written (below): part of the version the table is kept at, so a set written another way is emptied. */
const FORMAT = 'latin1-lines-1';

export interface WordNetHotSet {
  /** The value kept under `name`, or undefined; the set is read at the first call. Never throws. */
  get(name: string): string | undefined;
  /** Notes a look-up this process used: `kept` when get() gave it. */
  use(name: string, value: string, kept: boolean): void;
  /** Whether the set should be written again: this process used a look-up it lacked. */
  unsaved(): boolean;
  /** Writes this process's look-ups first, then those of the set it read, up to the limit; call inside the cache's transaction. */
  save(): void;
}

/** The set on an open cache file (emptied when another WordNet version wrote it); undefined when the file will not have it. */
export function openWordNetHotSet(db: DatabaseSync, version: string, tag: string, limit = WORDNET_HOT_LIMIT): WordNetHotSet | undefined {
  try {
    keepTableAtVersion(db, 'CREATE TABLE IF NOT EXISTS wordnet_hot (tag TEXT PRIMARY KEY, entries BLOB NOT NULL);', 'wordnet_hot', 'wordnet-hot-version', `${FORMAT}:${version}`);
  } catch {
    return undefined;
  }
  let kept: Map<string, string> | undefined;
  const used = new Map<string, string>();
  let changed = false;
  const read = (): Map<string, string> => {
    if (kept) return kept;
    try {
      const row = db.prepare('SELECT entries FROM wordnet_hot WHERE tag = ?').get(tag) as { entries?: unknown } | undefined;
      kept = row?.entries instanceof Uint8Array ? parseEntries(row.entries) : new Map();
    } catch {
      kept = new Map(); // a set that will not read is an empty one: every look-up goes to the table
    }
    return kept;
  };
  return {
    get: (name) => read().get(name),
    use(name, value, fromSet) {
      if (used.get(name) === value) return;
      used.set(name, value);
      if (!fromSet) changed = true;
    },
    unsaved: () => changed,
    save() {
      if (!changed) return;
      const entries = [...used].filter(([name, value]) => isWritable(name, value)).slice(0, limit);
      for (const entry of read()) {
        if (entries.length >= limit) break;
        if (!used.has(entry[0])) entries.push(entry);
      }
      try {
        db.prepare('INSERT OR REPLACE INTO wordnet_hot (tag, entries) VALUES (?, ?)').run(tag, Buffer.from(entries.map(([name, value]) => `${name}\t${value}`).join('\n'), 'latin1'));
      } catch {
        return; // the set stays as it was (the table keeps every look-up), and the rest of the save goes on
      }
      kept = new Map(entries);
      changed = false;
    },
  };
}

/**
 * Kept as Latin-1, one byte a character, which reads back as a one-byte string (UTF-8 of the dictionary's few accented
 * letters made the whole set a two-byte string, twice the size to split): the dictionary's lines and the offsets are
 * Latin-1, and a name with a character past it (a lemma in another script) is left to the table. Names never hold a
 * tab or a line break (wordnet-reader.ts joins a lemma's spaces with "_"); a value is one line.
 */
const WRITABLE = /^[^\t\n\u0100-\uffff]*$/;

function isWritable(name: string, value: string): boolean {
  return WRITABLE.test(name) && !/[\n\u0100-\uffff]/.test(value);
}

function parseEntries(bytes: Uint8Array): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) entries.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return entries;
}
