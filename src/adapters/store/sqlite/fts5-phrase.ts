// A phrase's rows and its frequency in each, as bm25() counts it (each instance adds its column's weight, in
// position order), read from the doclists of the phrase's tokens: a phrase of several tokens occurs where they
// follow one another in one column, counted once per position its first token starts at (fts5ExprPhraseIsMatch).
// The rarest token is read first, so the others are looked at only in the rows it holds.
import { Doclist, type DoclistReader, type RowFilter } from './fts5-doclist.ts';
import { type Cursor, readVarint, type Segment, UnreadableIndexError } from './fts5-format.ts';

export interface PhraseRows {
  rows: Int32Array;
  /** Read before the next count: the counter reuses the array (the scan keeps its scores, not these). */
  frequencies: Float64Array;
  length: number;
  /** Rows of the whole index holding the phrase (bm25()'s count for its IDF), when the rows read tell. */
  documents: number | undefined;
}

/** Positions are kept as column × 2^20 + offset; no offset comes near 2^20 (a passage has a few hundred tokens). */
const COLUMN_SPAN = 2 ** 20;
const MAX_OFFSET = COLUMN_SPAN - 256;

export interface PhraseCounter {
  /** With `only`, just the rows it keeps (a phrase of several tokens then leaves its count of rows unknown). */
  count(segments: readonly Segment[], tokens: readonly Uint8Array[], only?: RowFilter): PhraseRows;
}

/** `weights`: bm25()'s column weights (a column past them weighs nothing, as in fts5_aux.c). */
export function createPhraseCounter(reader: DoclistReader, weights: readonly number[]): PhraseCounter {
  const lists: Doclist[] = [];
  const cursor: Cursor = { offset: 0 };
  const positions = new Int32Array(4096);
  let scratch = new Float64Array(1024);
  const frequencyBuffer = (length: number) => {
    if (scratch.length < length) scratch = new Float64Array(Math.max(length, scratch.length * 2));
    return scratch;
  };
  // Per rowid: the pass that last kept the row, and where its phrase starts are in that pass.
  let stamp = new Int32Array(1024);
  let slot = new Int32Array(1024);
  let pass = 0;
  const reach = (rowid: number) => {
    if (rowid < stamp.length) return;
    if (rowid >= 2 ** 30) throw new UnreadableIndexError(`rowid ${rowid} is too large for the dense arrays`);
    const size = Math.max(rowid + 1, stamp.length * 2);
    const [grownStamp, grownSlot] = [new Int32Array(size), new Int32Array(size)];
    grownStamp.set(stamp);
    grownSlot.set(slot);
    [stamp, slot] = [grownStamp, grownSlot];
  };
  const nextPass = () => {
    if (++pass >= 2 ** 31 - 1) {
      stamp.fill(0);
      pass = 1;
    }
    return pass;
  };

  const single = (list: Doclist): PhraseRows => {
    // No row is in two segments: that takes a deleted row, which the structure record would show (parseStructure).
    const rows = list.rowids.slice(0, list.length);
    const frequencies = frequencyBuffer(list.length);
    const first = weights[0] ?? 0;
    for (let entry = 0; entry < list.length; entry++) {
      const bytes = list.blocks[list.block[entry]!]!;
      const end = list.end[entry]!;
      let frequency = 0;
      let weight = first;
      for (let index = list.start[entry]!; index < end;) {
        const byte = bytes[index]!;
        if (byte === 1) {
          cursor.offset = index + 1;
          const column = readVarint(bytes, cursor);
          weight = column < weights.length ? weights[column]! : 0;
          index = cursor.offset;
          continue;
        }
        if (byte === 0) throw new UnreadableIndexError('a zero in a position list');
        while (bytes[index]! & 0x80) index++;
        index++;
        frequency += weight;
      }
      frequencies[entry] = frequency;
    }
    return { rows, frequencies, length: list.length, documents: list.total };
  };

  const phrase = (segments: readonly Segment[], keys: readonly Uint8Array[], only: RowFilter | undefined): PhraseRows => {
    // The token whose doclists span the fewest pages first; each later one is read only in the rows still in play.
    while (lists.length < 2) lists.push(new Doclist());
    const pages = keys.map((key) => reader.pages(segments, key));
    const order = keys.map((_, index) => index).sort((left, right) => pages[left]! - pages[right]!);
    const [first, other] = [lists[0]!, lists[1]!];
    const rarest = order[0]!;
    reader.read(segments, keys[rarest]!, first, only);
    reach(largestRowid(first));
    let set = new StartSet(first.length, first.length + 16);
    let current = nextPass();
    firstStarts(first, rarest, set, { stamps: stamp, slots: slot, pass: current }, positions, cursor);
    for (let at = 1; at < order.length && set.rowCount > 0; at++) {
      const previous = current;
      current = nextPass();
      reader.read(segments, keys[order[at]!]!, other, { stamp, pass: previous });
      const next = new StartSet(set.rowCount, set.startCount);
      continueStarts(other, order[at]!, set, next, { stamps: stamp, slots: slot, pass: current }, previous, positions, cursor);
      set = next;
    }
    return { ...set.frequencies(weights, frequencyBuffer(set.rowCount)), documents: only ? undefined : set.rowCount };
  };

  return {
    count(segments, tokens, only) {
      while (lists.length < 2) lists.push(new Doclist());
      if (tokens.length > 1) return phrase(segments, tokens, only);
      reader.read(segments, tokens[0]!, lists[0]!, only);
      return single(lists[0]!);
    },
  };
}

