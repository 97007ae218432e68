// The embedded store keeps repeated document values once (migration 6) and stores text encoded; both read back exactly.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { prepareDocument } from '../../src/adapters/store/prepare-document.ts';
import { MIGRATIONS } from '../../src/adapters/store/sqlite/migrations.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { decodeText, encodeText } from '../../src/adapters/store/sqlite/text-codec.ts';
import { hashBytes } from '../../src/adapters/store/sqlite/text-once.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';

test('text codec: frequent words become codes, and any text reads back exactly', () => {
  const texts = [
    'The President of the United States announces that the government will act.',
    'Córdoba, Seville – “quoted” text with emoji 🙂 and the 2024 figures, 31st.',
    'the', '', '   spaces   and\ttabs\r\nand the end ', 'ÿþ\u00f5 bytes that look like codes: \u00f5\u00ff the ',
    'a lone surrogate \ud800 stays text',
  ];
  for (const text of texts) assert.equal(decodeText(encodeText(text)), text, JSON.stringify(text));
  const encoded = encodeText(texts[0]!);
  assert.ok(encoded instanceof Uint8Array && encoded.length < Buffer.byteLength(texts[0]!) * 0.7, 'news English is stored smaller');
  assert.equal(encodeText(texts[6]!), texts[6], 'text UTF-8 cannot carry stays as it is');
});

test('sqlite: URLs, titles, outlets and dates shared by documents are stored once and read back per document', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  const shared = NATO_CORPUS.slice(0, 3).map((input) => ({ ...input, url: 'https://news.example/day', outlet: 'Wire A' }));
  const stored = await store.upsertDocuments([...shared, { ...NATO_CORPUS[3]!, byline: 'A. Writer', publishedAt: undefined }]);
  const values = (store.db.prepare("SELECT count(*) AS n FROM strings WHERE value IN ('https://news.example/day', 'Wire A')").get() as { n: number }).n;
  assert.equal(values, 2, 'one row each, however many documents use them');
  const read = await store.getDocuments(stored.map((result) => result.document.id));
  assert.deepEqual(read.map((document) => [document.url, document.outlet, document.text]), shared.map((input) => [input.url, input.outlet, input.text]).concat([[NATO_CORPUS[3]!.url, NATO_CORPUS[3]!.outlet, NATO_CORPUS[3]!.text]]));
  assert.equal(read[3]!.byline, 'A. Writer');
  assert.equal(read[3]!.publishedAt, undefined);
  assert.equal((await store.findSnapshot('https://news.example/day', { fetchedAfter: '2000-01-01' }))?.url, 'https://news.example/day');
  await store.close();
});

test('sqlite: a store written before migration 6 is migrated: documents, passages and the search index intact', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-strings-')), 'store.db');
  const before = createSqliteStore({ file });
  await before.close();
  // Make the file a version-5 store holding rows written by the version-5 code (documents with their own columns).
  const old = new DatabaseSync(file);
  old.exec('PRAGMA foreign_keys = OFF; DROP TABLE documents; DELETE FROM schema_migrations WHERE version >= 6; DROP TABLE strings;');
  old.exec(MIGRATIONS[0]!.sql.slice(MIGRATIONS[0]!.sql.indexOf('CREATE TABLE documents'), MIGRATIONS[0]!.sql.indexOf('CREATE INDEX documents_url')));
  old.exec('ALTER TABLE documents ADD COLUMN url_key INTEGER; CREATE INDEX documents_url_key ON documents(url_key);');
  const inputs = ['Finland officially joins NATO.', 'Sweden follows Finland into the alliance.'].map((text) => ({
    url: 'https://example.org/day', title: 'Day', outlet: 'Wire', publishedAt: '2023-04-04', fetchedAt: '2026-01-01T00:00:00.000Z',
    kind: 'news' as const, text, topics: ['NATO'], origin: 'web',
  }));
  const prepared = inputs.map((input) => prepareDocument(input));
  const insert = old.prepare(`INSERT INTO documents (id, url, title, outlet, published_at, fetched_at, kind, text, topics, origin, content_hash)
    VALUES (?, 'https://example.org/day', 'Day', 'Wire', '2023-04-04', '2026-01-01T00:00:00.000Z', 'news', ?, '["NATO"]', 'web', ?)`);
  inputs.forEach((input, index) => insert.run(prepared[index]!.id, input.text, hashBytes(prepared[index]!.contentHash)));
  old.exec(`INSERT INTO passages (document_rowid, ordinal, text) VALUES (1, 0, 'Finland officially joins NATO.'), (2, 0, 'Sweden follows Finland into the alliance.');
    INSERT INTO passages_fts (rowid, text, heading) VALUES (1, 'Finland officially joins NATO.', 'NATO'), (2, 'Sweden follows Finland into the alliance.', 'NATO');`);
  old.exec(`INSERT INTO reports (id, slug, question, question_key, title, kind, category, checked_at, source_count, body)
    VALUES ('rep_old', 'old', 'Q?', 'q', 'Q', 'question', 'world', '2026-01-01T00:00:00.000Z', 1, '{}')`);
  old.prepare("INSERT INTO report_sources (report_id, n, document_id) VALUES ('rep_old', 1, ?)").run(prepared[0]!.id);
  old.close();

  const store = createSqliteStore({ file });
  assert.deepEqual(store.db.prepare('PRAGMA foreign_key_check').all(), [], 'a report\'s sources still point at their documents');
  assert.equal((store.db.prepare('SELECT count(*) AS n FROM report_sources r JOIN documents d ON d.id = r.document_id').get() as { n: number }).n, 1);
  const ids = prepared.map((entry) => entry.id);
  const documents = await store.getDocuments(ids);
  assert.deepEqual(documents.map((document) => [document.id, document.url, document.topics, document.text, document.contentHash]),
    inputs.map((input, index) => [ids[index], input.url, input.topics, input.text, prepared[index]!.contentHash]));
  assert.deepEqual((await store.searchPassages('Finland NATO', { limit: 2 })).map((hit) => hit.document.id).sort(), ids);
  assert.deepEqual((await store.getPassages([ids[1]!])).map((passage) => passage.text), ['Sweden follows Finland into the alliance.']);
  const again = await store.upsertDocuments([{ ...inputs[0]!, fetchedAt: '2026-02-01T00:00:00.000Z' }]);
  assert.equal(again[0]!.created, false, 'the migrated document is found by its id');
  assert.equal((await store.findSnapshot('https://example.org/day', { fetchedAfter: '2026-01-15T00:00:00.000Z' }))?.id, ids[0], 'its fetch time was refreshed');
  await store.close();
});
