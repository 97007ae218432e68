// FTS5's on-disk records as fts5_index.c writes them (see the comment at its top): SQLite varints, the structure
// record that lists the segments, and the leaf page's term index, which says where a term's doclist starts.
import type { CachedSegment } from './fts5-page-cache.ts';

export interface Segment extends CachedSegment {
  /** First and last leaf page: an incremental merge trims pages off the front of its input segments. */
  first: number;
  last: number;
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

/** A reading position, reused so that reading a varint allocates nothing on the hot paths. */

export interface TermStart {
  /** Where the term's doclist starts (may be the page's end: then it starts the next page). */
  offset: number;
  /** Where the next term starts on this page, or past the page when the doclist may continue. */
  endOfDoclist: number;
}

/** The byte where a page's leaf data ends and its term index begins (the page header's second field). */
export function leafSize(leaf: Uint8Array): number {
  return (leaf[2]! << 8) | leaf[3]!;
}

/** On a page reached from a previous one: where the continuing doclist ends (the page's first term), if it does here. */
export function endOfFirstDoclist(leaf: Uint8Array): number {
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
