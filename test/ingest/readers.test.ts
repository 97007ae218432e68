import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectType } from '../../src/adapters/ingest/detect-type.ts';
import { readHtml } from '../../src/adapters/ingest/read-html.ts';
import { readJsonl } from '../../src/adapters/ingest/read-jsonl.ts';
import { markdownToText, readMarkdown } from '../../src/adapters/ingest/read-markdown.ts';
import { readPdf } from '../../src/adapters/ingest/read-pdf.ts';
import { readText } from '../../src/adapters/ingest/read-text.ts';
import type { ReaderInput } from '../../src/adapters/ingest/types.ts';
import { ARTICLE_HTML, minimalPdf, NAVIGATION_HTML } from './fixtures.ts';

const encoder = new TextEncoder();

function input(name: string, content: string | Uint8Array): ReaderInput {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  const text = typeof content === 'string' ? content : '';
  return { path: `/data/${name}`, url: `file:///data/${name}`, bytes, text };
}

describe('detectType', () => {
  test('refuses empty, binary and unsupported files with a reason', () => {
    assert.deepEqual(detectType('.txt', new Uint8Array()), { ok: false, reason: 'empty file' });
    assert.match(reasonOf(detectType('.txt', new Uint8Array([0x68, 0x69, 0x00, 0x01]))), /^binary file/);
    const noise = Uint8Array.from({ length: 4096 }, (_, index) => 0x80 + ((index * 37) % 0x7f));
    assert.match(reasonOf(detectType('.txt', noise)), /^binary file/);
    assert.match(reasonOf(detectType('.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))), /PNG image/);
    assert.match(reasonOf(detectType('.pdf', encoder.encode('hello'))), /^corrupt PDF/);
    assert.match(reasonOf(detectType('.csv', encoder.encode('a,b\n1,2'))), /^unsupported file type "\.csv"/);
    assert.equal(reasonOf(detectType('.txt', encoder.encode(' \n\t\n'))), 'empty file (only whitespace)');
  });

  test('sniffs content: HTML in a .txt, a PDF by its header, Latin-1 text is text', () => {
    assert.equal(typeOf(detectType('.txt', encoder.encode('<!DOCTYPE html><html><body>x</body></html>'))), 'html');
    assert.equal(typeOf(detectType('', encoder.encode('%PDF-1.4\n'))), 'pdf');
    const latin1 = Uint8Array.from([...'Caf', 0xe9, ...' au lait, tr', 0xe8, 's bon.'].flatMap(toBytes));
    const detection = detectType('.txt', latin1);
    assert.ok(detection.ok);
    assert.equal(detection.text, 'Café au lait, très bon.');
  });
});

describe('readHtml', () => {
  test('takes the main text and metadata of an article', () => {
    const outcome = readHtml(input('dam.html', ARTICLE_HTML));
    assert.ok(outcome.ok);
    const [document] = outcome.documents;
    assert.equal(document.title, 'Dam opens on the river');
    assert.equal(document.outlet, 'Example News');
    assert.equal(document.publishedAt, '2024-05-02T08:00:00Z');
    assert.equal(document.url, 'file:///data/dam.html');
    assert.equal(document.kind, 'other');
    assert.match(document.text, /six years of construction/);
    assert.doesNotMatch(document.text, /Home/);
  });

  test('falls back to the canonical hostname for the outlet', () => {
    const html = ARTICLE_HTML.replace(/<meta property="og:site_name"[^>]*>/, '');
    const outcome = readHtml(input('dam.html', html));
    assert.ok(outcome.ok);
    assert.equal(outcome.documents[0].outlet, 'example-news.org');
  });

  test('decodes a page in its declared legacy charset', () => {
    const html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace('officials said', 'the café owner said');
    const bytes = new Uint8Array(Buffer.from(html, 'latin1'));
    const outcome = readHtml({ ...input('dam.html', html), bytes, text: new TextDecoder('utf-8').decode(bytes) });
    assert.ok(outcome.ok);
    assert.match(outcome.documents[0].text, /the café owner said/);
  });

  test('refuses a page that is all navigation', () => {
    const outcome = readHtml(input('menu.html', NAVIGATION_HTML));
    assert.equal(outcome.ok, false);
    assert.match(reasonOf(outcome), /^no main text/);
  });
});

describe('readMarkdown', () => {
  test('strips markup, drops code, titles from the first heading', () => {
    const markdown = '# Flood notes\n\nThe **river** flooded [twice](https://x.org) in `April`.\n\n```js\nconsole.log(1)\n```\n\n- one\n- two\n';
    const outcome = readMarkdown(input('notes.md', markdown));
    assert.ok(outcome.ok);
    const [document] = outcome.documents;
    assert.equal(document.title, 'Flood notes');
    assert.equal(document.text, 'Flood notes\n\nThe river flooded twice in April.\n\none\ntwo');
    assert.equal(document.kind, 'other');
  });

  test('reads simple front matter and table rows', () => {
    const markdown = '---\ntitle: "Water report"\ndate: 2024-04-01\nkind: analysis\noutlet: River Watch\n---\nIntro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    const outcome = readMarkdown(input('water.md', markdown));
    assert.ok(outcome.ok);
    const [document] = outcome.documents;
    assert.deepEqual(
      { title: document.title, publishedAt: document.publishedAt, kind: document.kind, outlet: document.outlet },
      { title: 'Water report', publishedAt: '2024-04-01', kind: 'analysis', outlet: 'River Watch' },
    );
    assert.equal(document.text, 'Intro.\n\na; b\n1; 2');
  });

  test('a file of only markup is empty', () => {
    assert.equal(markdownToText('```\ncode\n```\n\n---\n'), '');
    assert.match(reasonOf(readMarkdown(input('code.md', '```\ncode\n```\n'))), /^empty file/);
  });
});

describe('readText', () => {
  test('titles by the first line, or the file name when that line is long', () => {
    const outcome = readText(input('report.txt', 'Field report\r\nThe water peaked on day three.\r\n'));
    assert.ok(outcome.ok);
    assert.equal(outcome.documents[0].title, 'Field report');
    assert.equal(outcome.documents[0].text, 'Field report\nThe water peaked on day three.');
    const long = readText(input('long.txt', `${'word '.repeat(60)}\nmore`));
    assert.ok(long.ok);
    assert.equal(long.documents[0].title, 'long');
  });
});

describe('readPdf', () => {
  test('reads the text layer and the info title', async () => {
    const bytes = minimalPdf(['Quarterly report on river levels.', 'The river rose by two metres in May.'], { title: 'River report' });
    const outcome = await readPdf(input('river.pdf', bytes));
    assert.ok(outcome.ok);
    const [document] = outcome.documents;
    assert.equal(document.title, 'River report');
    assert.equal(document.text, 'Quarterly report on river levels.\nThe river rose by two metres in May.');
    assert.equal(document.publishedAt, '2024-05-01T12:00:00.000Z');
  });

  test('titles by the first line without an info title', async () => {
    const outcome = await readPdf(input('notes.pdf', minimalPdf(['Meeting notes', 'Budget approved.'])));
    assert.ok(outcome.ok);
    assert.equal(outcome.documents[0].title, 'Meeting notes');
  });

  test('refuses a corrupt PDF and one without text', async () => {
    const corrupt = await readPdf(input('broken.pdf', encoder.encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog')));
    assert.match(reasonOf(corrupt), /^corrupt PDF/);
    const blank = await readPdf(input('blank.pdf', minimalPdf([])));
    assert.match(reasonOf(blank), /^PDF has no extractable text/);
  });
});

describe('readJsonl', () => {
  test('skips bad lines with their numbers and keeps the rest', () => {
    const lines = [
      JSON.stringify({ url: 'https://a.example/1', title: 'One', outlet: 'A', publishedAt: '2024-01-02', text: 'First.' }),
      '{not json',
      '',
      JSON.stringify({ url: 'https://a.example/2', title: 'Two', text: 'Second.', kind: 'news' }),
      JSON.stringify({ url: 'https://a.example/3', title: 'Three' }),
    ];
    const outcome = readJsonl(input('docs.jsonl', lines.join('\n')));
    assert.ok(outcome.ok);
    assert.deepEqual(
      outcome.documents.map((document) => [document.title, document.outlet, document.kind, document.publishedAt]),
      [['One', 'A', 'other', '2024-01-02'], ['Two', 'a.example', 'news', undefined]],
    );
    assert.equal(outcome.warnings.length, 2);
    assert.match(outcome.warnings[0], /^skipped line 2: invalid JSON/);
    assert.match(outcome.warnings[1], /^skipped line 5: text:/);
  });

  test('a file with no valid line is rejected', () => {
    const outcome = readJsonl(input('bad.jsonl', '{"url": "nope", "title": "x", "text": "y"}\n[]\n'));
    assert.match(reasonOf(outcome), /^no valid documents \(2 bad lines; line 1: url:/);
  });
});

function reasonOf(outcome: { ok: boolean; reason?: string }): string {
  assert.equal(outcome.ok, false);
  return outcome.reason ?? '';
}

function typeOf(detection: ReturnType<typeof detectType>): string {
  assert.ok(detection.ok);
  return detection.type;
}

function toBytes(part: string | number): number[] {
  return typeof part === 'number' ? [part] : [...part].map((character) => character.charCodeAt(0));
}
