// Each passage's publication day, held by rowid per connection, so a search within a period can take its top k from
// the BM25 scan (bm25-scan.ts) instead of dating and scoring every match in SQL (a period search cost 5-9 ms on the
// demo corpus, the largest part of a dated question's search). Passages and their documents are never deleted or
// re-dated and rowids only grow, so a row's day stays true once read and later rows are read as they come. Reading
// the rows costs about 30 ms at 109k passages: a connection reads them only after its first searches within a period
// (unless it is a server's, sqlite-store.ts `serving`), so a process making one report never does.
import type { DatabaseSync } from 'node:sqlite';

/**
 * Searches within a period a connection makes before it reads the days: fewer than period-span.ts waits, so a
 * connection whose period searches the scan takes never reads the span's blocks as well (as long again).
 */
const READ_AFTER = 12;

export interface PassageDays {
  /**
   * Whether a rowid's passage was published from `from` to `to`, as the SQL filter `substr(published_at, 1, 10)
   * BETWEEN from AND to` says; undefined during the connection's first searches within a period. Call the function
   * inside the search's read transaction: it reads the rows past those it has when it meets one.
   */
  within(from: string, to: string): ((rowid: number) => boolean) | undefined;
}

export function createPassageDays(db: DatabaseSync, options: { readAfter?: number } = {}): PassageDays {
  const readAfter = options.readAfter ?? READ_AFTER;
  const newest = db.prepare('SELECT max(rowid) AS rowid FROM passages');
  // One string for all rows (as passage-sizes.ts reads sizes): rowid ':' the published_at string's rowid, or nothing;
  // in any order (ordering them in SQL doubled the time: 34 against 17 ms at 109k passages).
  const rowsFrom = db.prepare(
    `SELECT group_concat(p.rowid || ':' || ifnull(d.published_at_id, ''), ',') AS days
     FROM passages p JOIN documents d ON d.rowid = p.document_rowid WHERE p.rowid > ?`,
  );
  const value = db.prepare('SELECT substr(value, 1, 10) AS day FROM strings WHERE rowid = ?');
  // The published_at string of each row by its strings rowid (0: none); the day each string id gives, as UTF-8.
  let days = new Int32Array(0);
  const dayOf = new Map<number, Buffer | null>();
  let read = 0;
  let asked = 0;

  const catchUp = () => {
    const last = Number((newest.get() as { rowid: number | null }).rowid ?? 0);
    if (last <= read) return;
    if (last >= days.length) {
      const grown = new Int32Array(Math.max(last + 1, Math.ceil(days.length * 1.5)));
      grown.set(days);
      days = grown;
    }
    const text = String((rowsFrom.get(read) as { days: string | null }).days ?? '');
    let rowid = 0;
    let id = 0;
    let inId = false;
    for (let index = 0; index <= text.length; index++) {
      const code = index < text.length ? text.charCodeAt(index) : 44;
      if (code === 58) inId = true;
      else if (code === 44) {
        days[rowid] = id;
        rowid = 0;
        id = 0;
        inId = false;
      } else if (inId) id = id * 10 + code - 48;
      else rowid = rowid * 10 + code - 48;
    }
    read = last;
  };

  /** The day of a strings rowid, as the UTF-8 bytes SQLite compares (BINARY collation); null when it has none. */
  const day = (id: number): Buffer | null => {
    let found = dayOf.get(id);
    if (found === undefined) {
      const row = value.get(id) as { day: string | null } | undefined;
      found = row?.day === null || row?.day === undefined ? null : Buffer.from(row.day, 'utf8');
      dayOf.set(id, found);
    }
    return found;
  };

  return {
    within(from, to) {
      if (++asked <= readAfter) return undefined;
      const [low, high] = [Buffer.from(from, 'utf8'), Buffer.from(to, 'utf8')];
      const answers = new Map<number, boolean>();
      return (rowid) => {
        if (rowid > read) catchUp();
        const id = rowid < days.length ? days[rowid]! : 0;
        if (id === 0) return false;
        let answer = answers.get(id);
        if (answer === undefined) {
          const bytes = day(id);
          answer = bytes !== null && Buffer.compare(bytes, low) >= 0 && Buffer.compare(bytes, high) <= 0;
          answers.set(id, answer);
        }
        return answer;
      };
    },
  };
}
