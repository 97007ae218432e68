// The analysis cache: a SQLite file beside the store that keeps the tokens of sentences analysed before, under the
// version of the code that analysed them (analysisVersion), so a warm `ask` neither loads the NLP model nor tags
// those sentences again. It is only ever a cache: a file that is missing, locked, read-only, damaged or written by
// someone else costs a miss (the sentence is analysed as without it), never an error; a damaged file is replaced.
// Given a frame version, the file keeps the sentences' event frames too (frame-table.ts); given a WordNet version, the
// dictionary look-ups wordnet.ts made (wordnet-table.ts).
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { FrameMemo } from '../../shared/language/frame-memo.ts';
import type { AnalysedToken, AnalysisMemo } from '../../shared/language/analysis-memo.ts';
import type { WordNetMemo } from '../../shared/language/wordnet-memo.ts';
import { openFrameTable } from './frame-table.ts';
import { decodeTokens, encodeTokens } from './token-codec.ts';
import { keepTableAtVersion } from './versioned-table.ts';
import { openWordNetTable } from './wordnet-table.ts';

/** Sentences kept (about 0.7 KB each); past this the oldest go. An ask analyses about 100. */
export const ANALYSIS_CACHE_LIMIT = 20_000;
/** A cache another process is writing is not waited for long: its sentences are analysed instead. */
const BUSY_TIMEOUT_MS = 50;

export interface AnalysisCacheOptions {
  file: string;
  /** analysisVersion(): rows written under another are dropped when the file is opened. */
  version: string;
  limit?: number;
  /** frameVersion(): with it, frames are kept too (rows of another frame version are dropped when the file is opened). */
  frameVersion?: string;
  /** wordNetVersion(): with it, WordNet look-ups are kept too (rows of another version are dropped when the file is opened). */
  wordNetVersion?: string;
  /** Values to keep beside the rows (read back with cacheNote), written when the file is opened. */
  notes?: Record<string, string>;
  /** Frames kept (frame-table.ts's FRAME_CACHE_LIMIT unless given). */
  frameLimit?: number;
  /**
   * Write-ahead logging, synced at checkpoints only: readers never wait for the writer (the demo corpus's analyses,
   * filled in the background while report threads read them), and a save does not wait for the disk. Without it a
   * reader that meets a writer's lock stops reading the file.
   */
  wal?: boolean;
}

export interface AnalysisCache {
  memo: AnalysisMemo;
  /** With a frame version: the frames of source sentences (undefined when the file will not keep them). */
  frames?: FrameMemo;
  /** With a WordNet version: the dictionary look-ups (undefined when the file will not keep them). */
  wordnet?: WordNetMemo;
  /** Writes the sentences analysed (and frames made, WordNet look-ups) since it was opened (one transaction), then drops the oldest past the limit. */
  save(): void;
  /** Writes a value beside the rows (read back with cacheNote or readNote); false when the file would not take it. */
  note(name: string, value: string): boolean;
  /** A value written beside the rows, or undefined: none, or any failure. */
  readNote(name: string): string | undefined;
  close(): void;
}

/** The cache file for a SQLite store file: data/crosscheck.db → data/crosscheck.analyses.db. */
export function analysisCacheFileFor(storeFile: string): string {
  const extension = path.extname(storeFile);
  return path.join(path.dirname(storeFile), `${path.basename(storeFile, extension)}.analyses.db`);
}

/** The cache, or undefined when no usable file can be had there (the caller then runs without one). */
export function openAnalysisCache(options: AnalysisCacheOptions): AnalysisCache | undefined {
  const db = openAt(options.file, options.version, options.wal) ?? (remove(options.file) ? openAt(options.file, options.version, options.wal) : undefined);
  if (db) writeNotes(db, options.notes ?? {});
  return db ? cacheOn(db, options) : undefined;
}

/** A value the file keeps beside its rows (openAnalysisCache's notes), or undefined: no file, none kept, any failure. */
export function cacheNote(file: string, name: string): string | undefined {
  if (!existsSync(file)) return undefined;
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    const row = db.prepare('SELECT value FROM meta WHERE name = ?').get(`note:${name}`) as { value?: unknown } | undefined;
    return typeof row?.value === 'string' ? row.value : undefined;
  } catch {
    return undefined;
  } finally {
    try {
      db?.close();
    } catch {
      // closed already
    }
  }
}

