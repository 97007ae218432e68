// The passages and documents of a search's top k, kept per connection. A warm server's searches return the same
// passages again and again (a question's facets share most of their hits, and questions on one topic share them
// too), and reading a hit cost more than finding it: the join, nine look-ups in `strings`, decoding the document's
// text and cutting the passage from it (1.8 ms for 120 hits on the demo corpus, against 0.3 ms for the rows alone).
// What is kept never changes: a passage row is written once, a document's text, hash and strings are fixed by its
// content (it is never deleted, so a rowid is never reused). Only a document's fetch time moves (the same page read
// again), so each search still reads every hit's `fetched_at_id` and reads a document again when that moved.
import type { DatabaseSync } from 'node:sqlite';
import type { Passage, PassageHit, StoredDocument } from '../../../contracts/types.ts';
import { toStoredPassage } from '../passage-spans.ts';
import { toDocument } from '../rows.ts';
import { documentColumns } from './text-once.ts';

type Row = Record<string, string | number | null>;

/** A top-k row: bm25()'s rank (lower is better) by passage rowid. */
export interface RankedRow {
  rowid: number;
  rank: number;
}

export interface HitReaderOptions {
  /** Characters of document text kept (the least recently used documents leave first). */
  textBudget?: number;
}

/**
 * 16M characters (16-32 MB) a connection: most of the demo corpus (18.5M), and a share of a million-passage store's;
 * a server holds one per report thread as well as its own.
 */
const TEXT_BUDGET = 16 * 1024 * 1024;

interface KeptDocument {
  document: StoredDocument;
  fetchedAtId: number | null;
}

interface KeptPassage {
  passage: Passage;
  documentRowid: number;
}

export function createHitReader(db: DatabaseSync, options: HitReaderOptions = {}) {
  const budget = options.textBudget ?? TEXT_BUDGET;
  const passageColumns = 'p.ordinal, p.text AS passage_text, p.span_start, p.span_end';
  const current = db.prepare(
    `SELECT p.rowid AS rowid, p.document_rowid AS document_rowid, d.fetched_at_id AS fetched_at_id
     FROM passages p JOIN documents d ON d.rowid = p.document_rowid WHERE p.rowid IN (SELECT value FROM json_each(?))`,
  );
  const whole = db.prepare(
    `SELECT p.rowid AS rowid, p.document_rowid AS document_rowid, d.fetched_at_id AS fetched_at_id, ${passageColumns}, ${documentColumns('d.')}
     FROM passages p JOIN documents d ON d.rowid = p.document_rowid WHERE p.rowid IN (SELECT value FROM json_each(?))`,
  );
  const passages = new Map<number, KeptPassage>();
  const documents = new Map<number, KeptDocument>();
  let text = 0;

  const keepDocument = (rowid: number, kept: KeptDocument) => {
    const previous = documents.get(rowid);
    if (previous) text -= previous.document.text.length;
    documents.delete(rowid);
    documents.set(rowid, kept);
    text += kept.document.text.length;
    for (const [key, value] of documents) {
      if (text <= budget || documents.size <= 1) break;
      documents.delete(key);
      text -= value.document.text.length;
    }
    // Passages outlive their document in the map only as long as there are not many more of them than documents.
    if (passages.size > 4 * documents.size + 100_000) passages.clear();
  };

  return {
    /** The hits of `top`, in its order, each with its score (-rank); rows that are gone are left out. */
    read(top: readonly RankedRow[]): PassageHit[] {
      if (top.length === 0) return [];
      const made = new Map<number, { passage: Passage; document: StoredDocument }>();
      // Rows kept before are checked for a moved fetch time; the others, and those whose time moved, are read whole.
      const kept = new Map(top.flatMap((row) => {
        const passage = passages.get(row.rowid);
        const document = passage && documents.get(passage.documentRowid);
        return passage && document ? [[row.rowid, { passage: passage.passage, kept: document }] as const] : [];
      }));
      const unread = new Set(top.map((row) => row.rowid).filter((rowid) => !kept.has(rowid)));
      if (kept.size > 0) {
        for (const row of current.all(JSON.stringify([...kept.keys()])) as Row[]) {
          const entry = kept.get(Number(row.rowid))!;
          if (entry.kept.fetchedAtId === row.fetched_at_id) made.set(Number(row.rowid), { passage: entry.passage, document: entry.kept.document });
          else unread.add(Number(row.rowid));
        }
      }
      if (unread.size > 0) {
        for (const row of whole.all(JSON.stringify([...unread])) as Row[]) {
          const document = toDocument(row);
          const passage = toStoredPassage(row, document.text);
          made.set(Number(row.rowid), { passage, document });
          passages.set(Number(row.rowid), { passage, documentRowid: Number(row.document_rowid) });
          keepDocument(Number(row.document_rowid), { document, fetchedAtId: row.fetched_at_id === null ? null : Number(row.fetched_at_id) });
        }
      }
      return top.flatMap(({ rowid, rank }) => {
        const hit = made.get(rowid);
        if (!hit) return [];
        // New objects each time, as the rows were, so no caller can change what the next one is given.
        const { topics } = hit.document;
        return [{ passage: { ...hit.passage }, document: { ...hit.document, ...(topics ? { topics: [...topics] } : {}) }, score: -Number(rank) }];
      });
    },
  };
}
