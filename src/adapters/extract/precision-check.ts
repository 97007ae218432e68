// A precision check after Readability, whose container can be too large: lines of the article that the page
// shows to be furniture by their shape. A block of other stories that a heading opens inside the article
// ("More from …", "Related"; the whole block as the page nests it), and runs of page links (1 2 3 »).
import type { Paragraph } from './block-text.ts';
import { isOtherStoriesHeading } from './boilerplate.ts';
import type { PageBlocks } from './page-blocks.ts';

/** A block of other stories is a minority of the article; a larger one is the article itself. */
const MAX_BLOCK_SHARE = 0.5;
const TABLE_CELLS = new Set(['TD', 'TH']);

/** Page paragraph range of the block a heading opens: the largest block starting at it, under half the article. */
function openedBlock(page: PageBlocks, position: number, articleChars: number): number | undefined {
  let end: number | undefined;
  for (const [start, stop] of page.ranges.values()) {
    if (start !== position || stop <= position + 1) continue;
    const chars = page.sums.chars[stop] - page.sums.chars[start];
    if (chars < articleChars * MAX_BLOCK_SHARE && (end === undefined || stop > end)) end = stop;
  }
  return end;
}

function otherStoryLines(kept: Paragraph[], positions: number[], page: PageBlocks): Set<number> {
  const drop = new Set<number>();
  const articleChars = kept.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
  for (const [index, paragraph] of kept.entries()) {
    if (positions[index] < 0 || !isOtherStoriesHeading(paragraph.text)) continue;
    const end = openedBlock(page, positions[index], articleChars);
    if (end === undefined) continue;
    for (const [other, position] of positions.entries()) if (position >= positions[index] && position < end) drop.add(other);
  }
  return drop;
}

const PAGE_LINK = /^(\d{1,3}|[<>«»‹›]{1,2}|…)$/;
const MIN_PAGE_LINKS = 3;

/** Runs of page links: numbers counting up by one (arrows and ellipses between), at least three. */
function paginationLines(kept: Paragraph[]): Set<number> {
  const drop = new Set<number>();
  let run: number[] = [];
  let last: number | undefined;
  const close = () => {
    if (run.filter((index) => /\d/.test(kept[index].text)).length >= MIN_PAGE_LINKS) for (const index of run) drop.add(index);
    run = [];
    last = undefined;
  };
  for (const [index, paragraph] of kept.entries()) {
    if (!PAGE_LINK.test(paragraph.text) || TABLE_CELLS.has(paragraph.tag)) {
      close();
      continue;
    }
    const number = /\d/.test(paragraph.text) ? Number(paragraph.text) : undefined;
    if (number !== undefined && last !== undefined && number !== last + 1) close();
    run.push(index);
    if (number !== undefined) last = number;
  }
  close();
  return drop;
}

/**
 * The article's lines without the other-story blocks and page links. `positions` are the lines' places on the
 * page (`locateParagraphs`), -1 for a line the page does not hold as such.
 */
export function checkPrecision(kept: Paragraph[], positions: number[], page: PageBlocks): Paragraph[] {
  const otherStories = otherStoryLines(kept, positions, page);
  const pagination = paginationLines(kept);
  return kept.filter((_, index) => !otherStories.has(index) && !pagination.has(index));
}
