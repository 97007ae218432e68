// The whole page as paragraphs in reading order, with the paragraph range each block element holds and
// running sums, so the shape of any block (its text, link share, prose share) is read in constant time.
// Taken once, after cleaning and before Readability (which takes the tree apart).
import { type BlockRanges, blockParagraphs, type Paragraph } from './block-text.ts';

export interface PageBlocks {
  paragraphs: Paragraph[];
  ranges: BlockRanges;
  /** Running sums over paragraphs: sums[k] covers paragraphs [0, k). */
  sums: { chars: number[]; linkChars: number[]; proseChars: number[] };
}

export interface BlockShape {
  paragraphs: number;
  chars: number;
  linkChars: number;
  /** Characters in sentence-like paragraphs (several words, mostly outside links). */
  proseChars: number;
}

const PROSE_MIN_WORDS = 6;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function isProse(paragraph: Paragraph): boolean {
  return paragraph.linkChars / paragraph.text.length < 0.5 && wordCount(paragraph.text) >= PROSE_MIN_WORDS;
}

export function readPageBlocks(body: Element): PageBlocks {
  const ranges: BlockRanges = new Map();
  const paragraphs = blockParagraphs(body, ranges);
  const sums = { chars: [0], linkChars: [0], proseChars: [0] };
  for (const [index, paragraph] of paragraphs.entries()) {
    sums.chars.push(sums.chars[index] + paragraph.text.length);
    sums.linkChars.push(sums.linkChars[index] + paragraph.linkChars);
    sums.proseChars.push(sums.proseChars[index] + (isProse(paragraph) ? paragraph.text.length : 0));
  }
  return { paragraphs, ranges, sums };
}

export function shapeOf(page: PageBlocks, start: number, end: number): BlockShape {
  const { chars, linkChars, proseChars } = page.sums;
  return {
    paragraphs: end - start,
    chars: chars[end] - chars[start],
    linkChars: linkChars[end] - linkChars[start],
    proseChars: proseChars[end] - proseChars[start],
  };
}

function key(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Where each paragraph of an extract sits on the page: matched by text, in order (a repeated line maps to
 * its next occurrence); -1 when the page has no such line (Readability rewrote it).
 */
export function locateParagraphs(page: PageBlocks, paragraphs: Paragraph[]): number[] {
  const positions = new Map<string, number[]>();
  for (const [index, paragraph] of page.paragraphs.entries()) {
    const list = positions.get(key(paragraph.text));
    if (list) list.push(index);
    else positions.set(key(paragraph.text), [index]);
  }
  let last = -1;
  return paragraphs.map((paragraph) => {
    const list = positions.get(key(paragraph.text));
    if (!list) return -1;
    const next = list.find((index) => index > last) ?? list[0];
    last = Math.max(last, next);
    return next;
  });
}
