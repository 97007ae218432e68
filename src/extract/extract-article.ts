// Main-text extraction from HTML: furniture removed first, Readability (on linkedom) picks the article
// container, then paragraph filters drop what is still not prose. Never throws: garbage in, empty text out.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockParagraphs, type Paragraph } from './block-text.ts';
import { cleanDocument } from './clean-dom.ts';
import { type PageMetadata, plausibleDate, readMetadata } from './metadata.ts';
import { filterParagraphs } from './paragraph-filter.ts';

export interface ExtractedArticle {
  title: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
  text: string;
}

/** Share of a paragraph's characters inside links above which it is a link-list entry. */
const MAX_LINK_DENSITY = 0.8;
/** Real pages nest a few dozen levels; Readability is quadratic in depth, so deeper trees are hostile. */
const MAX_DEPTH = 500;
/** The publisher's JSON-LD body replaces our text only when we found far less than it holds. */
const ARTICLE_BODY_MIN_CHARS = 200;

type ReadabilityResult = NonNullable<ReturnType<Readability<Node>['parse']>>;

function readable(document: Document): ReadabilityResult | undefined {
  // The serializer hands back the content node itself, so it is walked once, never re-serialised and parsed.
  // readMetadata has already read the JSON-LD, so Readability need not parse it again.
  const readability = new Readability<Node>(document, { serializer: (node) => node, disableJSONLD: true });
  return readability.parse() ?? undefined;
}

function bodyText(paragraphs: Paragraph[], metadata: PageMetadata): string {
  const text = paragraphs.map((paragraph) => paragraph.text).join('\n\n');
  const body = metadata.articleBody ?? '';
  if (body.length >= ARTICLE_BODY_MIN_CHARS && text.length < body.length / 4) {
    return body.split(/\n\s*/).map((line) => line.trim()).filter(Boolean).join('\n\n');
  }
  return text;
}

/** linkedom does not imply a <body> the way browsers do, so a fragment would parse to an empty page. */
function parseDocument(html: string): Document {
  const source = /<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html.replace(/<\/?html\b[^>]*>/gi, '')}</body></html>`;
  return (parseHTML(source) as unknown as { document: Document }).document;
}

function deeperThan(root: Element, limit: number): boolean {
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return false;
}

function hostname(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  return new URL(url).hostname.replace(/^www\./, '') || undefined;
}

function extract(html: string, options: { url?: string }): ExtractedArticle {
  const document = parseDocument(html);
  const documentTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const headings = Array.from(document.querySelectorAll('h1'), (heading) => heading.textContent ?? '');
  const metadata = readMetadata(document);
  cleanDocument(document);
  const article = document.body && !deeperThan(document.body, MAX_DEPTH) ? readable(document) : undefined;
  const paragraphs = article?.content ? blockParagraphs(article.content) : [];
  const titles = [documentTitle, article?.title ?? '', metadata.title ?? '', ...headings];
  const kept = filterParagraphs(paragraphs, { titles, maxLinkDensity: MAX_LINK_DENSITY });
  return {
    title: metadata.title || article?.title?.trim() || documentTitle,
    byline: metadata.byline || article?.byline?.trim() || undefined,
    publishedAt: metadata.publishedAt || plausibleDate(article?.publishedTime?.trim()),
    siteName: metadata.siteName || article?.siteName?.trim() || hostname(options.url),
    text: bodyText(kept, metadata),
  };
}

export function extractArticle(html: string, options: { url?: string } = {}): ExtractedArticle {
  try {
    return extract(typeof html === 'string' ? html : '', options);
  } catch {
    // linkedom and Readability can fail on pathological markup; an unreadable page has no main text.
    return { title: '', text: '' };
  }
}
