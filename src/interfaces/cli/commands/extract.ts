// `crosscheck extract <file.html...>`: the main text and metadata our extractor finds in saved pages,
// for checking what a page would contribute as evidence. Gzipped pages (.html.gz) are read too.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes } from '../../../adapters/extract/decode-html.ts';
import { type ExtractedArticle, type ExtractionPath, extractArticle } from '../../../adapters/extract/extract-article.ts';
import type { CliIo, Command } from '../io.ts';

export const EXTRACT_USAGE = `Usage: crosscheck extract <file.html...> [--json]

Prints the title, byline, date and main text that Crosscheck extracts from each saved HTML page
(.html, .htm, or gzipped .html.gz). A file that cannot be read is reported on stderr and skipped.

Options:
  --json   one JSON object per line: {"file", "title", "byline", "publishedAt", "siteName", "path", "text"}

"Path" says how the text was found: article (the article container, filtered), publisher-text (the
page's own JSON-LD article body), largest-block (fallback: the block with the most text outside links),
none (the page has no text).
`;

type PageOutcome = { ok: true; html: string } | { ok: false; reason: string };

const GZIP_MAGIC = [0x1f, 0x8b];

function isGzip(file: string, bytes: Uint8Array): boolean {
  return file.toLowerCase().endsWith('.gz') || (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]);
}

async function readPage(file: string): Promise<PageOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})` };
  }
  if (isGzip(file, bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      return { ok: false, reason: 'not a valid gzip file' };
    }
  }
  return decodeHtmlBytes(bytes);
}

const PATH_NAMES: Record<ExtractionPath, string> = {
  article: 'article (the article container, filtered)',
  'publisher-text': "publisher-text (the page's JSON-LD article body)",
  'largest-block': 'largest-block (fallback: the block with the most text outside links)',
  none: 'none (no text on the page)',
};

function formatText(file: string, article: ExtractedArticle): string {
  const lines = [`== ${file}`, `Title:  ${article.title || '(none)'}`];
  if (article.byline) lines.push(`Byline: ${article.byline}`);
  if (article.publishedAt) lines.push(`Date:   ${article.publishedAt}`);
  if (article.siteName) lines.push(`Site:   ${article.siteName}`);
  lines.push(`Path:   ${PATH_NAMES[article.path]}`);
  lines.push('', article.text || '(no main text found)', '');
  return `${lines.join('\n')}\n`;
}

function formatJson(file: string, article: ExtractedArticle): string {
  const { title, byline = null, publishedAt = null, siteName = null, path: found, text } = article;
  return `${JSON.stringify({ file, title, byline, publishedAt, siteName, path: found, text })}\n`;
}

function parse(argv: string[], io: CliIo) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr(`crosscheck extract: ${(error as Error).message}\n\n${EXTRACT_USAGE}`);
    return undefined;
  }
}

export const extract: Command = async (argv, io) => {
  const parsed = parse(argv, io);
  if (!parsed) return 2;
  if (parsed.values.help) {
    io.stdout(EXTRACT_USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    io.stderr(`crosscheck extract: give at least one HTML file\n\n${EXTRACT_USAGE}`);
    return 2;
  }
  let succeeded = 0;
  for (const file of parsed.positionals) {
    const page = await readPage(path.resolve(io.cwd, file));
    if (!page.ok) {
      io.stderr(`crosscheck extract: ${file}: ${page.reason}\n`);
      continue;
    }
    const article = extractArticle(page.html);
    if (!article.text) io.stderr(`crosscheck extract: ${file}: no main text found (navigation or boilerplate only)\n`);
    io.stdout(parsed.values.json ? formatJson(file, article) : formatText(file, article));
    succeeded += 1;
  }
  return succeeded > 0 ? 0 : 1;
};
