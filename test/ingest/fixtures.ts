// Test fixtures generated on the fly: a minimal valid PDF and a temp folder of mixed files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}

/** A one-page PDF with one text line per entry, Helvetica, a correct xref table, and optional info. */
export function minimalPdf(lines: string[], info: { title?: string; author?: string } = {}): Uint8Array {
  const content = `BT /F1 12 Tf 72 720 Td 16 TL ${lines.map((line) => `${pdfString(line)} '`).join(' ')} ET`;
  const infoEntries = [
    info.title ? `/Title ${pdfString(info.title)}` : '',
    info.author ? `/Author ${pdfString(info.author)}` : '',
    '/CreationDate (D:20240501120000Z)',
  ].join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< ${infoEntries} >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

export function tempDir(prefix = 'crosscheck-ingest-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const ARTICLE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<title>Dam opens on the river | Example News</title>
<link rel="canonical" href="https://www.example-news.org/2024/dam">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Dam opens on the river</h1>
<p>The new dam on the Example River opened on Thursday after six years of construction, officials said. The project
cost 2.1 billion dollars and will supply power to about 400,000 homes in the region.</p>
<p>Environmental groups argue that the reservoir flooded farmland and displaced two villages. The regional government
says the families were compensated and moved to new housing nearby.</p>
<p>Engineers expect the turbines to reach full capacity by the end of the year, according to the operator.</p>
</article><footer>Example News</footer></body></html>`;

export const NAVIGATION_HTML = `<html><head><title>Example</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/news">News</a></li>
<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li></ul></nav>
<footer><a href="/terms">Terms of service</a></footer></body></html>`;
