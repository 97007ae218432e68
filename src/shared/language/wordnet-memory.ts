// WordNet's index files searched in memory once a process looks words up by the hundred. `senses` (wordnet-reader.ts)
// binary-searches an index file with 17 or so reads of 12 KB each, and a claim looks up 1,000-3,500 words (most of
// them names WordNet does not have): 60-260 ms, mostly system calls. Past a few dozen look-ups of a file, this reads
// the file whole, once (index.noun is 4.8 MB, about 3 ms), and runs the very same search on that copy, step for step,
// so it finds the line the reads would have found (which `senses` then reads once) or that there is none (no read).
import { readSync } from 'node:fs';

/** An index file as wordnet-reader.ts holds it open. */
export interface WordNetFile {
  fd: number;
  size: number;
}

/** Look-ups of a file before it is read whole: a question makes 20-80, a claim 1,000 or more. */
const LOOK_UPS_BEFORE_READING = 64;
/** wordnet-reader.ts's `lineAt` window: the line holding byte `at` is looked for from 4 KB before it to 8 KB after. */
const BEFORE = 4096;
const AFTER = 8192;
const NEWLINE = 0x0a;

const copies = new Map<string, Buffer | null>();
const lookUps = new Map<string, number>();
let threshold = LOOK_UPS_BEFORE_READING;

/**
 * Where `senses` need search for `wanted`'s line: the line alone ([start, start + 1)) when the file has it, else an
 * empty range; undefined until the file is in memory (search it as before).
 */
export function rangeFromMemory(name: string, wanted: string, file: WordNetFile): [number, number] | undefined {
  let copy = copies.get(name);
  if (copy === undefined) {
    const made = (lookUps.get(name) ?? 0) + 1;
    lookUps.set(name, made);
    if (made <= threshold) return undefined;
    copy = readWhole(file);
    copies.set(name, copy);
  }
  if (!copy) return undefined;
  // The loop of `senses`, on the copy.
  let [low, high] = [0, copy.length];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const hit = lineAt(copy, middle);
    const word = hit.line.slice(0, hit.line.indexOf(' '));
    if (hit.line.startsWith('  ') || word < wanted) low = hit.start + hit.line.length + 1;
    else if (word > wanted) high = hit.start;
    else return isWholeLine(copy, hit) ? [hit.start, hit.start + 1] : undefined;
  }
  return [low, low];
}

/**
 * Whether `senses`, asked to search [start, start + 1), reads this same line: it starts after a newline (or the file
 * does) and is shorter than lineAt's window (WordNet's longest index line is 567 bytes).
 */
function isWholeLine(copy: Buffer, hit: { line: string; start: number }): boolean {
  return (hit.start === 0 || copy[hit.start - 1] === NEWLINE) && hit.line.length < BEFORE && hit.start + hit.line.length < copy.length && copy[hit.start + hit.line.length] === NEWLINE;
}

/** wordnet-reader.ts's `lineAt` on the copy: the same window, so the same line (or the same part of an overlong one). */
function lineAt(copy: Buffer, at: number): { line: string; start: number } {
  const back = Math.min(at, BEFORE);
  const windowStart = at - back;
  const windowEnd = Math.min(at + AFTER, copy.length);
  let start: number;
  if (back === 0) start = copy[windowStart] === NEWLINE ? windowStart + 1 : windowStart;
  else {
    const newline = copy.lastIndexOf(NEWLINE, at - 1);
    start = newline < windowStart ? windowStart : newline + 1;
  }
  const newline = copy.indexOf(NEWLINE, Math.max(start, at));
  const end = newline < 0 || newline >= windowEnd ? windowEnd : newline;
  return { line: copy.toString('latin1', start, end), start };
}

function readWhole(file: WordNetFile): Buffer | null {
  try {
    const copy = Buffer.allocUnsafe(file.size);
    let got = 0;
    for (let read = -1; got < file.size && read !== 0; got += read) read = readSync(file.fd, copy, got, file.size - got, got);
    return got === file.size ? copy : null;
  } catch {
    return null; // searched by reads, as before
  }
}

/** For tests: forget the copies and counts, and read files whole after `lookUps` look-ups (default 64). */
export function resetWordNetMemory(options: { lookUps?: number } = {}): void {
  copies.clear();
  lookUps.clear();
  threshold = options.lookUps ?? LOOK_UPS_BEFORE_READING;
}
