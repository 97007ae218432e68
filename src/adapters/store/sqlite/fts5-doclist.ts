// Reads FTS5's own index (its %_data and %_idx shadow tables) in JavaScript, so a search can take each term's rows
// and positions once and score them itself (bm25-scan.ts). A term's doclist (rowids, delta-coded, each with a
// position list) may run over several leaf pages, and so may one position list (fts5-format.ts reads the records).
import type { DatabaseSync } from 'node:sqlite';
import { createPageCache } from './fts5-page-cache.ts';
import { endOfFirstDoclist, leafSize, readVarint, seekTerm, type Segment, type TermStart, UnreadableIndexError } from './fts5-format.ts';

/**
 * A term's rows across segments, reused from term to term: entry i is row `rowids[i]`, whose position list is
 * `blocks[block[i]]` from `start[i]` to `end[i]` (a list that runs over several pages is copied into a block of its own).
 */
export class Doclist {
  length = 0;
  /** Rows the doclists held, kept or not (with a row filter, more than `length`). */
  total = 0;
  rowids = new Int32Array(1024);
  block = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  blocks: Uint8Array[] = [];

  clear(): void {
    this.length = 0;
    this.total = 0;
    this.blocks.length = 0;
  }

  push(rowid: number, block: number, start: number, end: number): void {
    if (this.length === this.rowids.length) {
      for (const field of ['rowids', 'block', 'start', 'end'] as const) {
        const more = new Int32Array(this.length * 2);
        more.set(this[field]);
        this[field] = more;
      }
    }
    const index = this.length++;
    this.rowids[index] = rowid;
    this.block[index] = block;
    this.start[index] = start;
    this.end[index] = end;
  }
}

/** Rows kept: `stamp[rowid] === pass`. */
export interface RowFilter {
  stamp: Int32Array;
  pass: number;
}

export interface DoclistReader {
  /**
   * Every row of every segment that holds `term` (FTS5's key: '0' then the token's UTF-8), into `list` (cleared
   * first); with `only`, just the rows whose stamp is its pass.
   */
  read(segments: readonly Segment[], term: Uint8Array, list: Doclist, only?: RowFilter): void;
  /** About how many leaf pages the term's doclists span (from %_idx alone): which of a phrase's tokens is rarer. */
  pages(segments: readonly Segment[], term: Uint8Array): number;
  /** The structure record changed: pages of segments that changed or went are dropped. */
  retain(segments: readonly Segment[]): void;
}

/** Term locations kept per connection; past this the map starts again. */
const MAX_LOCATIONS = 50_000;

