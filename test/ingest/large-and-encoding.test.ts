// Ingest says what it did to a file: text that is not valid UTF-8 (and declares nothing else) is read
// as Windows-1252 with a warning; a very large file is stored as parts of bounded size, the rest left
// out with a warning, so one file cannot flood every report that touches it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { ingestPaths } from '../../src/adapters/ingest/index.ts';
import { MAX_DOCUMENT_CHARS, splitLargeDocument } from '../../src/adapters/ingest/split-large-document.ts';
import { memoryStore } from '../support/fakes.ts';
import { tempDir } from './fixtures.ts';

const temp = tempDir();
after(() => temp.cleanup());

async function ingestOne(name: string, bytes: Uint8Array | string) {
  const file = path.join(temp.dir, name);
  writeFileSync(file, bytes);
  const store = await memoryStore();
  const [result] = await ingestPaths([file], { store });
  return { result, store };
}

test('invalid UTF-8 without a declared charset is read as Windows-1252, with a warning that says so', async () => {
  const { result, store } = await ingestOne('latin1.txt', Buffer.from('Caf\xe9 notes\nThe caf\xe9 opened in 1921 on the square.\n', 'latin1'));
  assert.ok(result.ok);
  assert.equal(result.warnings.length, 1);
  assert.match(result.warnings[0], /not valid UTF-8 .* read as Windows-1252/);
  const [hit] = await store.searchPassages('opened square', { limit: 1 });
  assert.match(hit.passage.text, /café opened/);
});

test('valid UTF-8, and HTML that declares its legacy charset, get no encoding warning', async () => {
  const utf8 = await ingestOne('utf8.txt', 'Café notes\nThe café opened in 1921 on the square.\n');
  assert.ok(utf8.result.ok);
  assert.deepEqual(utf8.result.warnings, []);
  const html = Buffer.from('<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><article><h1>Caf\xe9</h1><p>The caf\xe9 opened in 1921 on the square, and it served the whole town for a century of markets.</p><p>Its owners kept the same menu for decades. Travellers wrote about its coffee in letters home, and the town still talks about it.</p><p>It closed in 2020 after a long and well-loved run.</p></article></body></html>', 'latin1');
  const declared = await ingestOne('declared.html', html);
  assert.ok(declared.result.ok);
  assert.ok(!declared.result.warnings.some((warning) => /UTF-8/.test(warning)), declared.result.warnings.join(' | '));
});

test('a file larger than one document is stored as parts between paragraphs, with a warning', async () => {
  const paragraph = 'Delegates discussed enlargement of the alliance at length, and the talks went on into the night. ';
  const text = Array.from({ length: Math.ceil((MAX_DOCUMENT_CHARS * 2.2) / (paragraph.length * 5)) }, (_, index) => `${paragraph.repeat(5)}(${index})`).join('\n\n');
  const { result, store } = await ingestOne('long.txt', text);
  assert.ok(result.ok);
  assert.equal(result.documents, 3);
  assert.match(result.warnings.join(' '), /very large .* stored as 3 parts/);
  const stored = await store.countDocuments();
  assert.equal(stored, 3);
});

test('splitLargeDocument: parts end at paragraph breaks, keep the order, and what is beyond the last part is reported', () => {
  const document = { url: 'file:///book.txt', title: 'Book', outlet: 'book.txt', kind: 'other' as const, text: ['one one one', 'two two two', 'three three', 'four four four'].join('\n\n') };
  const { documents, warnings } = splitLargeDocument(document, { maxChars: 26, maxParts: 2 });
  assert.deepEqual(documents.map((part) => [part.url, part.title, part.text]), [
    ['file:///book.txt#part-1', 'Book (part 1)', 'one one one\n\ntwo two two'],
    ['file:///book.txt#part-2', 'Book (part 2)', 'three three\n\nfour four'],
  ]);
  assert.equal(warnings.length, 2);
  assert.match(warnings[1], /only the first 2 parts were kept/);
  assert.deepEqual(splitLargeDocument(document).documents, [document], 'a document within the limit is kept whole');
});
