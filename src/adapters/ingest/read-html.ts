// Reads a saved HTML page: main text and metadata through extractArticle; a page that is all
// navigation or boilerplate is refused rather than indexed as evidence.
import path from 'node:path';
import { extractArticle } from '../extract/extract-article.ts';
import { splitSentences } from '../../shared/text/sentences.ts';
import { decodeText } from './detect-type.ts';
import { normalizeDate } from '../../shared/text/normalize-date.ts';
import { accepted, type ReadOutcome, type ReaderInput, rejected } from './types.ts';

export const MIN_MAIN_TEXT_CHARS = 200;
export const MIN_MAIN_TEXT_SENTENCES = 2;

export function readHtml(input: ReaderInput): ReadOutcome {
  const charset = declaredCharset(input.text);
  const html = charset && !/^utf-?8$/i.test(charset) ? decodeText(input.bytes, charset) : input.text;
  const canonical = canonicalUrl(html);
  let article: ReturnType<typeof extractArticle>;
  try {
    article = extractArticle(html, { url: canonical ?? input.url });
  } catch (error) {
    return rejected(`could not parse the HTML (${(error as Error).message})`);
  }
  const text = article.text.trim();
  const prose = proseSentences(text);
  if (text.length < MIN_MAIN_TEXT_CHARS || prose < MIN_MAIN_TEXT_SENTENCES) {
    return rejected(
      `no main text: the page looks like navigation or boilerplate only (${text.length} characters and ${prose} ` +
        `sentences extracted; at least ${MIN_MAIN_TEXT_CHARS} characters and ${MIN_MAIN_TEXT_SENTENCES} sentences are needed)`,
    );
  }
  const baseName = path.basename(input.path);
  return accepted([
    {
      url: input.url,
      title: article.title || baseName.replace(/\.[^.]+$/, ''),
      outlet: article.siteName || hostnameOf(canonical) || baseName,
      publishedAt: normalizeDate(article.publishedAt),
      byline: article.byline,
      kind: 'other',
      text,
    },
  ]);
}

/** Sentences that read as prose (a few words, ending in punctuation), so a wall of menu links does not count. */
function proseSentences(text: string): number {
  return splitSentences(text).filter((sentence) => sentence.split(/\s+/).length >= 4 && /[.!?]["”’')]?$/.test(sentence)).length;
}

function declaredCharset(html: string): string | undefined {
  const head = html.slice(0, 4096);
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1];
}

/** The page's own URL from `<link rel="canonical">` or `og:url`, when the saved file kept it. */
export function canonicalUrl(html: string): string | undefined {
  for (const tag of html.match(/<(?:link|meta)\b[^>]*>/gi) ?? []) {
    const attributes = Object.fromEntries(
      [...tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((match) => [
        match[1].toLowerCase(),
        match[2] ?? match[3] ?? match[4],
      ]),
    );
    const candidate =
      (attributes.rel?.toLowerCase() === 'canonical' && attributes.href) ||
      (attributes.property?.toLowerCase() === 'og:url' && attributes.content);
    if (candidate && /^https?:\/\//i.test(candidate)) return candidate;
  }
  return undefined;
}

function hostnameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