export function createDoclistReader(db: DatabaseSync, table: string, options: { cacheBytes?: number } = {}): DoclistReader {
  const pageStatement = db.prepare(`SELECT block FROM "${table}_data" WHERE id = ?`);
  const leafStatement = db.prepare(`SELECT pgno FROM "${table}_idx" WHERE segid = ? AND term <= ? ORDER BY term DESC LIMIT 1`);
  const nextLeafStatement = db.prepare(`SELECT pgno FROM "${table}_idx" WHERE segid = ? AND term > ? ORDER BY term LIMIT 1`);
  const cache = createPageCache(options.cacheBytes ?? 0);

  const read = (id: number): Uint8Array => {
    const row = pageStatement.get(id) as { block?: Uint8Array } | undefined;
    if (!row?.block) throw new UnreadableIndexError(`leaf page ${id} is missing`);
    return row.block;
  };
  const page = (segment: Segment, number: number): Uint8Array | undefined => (number > segment.last ? undefined : cache.page(segment, number, read));
  // Where each term starts in each segment, and where the next term's pages start, as %_idx says: kept while the
  // segment stays as it is (its signature is part of the key), as the pages are.
  const locations = new Map<string, { leaf: number; next: number }>();
  const locate = (segment: Segment, term: Uint8Array) => {
    const key = `${segment.signature}/${Buffer.from(term.buffer, term.byteOffset, term.length).toString('latin1')}`;
    let found = locations.get(key);
    if (!found) {
      const leaf = leafStatement.get(segment.id, term) as { pgno: number } | undefined;
      const next = nextLeafStatement.get(segment.id, term) as { pgno: number } | undefined;
      found = { leaf: Math.max(leaf ? Math.floor(Number(leaf.pgno) / 2) : 0, segment.first), next: next ? Math.floor(Number(next.pgno) / 2) : segment.last };
      if (locations.size >= MAX_LOCATIONS) locations.clear();
      locations.set(key, found);
    }
    return found;
  };

  return {
    retain: (segments) => cache.retain(segments),
    pages(segments, term) {
      let pages = 0;
      // Pages past the one the term starts on (an %_idx entry left from trimmed pages may point before it).
      for (const segment of segments) {
        const { leaf, next } = locate(segment, term);
        pages += Math.max(0, next - leaf);
      }
      return pages;
    },
    read(segments, term, list, only) {
      list.clear();
      for (const segment of segments) {
        const number = locate(segment, term).leaf;
        const leaf = page(segment, number);
        const start = leaf && seekTerm(leaf, term);
        if (start) walkDoclist(segment, number, leaf, start, list, only);
      }
    },
  };

  /** Each row of one segment's doclist, from just after its term on page `number`. */
  function walkDoclist(segment: Segment, number: number, first: Uint8Array, start: TermStart, list: Doclist, only?: RowFilter): void {
    const stamp = only?.stamp;
    const pass = only?.pass ?? 0;
    let leaf = first;
    let size = leafSize(leaf);
    let end = start.endOfDoclist;
    const cursor = { offset: start.offset };
    if (cursor.offset >= size) {
      // The term ends its page: the doclist's first rowid starts the next one.
      const next = page(segment, ++number);
      if (!next) throw new UnreadableIndexError('a term without rows');
      leaf = next;
      size = leafSize(leaf);
      end = endOfFirstDoclist(leaf);
      cursor.offset = 4;
    }
    let rowid = readVarint(leaf, cursor);
    let block = list.blocks.push(leaf) - 1;
    for (;;) {
      const header = readVarint(leaf, cursor);
      const length = header >> 1;
      // A delete marker (or an empty list) belongs to deleted rows, which this reader does not apply.
      if ((header & 1) === 1 || length === 0) throw new UnreadableIndexError('a deleted row in a doclist');
      let offset = cursor.offset;
      list.total++;
      if (offset + length <= size) {
        if (!stamp || stamp[rowid] === pass) list.push(rowid, block, offset, offset + length);
        offset += length;
      } else {
        // The position list runs over to the following pages, each continuing at byte 4.
        const scratch = new Uint8Array(length);
        let copied = size - offset;
        scratch.set(leaf.subarray(offset, size), 0);
        while (copied < length) {
          const next = page(segment, ++number);
          if (!next) throw new UnreadableIndexError('a position list past its segment');
          leaf = next;
          size = leafSize(leaf);
          const chunk = Math.min(length - copied, size - 4);
          scratch.set(leaf.subarray(4, 4 + chunk), copied);
          copied += chunk;
        }
        if (!stamp || stamp[rowid] === pass) list.push(rowid, list.blocks.push(scratch) - 1, 0, length);
        offset = size; // the next row, if any, is the first rowid of this page or a later one
        number--;
      }
      if (offset < size) {
        if (offset >= end) return;
        cursor.offset = offset;
        rowid += readVarint(leaf, cursor);
        continue;
      }
      // The next row is the first rowid of a following page, stored whole; a page that starts a term first ends the doclist.
      for (;;) {
        const next = page(segment, ++number);
        if (!next) return;
        leaf = next;
        size = leafSize(leaf);
        const rowidOffset = (leaf[0]! << 8) | leaf[1]!;
        if (rowidOffset > 0 && rowidOffset < size) {
          cursor.offset = rowidOffset;
          rowid = readVarint(leaf, cursor);
          end = endOfFirstDoclist(leaf);
          block = list.blocks.push(leaf) - 1;
          break;
        }
        if (size < leaf.length) return;
      }
    }
  }
}
