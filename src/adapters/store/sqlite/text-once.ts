// How the embedded store reads a document once: repeated values from `strings`, the text decoded, the content hash
// stored as 32 bytes and read back in its text form (passages as spans of the text: ../passage-spans.ts).
import { STRING_COLUMNS, stringValue } from './strings.ts';

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
