// How a store keeps passage text once: a passage row holds a span of its document's text (or, when the span cannot
// give the passage back exactly, its own text). Both stores (SQLite, PostgreSQL) write and read passages this way.
import type { Passage } from '../../contracts/types.ts';
import { locatePassages, passageFromSpan, splitPassages } from '../../pipeline/read/passages.ts';
import { toPassage } from './rows.ts';

type Row = Record<string, unknown>;

/** The passages of a text as rows to insert: a span when it gives the passage back, else the passage's own text. */
export function passageRows(text: string): { text: string; stored: string; start: number | null; end: number | null }[] {
  const passages = splitPassages(text);
  const spans = locatePassages(text, passages);
  return passages.map((passage, index) => {
    const span = spans[index];
    return span ? { text: passage, stored: '', start: span.start, end: span.end } : { text: passage, stored: passage, start: null, end: null };
  });
}

/** A passage row (`passage_text`, `span_start`, `span_end`, the document's `id`) with its document's text. */
export function toStoredPassage(row: Row, documentText: string | undefined): Passage {
  const stored = String(row.passage_text ?? '');
  if (stored !== '' || row.span_start === null || row.span_start === undefined) return toPassage(row);
  if (documentText === undefined) throw new Error(`passage ${String(row.id)}:${String(row.ordinal)} is a span of a document whose text is missing`);
  return toPassage({ ...row, passage_text: passageFromSpan(documentText, { start: Number(row.span_start), end: Number(row.span_end) }) });
}
