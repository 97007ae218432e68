// The fallback when the article finder returns nothing: the container that holds the most text outside
// links (link text counts a tenth). Each block's own text counts for the element that holds it and half for that element's parent,
// so a column of paragraphs outweighs any single long link list.
import { BLOCK_TAGS, SKIP_TAGS } from './block-text.ts';

/** Link text counts a little, so a page made only of links still has a largest block. */
const LINK_WEIGHT = 0.1;

interface Tally {
  text: Map<Element, number>;
}

function ownText(element: Element, inLink: boolean, tally: Tally, block: Element): void {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const length = (child.nodeValue ?? '').replace(/\s+/g, ' ').trim().length * (inLink ? LINK_WEIGHT : 1);
      if (length > 0) tally.text.set(block, (tally.text.get(block) ?? 0) + length);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    const nextBlock = BLOCK_TAGS.has(tag) && tag !== 'BR' ? (child as Element) : block;
    ownText(child as Element, inLink || tag === 'A', tally, nextBlock);
  }
}

/** The element holding the most text outside links (with half of its grandchildren's), or undefined for a page without text. */
export function largestTextBlock(body: Element): Element | undefined {
  const tally: Tally = { text: new Map() };
  ownText(body, false, tally, body);
  const scores = new Map<Element, number>();
  for (const [element, length] of tally.text) {
    const container = element.parentElement ?? element;
    scores.set(element, (scores.get(element) ?? 0) + length);
    if (container !== element) scores.set(container, (scores.get(container) ?? 0) + length);
    const grandparent = container.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}
