// One query's scores by rowid, in dense arrays kept by the connection, with the rows touched, so clearing costs what
// adding did; and the best rows out of them, in bm25()'s order (rank, then rowid, as SQLite's sorter returns ties).

import type { RowFilter } from './fts5-doclist.ts';

/** A row and bm25()'s value for it (lower is better), as top-k.ts's TopRow. */
export interface ScoredRow {
  rowid: number;
  rank: number;
}

interface RowList {
  rows: Int32Array;
  length: number;
}

export function createScoreBoard() {
  let scores = new Float64Array(1024);
  let flags = new Uint32Array(1024);
  let marks = new Int32Array(1024);
  let touched = new Int32Array(1024);
  let count = 0;
  let pass = 0;
  let restricted = false;
  const reach = (rowid: number) => {
    if (rowid < scores.length) return;
    const size = Math.max(rowid + 1, scores.length * 2);
    const [moreScores, moreFlags, moreMarks] = [new Float64Array(size), new Uint32Array(size), new Int32Array(size)];
    moreScores.set(scores);
    moreFlags.set(flags);
    moreMarks.set(marks);
    [scores, flags, marks] = [moreScores, moreFlags, moreMarks];
  };
  return {
    /** From here until `clear`, only rows of these lists are scored (the rest cannot match); the rows, as a filter. */
    restrict(lists: readonly RowList[]): RowFilter {
      if (++pass >= 2 ** 31 - 1) {
        marks.fill(0);
        pass = 1;
      }
      for (const { rows, length } of lists) {
        for (let index = 0; index < length; index++) {
          reach(rows[index]!);
          marks[rows[index]!] = pass;
        }
      }
      restricted = true;
      return { stamp: marks, pass };
    },
    add(rows: Int32Array, values: Float64Array, length: number, bit: number) {
      for (let index = 0; index < length; index++) {
        const rowid = rows[index]!;
        reach(rowid);
        if (restricted && marks[rowid] !== pass) continue;
        if (flags[rowid] === 0) {
          if (count === touched.length) {
            const more = new Int32Array(count * 2);
            more.set(touched);
            touched = more;
          }
          touched[count++] = rowid;
        }
        flags[rowid]! |= bit;
        scores[rowid]! += values[index]!;
      }
    },
    /** The best `limit` rows whose flags hold every bit of `required` (and that `keep` keeps): rank (-score) ascending, then rowid. */
    top(required: number, limit: number, keep?: (rowid: number) => boolean): ScoredRow[] {
      const heap = createWorstFirstHeap(limit);
      for (let index = 0; index < count; index++) {
        const rowid = touched[index]!;
        if ((flags[rowid]! & required) !== required) continue;
        const rank = -1.0 * scores[rowid]!;
        // `keep` is asked only of rows the heap would take (a period's filter is a look-up a row).
        if (!keep || (heap.takes(rank, rowid) && keep(rowid))) heap.offer(rank, rowid);
      }
      return heap.sorted();
    },
    clear() {
      for (let index = 0; index < count; index++) {
        scores[touched[index]!] = 0;
        flags[touched[index]!] = 0;
      }
      count = 0;
      restricted = false;
    },
  };
}

/** Keeps the `size` smallest (rank, rowid) pairs: the largest kept at the root, replaced by anything smaller. */
function createWorstFirstHeap(size: number) {
  const ranks = new Float64Array(size);
  const rowids = new Float64Array(size);
  let length = 0;
  const worse = (left: number, right: number) => ranks[left]! > ranks[right]! || (ranks[left] === ranks[right] && rowids[left]! > rowids[right]!);
  const swap = (left: number, right: number) => {
    [ranks[left], ranks[right]] = [ranks[right]!, ranks[left]!];
    [rowids[left], rowids[right]] = [rowids[right]!, rowids[left]!];
  };
  const down = (start: number) => {
    for (let at = start; ;) {
      const [left, right] = [2 * at + 1, 2 * at + 2];
      let largest = at;
      if (left < length && worse(left, largest)) largest = left;
      if (right < length && worse(right, largest)) largest = right;
      if (largest === at) return;
      swap(at, largest);
      at = largest;
    }
  };
  return {
    /** Whether `offer` would keep the row. */
    takes: (rank: number, rowid: number) => length < size || (size > 0 && (rank < ranks[0]! || (rank === ranks[0] && rowid < rowids[0]!))),
    offer(rank: number, rowid: number) {
      if (length < size) {
        ranks[length] = rank;
        rowids[length] = rowid;
        for (let at = length++; at > 0 && worse(at, (at - 1) >> 1); at = (at - 1) >> 1) swap(at, (at - 1) >> 1);
      } else if (size > 0 && (rank < ranks[0]! || (rank === ranks[0] && rowid < rowids[0]!))) {
        ranks[0] = rank;
        rowids[0] = rowid;
        down(0);
      }
    },
    sorted(): ScoredRow[] {
      const rows = Array.from({ length }, (_, index) => ({ rowid: rowids[index]!, rank: ranks[index]! }));
      return rows.sort((left, right) => left.rank - right.rank || left.rowid - right.rowid);
    },
  };
}

