// Reads Markdown: markup stripped to plain paragraphs (code blocks dropped: code is never evidence),
// title from front matter or the first heading, optional front matter for date, outlet, kind and URL.
import path from 'node:path';
import { SOURCE_KINDS, type SourceKind } from '../../contracts/schema.ts';
import { normalizeDate } from '../../shared/text/normalize-date.ts';
import { accepted, type ReadOutcome, type ReaderInput, rejected } from './types.ts';

export function readMarkdown(input: ReaderInput): ReadOutcome {
  const { meta, body } = splitFrontMatter(input.text);
  const text = markdownToText(body);
  if (!text) return rejected('empty file (no text left after removing the Markdown markup)');
  const baseName = path.basename(input.path);
  const kind = SOURCE_KINDS.find((candidate) => candidate === meta.kind?.toLowerCase());
  return accepted([
    {
      url: meta.url && /^https?:\/\//i.test(meta.url) ? meta.url : input.url,
      title: meta.title || firstHeading(body) || baseName.replace(/\.[^.]+$/, ''),
      outlet: meta.outlet || meta.publisher || meta.site || baseName,
      publishedAt: normalizeDate(meta.date ?? meta.published ?? meta.publishedat),
      byline: meta.author || undefined,
      kind: (kind ?? 'other') as SourceKind,
      text,
    },
  ]);
}

/** Simple `key: value` YAML front matter; nested YAML is ignored rather than misread. */
export function splitFrontMatter(markdown: string): { meta: Record<string, string>; body: string } {
  const match = markdown.match(/^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n?/);
  if (!match) return { meta: {}, body: markdown };
  const meta: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const pair = line.match(/^([A-Za-z][\w-]*)\s*:\s*(.*)$/);
    if (pair) meta[pair[1].toLowerCase().replace(/[-_]/g, '')] = pair[2].trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { meta, body: markdown.slice(match[0].length) };
}

export function firstHeading(markdown: string): string | undefined {
  const lines = withoutCode(markdown).split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const atx = lines[index].match(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
    if (atx?.[1]) return inlineToText(atx[1]);
    const next = lines[index + 1];
    if (lines[index].trim() && next !== undefined && /^ {0,3}(?:=+|-+)\s*$/.test(next)) return inlineToText(lines[index].trim());
  }
  return undefined;
}

function withoutCode(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[`~]*[ \t]*(?=\n|$)|$)/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** Block structure to plain paragraphs: headings, quotes, lists and tables lose their markers. */
export function markdownToText(markdown: string): string {
  const lines = withoutCode(markdown)
    .split('\n')
    .filter((line) => !/^ {0,3}\[[^\]]+\]:\s*\S+/.test(line)) // reference link definitions
    .filter((line) => !/^ {0,3}(?:[-*_]\s*){3,}$/.test(line) && !/^ {0,3}=+\s*$/.test(line)) // rules, setext underlines
    .filter((line) => !/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) // table separator rows
    .map((line) =>
      line
        .replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '\n$1\n') // headings stand alone
        .replace(/^\s*(?:>\s?)+/, '')
        .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
        .replace(/^\s*\|(.*)\|\s*$/, (_row, cells: string) => cells.split('|').map((cell) => cell.trim()).join('; ')),
    )
    .map(inlineToText);
  return lines
    .join('\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–' };

export function inlineToText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // inline links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1') // autolinks
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // inline HTML tags
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?![\w*])/g, '$1$2')
    .replace(/~~(.*?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/&(#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? entity),
    );
}
