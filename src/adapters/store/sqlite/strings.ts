// Repeated document values (URLs, titles, outlets, dates, kinds, topic lists) are stored once in `strings` and
// referred to by rowid: on the demo corpus a day's 14 items share one URL, title, date and fetch time.
import type { DatabaseSync } from 'node:sqlite';
import { urlKey } from './url-key.ts';

/** The document columns kept in `strings`; the documents table holds `<name>_id`. */
export const STRING_COLUMNS = ['url', 'title', 'outlet', 'published_at', 'fetched_at', 'kind', 'byline', 'topics', 'origin'] as const;
export type StringColumn = (typeof STRING_COLUMNS)[number];

/** A value of `strings` as a column expression (`(SELECT value …) AS url`). */
export function stringValue(column: StringColumn, alias = ''): string {
  return `(SELECT value FROM strings WHERE rowid = ${alias}${column}_id) AS ${column}`;
}

/** Keys the strings table is searched by (48 bits of SHA-1: an index of integers, not of the text). */
export const stringKey = urlKey;

export interface StringTable {
  /** The rowid of a value, added if new; call inside the write transaction, with a cache per transaction. */
  intern(value: string | null | undefined, cache: Map<string, number>): number | null;
  /** The rowid of a value already stored, if any. */
  find(value: string): number | undefined;
}

export function createStringTable(db: DatabaseSync): StringTable {
  const select = db.prepare('SELECT rowid FROM strings WHERE key = ? AND value = ?');
  const insert = db.prepare('INSERT INTO strings (key, value) VALUES (?, ?)');
  const find = (value: string): number | undefined => {
    const row = select.get(stringKey(value), value) as { rowid: number } | undefined;
    return row?.rowid;
  };
  return {
    find,
    intern(value, cache) {
      if (value === null || value === undefined) return null;
      let rowid = cache.get(value) ?? find(value);
      if (rowid === undefined) rowid = Number(insert.run(stringKey(value), value).lastInsertRowid);
      cache.set(value, rowid);
      return rowid;
    },
  };
}
