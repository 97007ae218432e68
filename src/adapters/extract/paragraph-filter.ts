// Drops the paragraphs of an extracted article that are not its prose: furniture lines, link lists,
// the repeated headline, and the story lists that follow a "More stories" heading.
import type { Paragraph } from './block-text.ts';
import { isBoilerplateText, isMoreStoriesHeading } from './boilerplate.ts';

export interface FilterOptions {
  /** Headline candidates (og:title, <title>, h1): a paragraph repeating one is not body text. */
  titles: string[];
  /** Share of a paragraph's characters inside links above which it is a link list entry. */
  maxLinkDensity: number;
}

const BARE_ADDRESS = /^(https?:\/\/|www\.)\S+$/i;

/** Control characters, replacement characters, or almost no letters: decoded binary, not prose. */
export function isGarbled(text: string): boolean {
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) return true;
  const broken = visible.match(/[\u0000-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  const wordish = visible.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return broken > 0 || (visible.length >= 4 && wordish / visible.length < 0.3);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isLinkList(paragraph: Paragraph, maxLinkDensity: number): boolean {
  if (BARE_ADDRESS.test(paragraph.text)) return false;
  return paragraph.linkChars / paragraph.text.length > maxLinkDensity;
}

const LIST_ITEM_MIN_WORDS = 6;
const PROSE_MIN_WORDS = 12;

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** Index of the last paragraph that reads as prose: mostly outside links, sentence-long. */
function lastProseIndex(paragraphs: Paragraph[]): number {
  for (let index = paragraphs.length - 1; index >= 0; index--) {
    const paragraph = paragraphs[index];
    if (paragraph.linkChars / paragraph.text.length < 0.5 && wordCount(paragraph.text) >= PROSE_MIN_WORDS) return index;
  }
  return -1;
}

/**
 * A list of linked titles inside the prose (a reading list, sources) is content: its items are titled, not
 * one-word menu entries, and the article goes on after it. Story lists at the end have no prose after them.
 */
function isListInProse(paragraph: Paragraph, index: number, lastProse: number): boolean {
  return paragraph.tag === 'LI' && index < lastProse && wordCount(paragraph.text) >= LIST_ITEM_MIN_WORDS;
}

/** Items under a "More stories" heading: list entries and mostly-link lines. */
function isStoryListItem(paragraph: Paragraph): boolean {
  return paragraph.tag === 'LI' || paragraph.linkChars / paragraph.text.length > 0.5;
}

export function filterParagraphs(paragraphs: Paragraph[], options: FilterOptions): Paragraph[] {
  const titles = new Set(options.titles.map(normalise).filter(Boolean));
  const kept: Paragraph[] = [];
  let inStoryList = false;
  const lastProse = lastProseIndex(paragraphs);
  for (const [index, paragraph] of paragraphs.entries()) {
    if (isMoreStoriesHeading(paragraph.text)) {
      inStoryList = true;
      continue;
    }
    if (inStoryList && isStoryListItem(paragraph)) continue;
    inStoryList = false;
    if (paragraph.tag === 'H1' || titles.has(normalise(paragraph.text))) continue;
    if (isGarbled(paragraph.text) || isBoilerplateText(paragraph.text) || (isLinkList(paragraph, options.maxLinkDensity) && !isListInProse(paragraph, index, lastProse))) continue;
    kept.push(paragraph);
  }
  return kept;
}
