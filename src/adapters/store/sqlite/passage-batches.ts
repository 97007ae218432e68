// Every passage of a SQLite store file, a batch at a time and in rowid order, read as a search reads its hits
// (hit-reader.ts: the same text and document), from a read-only connection of its own: what the demo corpus's
// analyses are computed from in the background (runtime/engine/corpus-analyses.ts) while the store serves.
import { DatabaseSync } from 'node:sqlite';
import type { PassageHit } from '../../../contracts/types.ts';
import { createHitReader } from './hit-reader.ts';
import { decodeText } from './text-codec.ts';

export interface PassageBatch {
  hits: PassageHit[];
  /** The last passage rowid read: where the next batch starts. */
  last: number;
}

/** Batches of `size` passages after rowid `after`; the file is closed when the walk ends or is left. */
export function* passageBatches(file: string, options: { size?: number; after?: number } = {}): Generator<PassageBatch> {
  const size = options.size ?? 200;
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    db.function('crosscheck_text', { deterministic: true }, decodeText);
    const next = db.prepare('SELECT rowid FROM passages WHERE rowid > ? ORDER BY rowid LIMIT ?');
    // A batch's documents are not wanted again: a small text budget keeps the reader from holding the corpus.
    const reader = createHitReader(db, { textBudget: 1024 * 1024 });
    let after = options.after ?? 0;
    for (;;) {
      const rows = (next.all(after, size) as { rowid: number }[]).map((row) => ({ rowid: Number(row.rowid), rank: 0 }));
      if (rows.length === 0) return;
      after = rows.at(-1)!.rowid;
      yield { hits: reader.read(rows), last: after };
    }
  } finally {
    db.close();
  }
}
