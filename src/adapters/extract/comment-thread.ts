// Comment threads and forum replies that continue an article. A thread is found by shape, never by class or
// id names: sibling blocks of the same structure (repeated tags), each a small post of a few lines, mostly
// prose with few links, and most of the text in posts that carry a time stamp (when it was posted).
// The article is extended with the first such thread after its last line.
import type { Paragraph } from './block-text.ts';
import { isOtherStoriesHeading } from './boilerplate.ts';
import { type PageBlocks, shapeOf, wordCount } from './page-blocks.ts';

export interface Thread {
  element: Element;
  /** Paragraph range on the page, [start, end). */
  start: number;
  end: number;
}

type Range = readonly [number, number];

/** Tags a repeated post can have; paragraphs, headings and inline tags are the article's own prose. */
const ITEM_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'DD', 'DT', 'TABLE', 'TR', 'BLOCKQUOTE']);
const MIN_POSTS = 2;
/** Share of the items that share the most common structure. */
const MIN_REPEAT_SHARE = 0.5;
const MAX_LINK_DENSITY = 0.35;
/** Share of the thread's text in sentence-like paragraphs. */
const MIN_PROSE_SHARE = 0.5;
/** Share of the thread's text in posts that carry a time stamp. */
const MIN_STAMPED_SHARE = 0.5;
const STAMP_MAX_WORDS = 20;

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** A time of day, a date, a year or "3 hours ago": how a post says when it was written. */
const STAMP = new RegExp(
  [
    '\\b\\d{1,2}:\\d{2}\\b',
    `\\b${MONTH}\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}(st|nd|rd|th)?\\s+${MONTH}`,
    '\\b(19|20)\\d\\d\\b',
    '\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b',
    '\\b(\\d+|an?)\\s+(second|minute|hour|day|week|month|year)s?\\s+ago\\b',
  ].join('|'),
  'i',
);

function isStamp(paragraph: Paragraph): boolean {
  return wordCount(paragraph.text) <= STAMP_MAX_WORDS && STAMP.test(paragraph.text);
}

/** Tag of the element and of its first two children: a post's frame (who and when, then the text), not its length. */
function structure(element: Element): string {
  const [first, second] = element.children;
  return `${element.tagName}>${first?.tagName ?? ''},${second?.tagName ?? ''}`;
}

interface Item {
  element: Element;
  range: Range;
}

function textChildren(page: PageBlocks, element: Element): Item[] {
  const items: Item[] = [];
  for (const child of Array.from(element.children)) {
    const range = page.ranges.get(child);
    if (range && range[1] > range[0]) items.push({ element: child, range });
  }
  return items;
}

/**
 * Posts start at each child of the repeated structure and run to the next one, so a post split over
 * siblings (a <dt> author line, then its <dd> text) is read whole; the last post takes as many siblings
 * as the first one did.
 */
function postRanges(items: Item[], repeated: Set<Item>): Range[] {
  const starts = items.flatMap((item, index) => (repeated.has(item) ? [index] : []));
  const period = starts.length > 1 ? starts[1] - starts[0] : 1;
  return starts.map((start, index) => {
    const last = index + 1 < starts.length ? starts[index + 1] - 1 : Math.min(items.length - 1, start + period - 1);
    return [items[start].range[0], items[last].range[1]] as const;
  });
}

/** The posts of an element whose children mostly repeat one structure, each post several lines long. */
function repeatedPosts(page: PageBlocks, element: Element): Range[] | undefined {
  const items = textChildren(page, element);
  if (items.length < MIN_POSTS) return undefined;
  const groups = [...Map.groupBy(items, (item) => structure(item.element)).values()];
  const repeated = groups.reduce((best, group) => (group.length > best.length ? group : best));
  if (repeated.length < MIN_POSTS || repeated.length < items.length * MIN_REPEAT_SHARE) return undefined;
  if (!ITEM_TAGS.has(repeated[0].element.tagName)) return undefined;
  const posts = postRanges(items, new Set(repeated));
  return posts.filter(([start, end]) => end - start >= 2).length >= posts.length / 2 ? posts : undefined;
}

function stampedShare(page: PageBlocks, posts: Range[]): number {
  let stamped = 0;
  let total = 0;
  for (const [start, end] of posts) {
    const chars = shapeOf(page, start, end).chars;
    total += chars;
    if (page.paragraphs.slice(start, end).some(isStamp)) stamped += chars;
  }
  return total === 0 ? 0 : stamped / total;
}

function isThread(page: PageBlocks, element: Element, [start, end]: Range): boolean {
  const shape = shapeOf(page, start, end);
  if (shape.linkChars / shape.chars > MAX_LINK_DENSITY || shape.proseChars / shape.chars < MIN_PROSE_SHARE) return false;
  const posts = repeatedPosts(page, element);
  return posts !== undefined && stampedShare(page, posts) >= MIN_STAMPED_SHARE;
}

/** Every block on the page shaped like a thread of posts, outermost first, in page order. */
export function findThreads(page: PageBlocks): Thread[] {
  const threads: Thread[] = [];
  for (const [element, range] of page.ranges) {
    if (range[1] - range[0] >= MIN_POSTS * 2 && isThread(page, element, range)) threads.push({ element, start: range[0], end: range[1] });
  }
  return threads.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Comments are never headed "More …": over a thread, any short "More …" line means other stories. */
function headsOtherStories(text: string): boolean {
  return isOtherStoriesHeading(text) || (wordCount(text) <= 5 && /^more\b/i.test(text.trim()));
}

export interface ThreadExtension {
  thread?: Thread;
  paragraphs: Paragraph[];
}

/**
 * The first thread that starts after the article's last line (and is not headed as other stories), as the
 * paragraphs the article does not already hold. `articlePositions` are the article's lines on the page.
 */
export function threadAfterArticle(page: PageBlocks, threads: Thread[], articlePositions: number[]): ThreadExtension {
  const articleEnd = Math.max(-1, ...articlePositions);
  if (articleEnd < 0) return { paragraphs: [] };
  const thread = threads.find((candidate) => candidate.start > articleEnd);
  if (!thread) return { paragraphs: [] };
  // The line just before the thread and its own first line are where a list of other stories says so.
  const heading = page.paragraphs.slice(Math.max(articleEnd + 1, thread.start - 1), thread.start + 1);
  if (heading.some((paragraph) => headsOtherStories(paragraph.text))) return { paragraphs: [] };
  const inArticle = new Set(articlePositions);
  const paragraphs = page.paragraphs.slice(thread.start, thread.end).filter((_, offset) => !inArticle.has(thread.start + offset));
  return { thread, paragraphs };
}
