// The embedded store keeps each text once: passages are spans of their document's text, read back exactly.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import type { DocumentInput } from '../../src/contracts/types.ts';
import { locatePassages, passageFromSpan, splitPassages } from '../../src/pipeline/read/passages.ts';
import { MIGRATIONS } from '../../src/adapters/store/sqlite/migrations.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';

const PAGE = [
  'Finland  joined NATO in April 2023,\tafter decades of neutrality.',
  '',
  '',
  '- Sweden followed in March 2024.\n- Hungary ratified last.',
  `${'The alliance debated enlargement at length and the talks went on for many months. '.repeat(20)}`,
  'A closing paragraph about Ukraine and NATO with\r\nWindows line breaks inside it.',
].join('\n');

function page(text: string, url = 'https://example.org/page'): DocumentInput {
  return { ...NATO_CORPUS[0], url, text };
}

test('passage spans: every passage of irregular text is read back exactly from its span', () => {
  const passages = splitPassages(PAGE);
  assert.ok(passages.length >= 3, 'the long paragraph is cut into several passages');
  const spans = locatePassages(PAGE, passages);
  spans.forEach((span, index) => {
    assert.ok(span, `passage ${index} has a span`);
    assert.equal(passageFromSpan(PAGE, span), passages[index]);
  });
  assert.ok(spans.every((span, index) => index === 0 || span!.start >= spans[index - 1]!.end), 'spans in order, not overlapping');
});

test('passage spans: a passage the text cannot give back (a word cut in two) has no span', () => {
  const text = `Start ${'x'.repeat(1500)} end.`;
  const passages = splitPassages(text);
  assert.ok(passages.some((passage) => passage.includes('x x')), 'the over-long word is cut with a space the text lacks');
  assert.ok(locatePassages(text, passages).some((span) => span === undefined));
});

test('sqlite: passages are stored as spans (no second copy of the text) and come back exactly, in search too', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  const cut = page(`Start NATO ${'x'.repeat(1500)} end.`, 'https://example.org/cut');
  const [stored, stored2] = await store.upsertDocuments([page(PAGE), cut]);
  const rows = store.db.prepare('SELECT text, span_start FROM passages ORDER BY rowid').all() as { text: string; span_start: number | null }[];
  const spanned = rows.filter((row) => row.text === '' && row.span_start !== null).length;
  assert.equal(spanned, splitPassages(PAGE).length, 'every passage of the page is a span');
  assert.equal(rows.length - spanned, splitPassages(cut.text).length, 'the passage with a cut word keeps its own text');
  assert.deepEqual((await store.getPassages([stored.document.id])).map((passage) => passage.text), splitPassages(PAGE));
  assert.deepEqual((await store.getPassages([stored2.document.id])).map((passage) => passage.text), splitPassages(cut.text));
  const hits = await store.searchPassages('Windows line breaks', { limit: 3 });
  assert.equal(hits[0].passage.text, splitPassages(PAGE).find((passage) => passage.endsWith('with Windows line breaks inside it.')));
  assert.equal(hits[0].document.text, PAGE);
  const within = await store.searchPassages('Sweden', { limit: 3, documentIds: [stored.document.id] });
  assert.equal(within[0].passage.text, splitPassages(PAGE).find((passage) => passage.includes('- Sweden followed')));
  assert.equal((await store.getDocuments([stored.document.id]))[0].contentHash, stored.document.contentHash);
  await store.close();
});

test('sqlite: a store written before text-once (migration 4) is migrated: old passages keep their text, hashes and URL keys work', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-text-once-')), 'store.db');
  const old = new DatabaseSync(file);
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const migration of MIGRATIONS.filter((entry) => entry.version <= 3)) {
    old.exec(migration.sql);
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, '2026-01-01T00:00:00.000Z');
  }
  const hash = `sha256:${'ab'.repeat(32)}`;
  // A document's id has always been 'doc_' and the first 20 hex digits of its content hash (prepare-document.ts).
  old.prepare(`INSERT INTO documents (id, url, title, outlet, fetched_at, kind, text, topics, origin, content_hash)
    VALUES ('doc_${'ab'.repeat(10)}', 'https://example.org/old', 'Old', 'Wire', '2026-01-01T00:00:00.000Z', 'news', 'Old NATO text.', '[]', 'web', ?)`).run(hash);
  old.exec("INSERT INTO passages (document_rowid, ordinal, text) VALUES (1, 0, 'Old NATO text.')");
  old.exec("INSERT INTO passages_fts (rowid, text, heading) VALUES (1, 'Old NATO text.', 'Old')");
  old.close();

  const store = createSqliteStore({ file });
  const id = `doc_${'ab'.repeat(10)}`;
  assert.equal((await store.getDocuments([id]))[0].contentHash, hash);
  assert.equal((await store.findSnapshot('https://example.org/old', { fetchedAfter: '2025-01-01T00:00:00.000Z' }))?.id, id);
  assert.deepEqual((await store.getPassages([id])).map((passage) => passage.text), ['Old NATO text.']);
  assert.equal((await store.searchPassages('NATO', { limit: 1 }))[0].passage.text, 'Old NATO text.');
  await store.close();
});