function writeNotes(db: DatabaseSync, notes: Record<string, string>): boolean {
  try {
    const write = db.prepare('INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)');
    for (const [name, value] of Object.entries(notes)) write.run(`note:${name}`, value);
    return true;
  } catch {
    // a note is only a shortcut: without it the next open computes what it would have said
    return false;
  }
}

function openAt(file: string, version: string, wal = false): DatabaseSync | undefined {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file);
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};${wal ? ' PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;' : ''}
      CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);`);
    // Another version's analyses: none of them may be served, and the next ask writes this version's.
    keepTableAtVersion(db, `CREATE TABLE IF NOT EXISTS analyses (id INTEGER PRIMARY KEY, key INTEGER NOT NULL, text TEXT NOT NULL, tokens TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS analyses_by_key ON analyses (key);`, 'analyses', 'version', version);
    return db;
  } catch {
    try {
      db?.close();
    } catch {
      // already unusable
    }
    return undefined;
  }
}

/** Removes a file that would not open as this cache (damaged, or not a database); false when that fails too. */
function remove(file: string): boolean {
  try {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * A 52-bit key (a whole number SQLite and JavaScript both hold exactly) of the version and the text: a row another
 * version wrote (a process of other code sharing the file) is never found, whatever the file's version says.
 * Rows are matched on the text too, so two texts sharing a key cannot be confused.
 */
function keyOf(version: string, text: string): number {
  return Number.parseInt(createHash('sha256').update(version).update('\0').update(text).digest('hex').slice(0, 13), 16);
}

function cacheOn(db: DatabaseSync, options: AnalysisCacheOptions): AnalysisCache {
  const { version, frameVersion, wordNetVersion } = options;
  const limit = options.limit ?? ANALYSIS_CACHE_LIMIT;
  const frames = frameVersion ? openFrameTable(db, frameVersion, options.frameLimit) : undefined;
  const wordnet = wordNetVersion ? openWordNetTable(db, wordNetVersion) : undefined;
  let find: StatementSync | undefined;
  let usable = true;
  const pending = new Map<string, string>();
  const memo: AnalysisMemo = {
    get(text) {
      if (!usable) return undefined;
      try {
        find ??= db.prepare('SELECT text, tokens FROM analyses WHERE key = ?');
        for (const row of find.all(keyOf(version, text)) as { text: unknown; tokens: unknown }[]) {
          if (row.text === text && typeof row.tokens === 'string') return decodeTokens(text, row.tokens);
        }
      } catch {
        usable = false; // a file that fails once is not read again in this process
      }
      return undefined;
    },
    remember(text: string, tokens: readonly AnalysedToken[]) {
      if (!usable || pending.has(text)) return;
      const encoded = encodeTokens(text, tokens);
      if (encoded !== undefined) pending.set(text, encoded);
    },
  };
  return {
    memo,
    frames: frames?.memo,
    wordnet: wordnet?.memo,
    save() {
      if (!usable || (pending.size === 0 && !frames?.unsaved() && !wordnet?.unsaved())) return;
      try {
        if (db.isTransaction) db.exec('COMMIT'); // the WordNet table's read transaction (wordnet-table.ts)
        db.exec('BEGIN IMMEDIATE');
        if (pending.size > 0) {
          const insert = db.prepare('INSERT INTO analyses (key, text, tokens) VALUES (?, ?, ?)');
          for (const [text, tokens] of pending) insert.run(keyOf(version, text), text, tokens);
          db.prepare('DELETE FROM analyses WHERE id <= (SELECT max(id) FROM analyses) - ?').run(limit);
        }
        frames?.save();
        wordnet?.save();
        db.exec('COMMIT');
        pending.clear();
      } catch {
        try {
          db.exec('ROLLBACK');
        } catch {
          // no transaction was open
        }
      }
    },
    note: (name, value) => usable && writeNotes(db, { [name]: value }),
    readNote(name) {
      try {
        const row = db.prepare('SELECT value FROM meta WHERE name = ?').get(`note:${name}`) as { value?: unknown } | undefined;
        return typeof row?.value === 'string' ? row.value : undefined;
      } catch {
        return undefined;
      }
    },
    close() {
      try {
        db.close();
      } catch {
        // closed already
      }
    },
  };
}
