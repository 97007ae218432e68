// Main-text extraction from HTML: the tree repaired to one body, furniture removed, Readability (on
// linkedom) picks the article container, then paragraph filters drop what is still not prose. When that
// leaves nothing, the largest text block is the answer, so a page with text never comes back empty.
// Never throws: garbage in, empty text out.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockParagraphs, type Paragraph } from './block-text.ts';
import { cleanDocument } from './clean-dom.ts';
import { findThreads, type Thread, threadAfterArticle } from './comment-thread.ts';
import { locateParagraphs, type PageBlocks, readPageBlocks } from './page-blocks.ts';
import { removeControlCharacters } from './decode-html.ts';
import { largestTextBlock } from './largest-block.ts';
import { type PageMetadata, plausibleDate, readMetadata } from './metadata.ts';
import { type FilterOptions, filterParagraphs, isGarbled } from './paragraph-filter.ts';
import { checkPrecision } from './precision-check.ts';
import { repairDocument } from './repair-dom.ts';

/**
 * How the text was found: `article` (Readability's container, filtered), `publisher-text` (the page's JSON-LD
 * articleBody, when ours was far shorter), `largest-block` (the fallback: the container with the most text
 * outside links), `none` (the page has no text).
 */
export type ExtractionPath = 'article' | 'publisher-text' | 'largest-block' | 'none';

export interface ExtractedArticle {
  title: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
  text: string;
  path: ExtractionPath;
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

function bodyText(paragraphs: Paragraph[], metadata: PageMetadata): { text: string; path: ExtractionPath } {
  const text = paragraphs.map((paragraph) => paragraph.text).join('\n\n');
  const body = metadata.articleBody ?? '';
  if (body.length >= ARTICLE_BODY_MIN_CHARS && text.length < body.length / 4) {
    return { text: body.split(/\n\s*/).map((line) => line.trim()).filter(Boolean).join('\n\n'), path: 'publisher-text' };
  }
  return { text, path: text ? 'article' : 'none' };
}

interface PageShape {
  blocks: PageBlocks;
  threads: Thread[];
}

/** Read before Readability, which takes the tree apart. */
function readPageShape(body: Element): PageShape {
  const blocks = readPageBlocks(body);
  return { blocks, threads: findThreads(blocks) };
}

/**
 * The article's lines, checked against the page for furniture Readability's container brought in, filtered,
 * then the comment thread that follows the article on the page (lines it does not already hold).
 */
function articleLines(paragraphs: Paragraph[], page: PageShape | undefined, filter: FilterOptions): Paragraph[] {
  if (!page) return filterParagraphs(paragraphs, filter);
  const positions = locateParagraphs(page.blocks, paragraphs);
  const kept = filterParagraphs(checkPrecision(paragraphs, positions, page.blocks), filter);
  if (kept.length === 0 || page.threads.length === 0) return kept;
  const thread = threadAfterArticle(page.blocks, page.threads, positions);
  return [...kept, ...filterParagraphs(thread.paragraphs, filter)];
}

/** The fallback on a fresh parse (Readability has taken the first tree apart): the largest block's prose, else all its readable text. */
function largestBlockText(html: string, titles: string[]): string {
  const document = parseDocument(html);
  repairDocument(document);
  cleanDocument(document);
  const block = document.body ? largestTextBlock(document.body) : undefined;
  if (!block) return '';
  const paragraphs = blockParagraphs(block);
  const kept = filterParagraphs(paragraphs, { titles, maxLinkDensity: MAX_LINK_DENSITY });
  const readable = kept.length > 0 ? kept : paragraphs.filter((paragraph) => !isGarbled(paragraph.text));
  return readable.map((paragraph) => paragraph.text).join('\n\n');
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
  repairDocument(document);
  const documentTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const headings = Array.from(document.querySelectorAll('h1'), (heading) => heading.textContent ?? '');
  const metadata = readMetadata(document);
  cleanDocument(document);
  const body = document.body && !deeperThan(document.body, MAX_DEPTH) ? document.body : undefined;
  const page = body ? readPageShape(body) : undefined;
  const article = body ? readable(document) : undefined;
  const paragraphs = article?.content ? blockParagraphs(article.content) : [];
  const titles = [documentTitle, article?.title ?? '', metadata.title ?? '', ...headings];
  const filter = { titles, maxLinkDensity: MAX_LINK_DENSITY };
  const kept = articleLines(paragraphs, page, filter);
  let found = bodyText(kept, metadata);
  if (found.path === 'none') {
    const text = largestBlockText(html, titles);
    found = { text, path: text ? 'largest-block' : 'none' };
  }
  return {
    title: metadata.title || article?.title?.trim() || documentTitle,
    byline: metadata.byline || article?.byline?.trim() || undefined,
    publishedAt: metadata.publishedAt || plausibleDate(article?.publishedTime?.trim()),
    siteName: metadata.siteName || article?.siteName?.trim() || hostname(options.url),
    ...found,
  };
}

export function extractArticle(html: string, options: { url?: string } = {}): ExtractedArticle {
  try {
    return extract(typeof html === 'string' ? removeControlCharacters(html) : '', options);
  } catch {
    // linkedom and Readability can fail on pathological markup; an unreadable page has no main text.
    return { title: '', text: '', path: 'none' };
  }
}
