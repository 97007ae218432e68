// Migration 6 of the embedded store: a document's repeated values (URL, title, outlet, dates, kind, byline, topic
// list, origin) move to `strings`, kept once and referred to by rowid; the id, always 'doc_' and the first 20 hex
// digits of the content hash, is derived from the hash instead of stored beside it; the text is encoded (text-codec.ts). The documents table is rebuilt
// (SQLite's documented rebuild: foreign keys off around it, checked before commit; passage rowids stay as they are).
import { STRING_COLUMNS } from './strings.ts';

const ids = STRING_COLUMNS.map((column) => `${column}_id`);
const values = STRING_COLUMNS.map((column) => `SELECT ${column} AS value FROM documents WHERE ${column} IS NOT NULL`).join(' UNION ');
const lookups = STRING_COLUMNS.map((column) => `(SELECT rowid FROM strings WHERE value = d.${column})`).join(', ');

export const DOCUMENT_ID = `'doc_' || lower(hex(substr(content_hash, 1, 10)))`;

export const DOCUMENTS_TABLE = `
  CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    content_hash BLOB NOT NULL,
    id TEXT GENERATED ALWAYS AS (${DOCUMENT_ID}) VIRTUAL,
    ${ids.map((id) => `${id} INTEGER${/^(published_at|byline)/.test(id) ? '' : ' NOT NULL'}`).join(',\n    ')},
    text NOT NULL
  );
`;

export const STRINGS_MIGRATION = `
  CREATE TABLE strings (rowid INTEGER PRIMARY KEY, key INTEGER NOT NULL, value TEXT NOT NULL);
  INSERT INTO strings (key, value) SELECT crosscheck_url_key(value), value FROM (${values}) ORDER BY value;
  CREATE INDEX strings_key ON strings(key);
  CREATE INDEX strings_value_migration ON strings(value);
  ${DOCUMENTS_TABLE.replace('CREATE TABLE documents', 'CREATE TABLE documents_with_strings')}
  INSERT INTO documents_with_strings (rowid, content_hash, ${ids.join(', ')}, text)
    SELECT d.rowid, d.content_hash, ${lookups}, crosscheck_encode_text(d.text) FROM documents d;
  DROP TABLE documents;
  ALTER TABLE documents_with_strings RENAME TO documents;
  DROP INDEX strings_value_migration;
  CREATE UNIQUE INDEX documents_id ON documents(id);
  CREATE INDEX documents_url ON documents(url_id);
`;
