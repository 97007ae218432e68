// How the embedded store keeps text once: a passage row holds a span of its document's text (or, when the span
// cannot give the passage back exactly, its own text), the content hash is stored as 32 bytes, URLs by key.
import type { Passage } from '../../../contracts/types.ts';
import { locatePassages, passageFromSpan, splitPassages } from '../../../pipeline/read/passages.ts';
import { toPassage } from '../rows.ts';
import { STRING_COLUMNS, stringValue } from './strings.ts';

type Row = Record<string, unknown>;

const HASH_PREFIX = 'sha256:';

/** The document columns as the shared row mapper reads them (repeated values from `strings`, the hash in its text form). */
export function documentColumns(alias = ''): string {
  return [
    `${alias}id`, `crosscheck_text(${alias}text) AS text`, ...STRING_COLUMNS.map((column) => stringValue(column, alias)),
    `'${HASH_PREFIX}' || lower(hex(${alias}content_hash)) AS content_hash`,
  ].join(', ');
}

export function hashBytes(hash: string): Uint8Array {
  if (!hash.startsWith(HASH_PREFIX)) throw new Error(`expected a ${HASH_PREFIX} content hash, got ${hash.slice(0, 20)}`);
  return Buffer.from(hash.slice(HASH_PREFIX.length), 'hex');
}

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