/** Entry `entry`'s position list as column × 2^20 + offset, in its order (column, then offset); how many. */
function decodePositions(list: Doclist, entry: number, into: Int32Array, cursor: Cursor): number {
  const bytes = list.blocks[list.block[entry]!]!;
  const end = list.end[entry]!;
  let base = 0;
  let offset = 0;
  let count = 0;
  let index = list.start[entry]!;
  while (index < end) {
    let value = bytes[index]!;
    if (value < 0x80) index++;
    else {
      cursor.offset = index;
      value = readVarint(bytes, cursor);
      index = cursor.offset;
    }
    if (value === 1) {
      cursor.offset = index;
      base = readVarint(bytes, cursor) * COLUMN_SPAN;
      index = cursor.offset;
      offset = 0;
      continue;
    }
    if (value === 0) throw new UnreadableIndexError('a zero in a position list');
    offset += value - 2;
    if (offset > MAX_OFFSET || count === into.length) throw new UnreadableIndexError('a position past the phrase reader\'s range');
    into[count++] = base + offset;
  }
  return count;
}

/** The rows a phrase may still occur in, each with the positions (column × 2^20 + offset) it would start at. */
class StartSet {
  rows: Int32Array;
  /** Row i's starts are starts[bounds[i]] up to starts[bounds[i + 1]]. */
  bounds: Int32Array;
  starts: Int32Array;
  rowCount = 0;
  startCount = 0;

  constructor(rows: number, starts: number) {
    this.rows = new Int32Array(rows);
    this.bounds = new Int32Array(rows + 1);
    this.starts = new Int32Array(Math.max(16, starts));
  }

  frequencies(weights: readonly number[], frequencies: Float64Array): Omit<PhraseRows, 'documents'> {
    for (let index = 0; index < this.rowCount; index++) {
      let frequency = 0;
      for (let at = this.bounds[index]!; at < this.bounds[index + 1]!; at++) {
        const column = (this.starts[at]! - (this.starts[at]! % COLUMN_SPAN)) / COLUMN_SPAN;
        if (column < weights.length) frequency += weights[column]!;
      }
      frequencies[index] = frequency;
    }
    return { rows: this.rows.slice(0, this.rowCount), frequencies, length: this.rowCount };
  }
}

/** Rows stamped with `pass`, and where each one's starts are in the current set. */
interface Stamps {
  stamps: Int32Array;
  slots: Int32Array;
  pass: number;
}

function largestRowid(list: Doclist): number {
  let largest = 0;
  for (let entry = 0; entry < list.length; entry++) if (list.rowids[entry]! > largest) largest = list.rowids[entry]!;
  return largest;
}

/** The rarest token's positions, less its place in the phrase: where the phrase could start. */
function firstStarts(list: Doclist, place: number, set: StartSet, marks: Stamps, positions: Int32Array, cursor: Cursor): void {
  const { rowids } = list;
  const { stamps, slots, pass } = marks;
  for (let entry = 0; entry < list.length; entry++) {
    const count = decodePositions(list, entry, positions, cursor);
    const before = set.startCount;
    for (let at = 0; at < count; at++) {
      const position = positions[at]!;
      if (position % COLUMN_SPAN < place) continue;
      if (set.startCount === set.starts.length) set.starts = grow(set.starts);
      set.starts[set.startCount++] = position - place;
    }
    if (set.startCount === before) continue;
    const rowid = rowids[entry]!;
    stamps[rowid] = pass;
    slots[rowid] = set.rowCount;
    set.rows[set.rowCount] = rowid;
    set.bounds[++set.rowCount] = set.startCount;
  }
}

/** The starts of `before` that token `place` of the phrase continues (its position is the start plus its place). */
function continueStarts(list: Doclist, place: number, before: StartSet, set: StartSet, marks: Stamps, previous: number, positions: Int32Array, cursor: Cursor): void {
  const { rowids } = list;
  const { stamps, slots, pass } = marks;
  const limit = stamps.length;
  for (let entry = 0; entry < list.length; entry++) {
    const rowid = rowids[entry]!;
    if (rowid >= limit || stamps[rowid] !== previous) continue;
    const index = slots[rowid]!;
    const count = decodePositions(list, entry, positions, cursor);
    const kept = set.startCount;
    let at = 0;
    for (let from = before.bounds[index]!, to = before.bounds[index + 1]!; from < to; from++) {
      const wanted = before.starts[from]! + place;
      while (at < count && positions[at]! < wanted) at++;
      if (at < count && positions[at] === wanted) set.starts[set.startCount++] = before.starts[from]!;
    }
    if (set.startCount === kept) continue;
    stamps[rowid] = pass;
    slots[rowid] = set.rowCount;
    set.rows[set.rowCount] = rowid;
    set.bounds[++set.rowCount] = set.startCount;
  }
}

function grow(values: Int32Array): Int32Array {
  const more = new Int32Array(values.length * 2);
  more.set(values);
  return more;
}
