// Reads FTS5's own index (its %_data and %_idx shadow tables) in JavaScript, so a search can take each term's rows
// and positions once and score them itself (bm25-scan.ts). The format is FTS5's, documented at the top of
// fts5_index.c: a structure record lists the segments; each segment is leaf pages of prefix-compressed terms, each
// term followed by its doclist (rowids, delta-coded, each with a position list); %_idx names the leaf page a term
// starts on. A doclist may run over several pages, and so may one position list.
import type { DatabaseSync } from 'node:sqlite';
import { type CachedSegment, createPageCache } from './fts5-page-cache.ts';

export interface Segment extends CachedSegment {
  /** First and last leaf page: an incremental merge trims pages off the front of its input segments. */
  first: number;
  last: number;
}

/**
 * A term's rows across segments, reused from term to term: entry i is row `rowids[i]`, whose position list is
 * `blocks[block[i]]` from `start[i]` to `end[i]` (a list that runs over several pages is copied into a block of its own).
 */
export class Doclist {
  length = 0;
  rowids = new Int32Array(1024);
  block = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  blocks: Uint8Array[] = [];

  clear(): void {
    this.length = 0;
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

/** Thrown on what this reader does not follow (deleted rows, a record it cannot parse): the caller asks FTS5 instead. */
export class UnreadableIndexError extends Error {}

const V2_MARKER = [0xff, 0x00, 0x00, 0x01];

/** A SQLite varint at `offset`: its value and the offset after it. */
export function varintAt(bytes: Uint8Array, offset: number): [number, number] {
  let value = 0;
  for (let index = 0; index < 9; index++) {
    const byte = bytes[offset + index];
    if (byte === undefined) throw new UnreadableIndexError('varint past the end of a record');
    if (index === 8) return [value * 256 + byte, offset + 9];
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, offset + index + 1];
  }
  return [value, offset + 9];
}

/** A reading position, reused so that reading a varint allocates nothing on the hot paths. */
export interface Cursor {
  offset: number;
}

/** The SQLite varint at `cursor.offset`, moving the cursor past it. */
export function readVarint(bytes: Uint8Array, cursor: Cursor): number {
  let offset = cursor.offset;
  let byte = bytes[offset++]!;
  if (byte < 0x80) {
    cursor.offset = offset;
    return byte;
  }
  let value = byte & 0x7f;
  for (let index = 1; index < 8; index++) {
    byte = bytes[offset++]!;
    value = value * 128 + (byte & 0x7f);
    if (byte < 0x80) {
      cursor.offset = offset;
      return value;
    }
  }
  value = value * 256 + bytes[offset++]!;
  if (offset > bytes.length) throw new UnreadableIndexError('varint past the end of a record');
  cursor.offset = offset;
  return value;
}

/**
 * The segments of FTS5's structure record (fts5StructureDecode), or undefined when a segment holds tombstones
 * (rows deleted from a contentless_delete table), which this reader does not apply.
 */
export function parseStructure(block: Uint8Array): Segment[] | undefined {
  let offset = 4;
  const v2 = V2_MARKER.every((byte, index) => block[4 + index] === byte);
  if (v2) offset += 4;
  const [levels, afterLevels] = varintAt(block, offset);
  offset = afterLevels;
  [, offset] = varintAt(block, offset); // segments in all
  const [writes, afterWrites] = varintAt(block, offset);
  offset = afterWrites;
  const segments: Segment[] = [];
  for (let level = 0; level < levels; level++) {
    let count: number;
    [, offset] = varintAt(block, offset); // segments in an ongoing merge
    [count, offset] = varintAt(block, offset);
    for (let index = 0; index < count; index++) {
      const fields: number[] = [];
      for (let field = 0; field < (v2 ? 8 : 3); field++) {
        let value: number;
        [value, offset] = varintAt(block, offset);
        fields.push(value);
      }
      const [id, first, last, , , tombstonePages = 0, tombstones = 0] = fields as [number, number, number, ...number[]];
      if (tombstonePages > 0 || tombstones > 0) return undefined;
      // A segment whose every page an incremental merge has taken holds nothing (first page 0).
      // A V2 entry's origins make it unique; a legacy entry is only trusted within one write.
      if (first > 0) segments.push({ id, first, last, signature: v2 ? fields.join(':') : `${writes}:${fields.join(':')}` });
    }
  }
  return segments;
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

  return {
    retain: (segments) => cache.retain(segments),
    pages(segments, term) {
      let pages = 0;
      for (const segment of segments) {
        const found = leafStatement.get(segment.id, term) as { pgno: number } | undefined;
        const next = nextLeafStatement.get(segment.id, term) as { pgno: number } | undefined;
        const first = Math.max(found ? Math.floor(Number(found.pgno) / 2) : 0, segment.first);
        pages += (next ? Math.floor(Number(next.pgno) / 2) : segment.last) - first + 1;
      }
      return pages;
    },
    read(segments, term, list, only) {
      list.clear();
      for (const segment of segments) {
        const found = leafStatement.get(segment.id, term) as { pgno: number } | undefined;
        const number = Math.max(found ? Math.floor(Number(found.pgno) / 2) : 0, segment.first);
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

interface TermStart {
  /** Where the term's doclist starts (may be the page's end: then it starts the next page). */
  offset: number;
  /** Where the next term starts on this page, or past the page when the doclist may continue. */
  endOfDoclist: number;
}

/** The byte where a page's leaf data ends and its term index begins (the page header's second field). */
function leafSize(leaf: Uint8Array): number {
  return (leaf[2]! << 8) | leaf[3]!;
}

/** On a page reached from a previous one: where the continuing doclist ends (the page's first term), if it does here. */
function endOfFirstDoclist(leaf: Uint8Array): number {
  const size = leafSize(leaf);
  return size < leaf.length ? varintAt(leaf, size)[0] : leaf.length + 1;
}

/** The exact term on a leaf page (fts5LeafSeek without its >= search), or undefined when the segment lacks it. */
export function seekTerm(leaf: Uint8Array, term: Uint8Array): TermStart | undefined {
  const size = leafSize(leaf);
  if (size >= leaf.length) return undefined; // a page without terms
  let [termOffset, index] = varintAt(leaf, size);
  let offset = termOffset;
  let matched = 0;
  let kept = 0;
  for (;;) {
    let fresh: number;
    [fresh, offset] = varintAt(leaf, offset);
    if (kept < matched) return undefined;
    if (kept === matched) {
      const compare = Math.min(fresh, term.length - matched);
      let same = 0;
      while (same < compare && leaf[offset + same] === term[matched + same]) same++;
      matched += same;
      if (matched === term.length) {
        if (same !== fresh) return undefined;
        let endOfDoclist = leaf.length + 1;
        if (index < leaf.length) endOfDoclist = termOffset + varintAt(leaf, index)[0];
        return { offset: offset + fresh, endOfDoclist };
      }
      if (same < fresh && leaf[offset + same]! > term[matched]!) return undefined;
    }
    if (index >= leaf.length) return undefined;
    let delta: number;
    [delta, index] = varintAt(leaf, index);
    termOffset += delta;
    [kept, offset] = varintAt(leaf, termOffset);
  }
}
