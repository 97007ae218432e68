// The frames table of the analysis cache file: each source sentence's event frame (by its text and day) under the
// version of the code that made it (frame-version.ts), so a warm `ask` reads the frames of the sentences it met before
// (frame-memo.ts). A frame is stored as V8's serialisation (Sets and shared objects come back as they were), deflated;
// only plain data is kept, and a row read back must have a frame's shape and its own text, else it is a miss.
import { createHash } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { EventFrame } from '../../shared/language/event-frame.ts';
import type { FrameMemo } from '../../shared/language/frame-memo.ts';
import { keepTableAtVersion } from './versioned-table.ts';

/** Frames kept (about 1.4 KB each); past this the oldest go. A question's ask reads about 100. */
export const FRAME_CACHE_LIMIT = 10_000;
const FRAME_SETS = ['content', 'qualifierSpan', 'inName'] as const;
const FRAME_LISTS = ['tokens', 'names', 'places', 'predicates', 'times', 'quantities', 'qualifiers', 'parties'] as const;

export interface FrameTable {
  memo: FrameMemo;
  /** How many frames made since it was opened are not written yet. */
  unsaved(): number;
  /** Writes them; call inside the cache's transaction. */
  save(): void;
}

/** The table on an open cache file, emptied when another version wrote it; undefined when the file will not have it. */
export function openFrameTable(db: DatabaseSync, version: string, limit = FRAME_CACHE_LIMIT): FrameTable | undefined {
  try {
    keepTableAtVersion(db, `CREATE TABLE IF NOT EXISTS frames (id INTEGER PRIMARY KEY, key INTEGER NOT NULL, day TEXT NOT NULL, text TEXT NOT NULL, frame BLOB NOT NULL);
      CREATE INDEX IF NOT EXISTS frames_by_key ON frames (key);`, 'frames', 'frame-version', version);
  } catch {
    return undefined;
  }
  return tableOn(db, version, limit);
}

/** A 52-bit key of the version, the day and the text (rows are matched on day and text too). */
function keyOf(version: string, text: string, day: string): number {
  return Number.parseInt(createHash('sha256').update(version).update('\0').update(day).update('\0').update(text).digest('hex').slice(0, 13), 16);
}

function tableOn(db: DatabaseSync, version: string, limit: number): FrameTable {
  let find: StatementSync | undefined;
  let usable = true;
  const pending = new Map<string, { text: string; day: string; frame: Uint8Array }>();
  const memo: FrameMemo = {
    get(text, day) {
      if (!usable) return undefined;
      try {
        find ??= db.prepare('SELECT day, text, frame FROM frames WHERE key = ?');
        for (const row of find.all(keyOf(version, text, day)) as { day: unknown; text: unknown; frame: unknown }[]) {
          if (row.text === text && row.day === day && row.frame instanceof Uint8Array) return readFrame(row.frame, text);
        }
      } catch {
        usable = false; // a file that fails once is not read again in this process
      }
      return undefined;
    },
    remember(text, day, frame) {
      const key = `${day}\0${text}`;
      if (!usable || pending.has(key) || !plainData(frame, new Set())) return;
      try {
        pending.set(key, { text, day, frame: deflateRawSync(serialize(frame), { level: 1 }) });
      } catch {
        // not serialisable: not kept
      }
    },
  };
  return {
    memo,
    unsaved: () => (usable ? pending.size : 0),
    save() {
      if (!usable || pending.size === 0) return;
      const insert = db.prepare('INSERT INTO frames (key, day, text, frame) VALUES (?, ?, ?, ?)');
      for (const { text, day, frame } of pending.values()) insert.run(keyOf(version, text, day), day, text, frame);
      db.prepare('DELETE FROM frames WHERE id <= (SELECT max(id) FROM frames) - ?').run(limit);
      pending.clear();
    },
  };
}

/** A stored frame back, or undefined when the bytes are not a frame of this text. */
function readFrame(bytes: Uint8Array, text: string): EventFrame | undefined {
  let value: unknown;
  try {
    value = deserialize(inflateRawSync(bytes));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const frame = value as Record<string, unknown>;
  if (frame.text !== text || !FRAME_SETS.every((name) => frame[name] instanceof Set) || !FRAME_LISTS.every((name) => Array.isArray(frame[name]))) return undefined;
  return value as EventFrame;
}

/** Only arrays, Sets and plain objects of primitives come back from V8's serialisation as they went in. */
function plainData(value: unknown, seen: Set<object>): boolean {
  if (typeof value === 'function' || typeof value === 'symbol') return false;
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  const prototype = Object.getPrototypeOf(value);
  if (Array.isArray(value)) return prototype === Array.prototype && value.every((item) => plainData(item, seen));
  if (value instanceof Set) return prototype === Set.prototype && [...value].every((item) => plainData(item, seen));
  return prototype === Object.prototype && Object.values(value).every((item) => plainData(item, seen));
}
