// Turns a DOM subtree into paragraphs: block elements and <br> break text, inline text is joined
// with collapsed whitespace, and non-content elements are never read.

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR',
  'UL', 'BR', 'IMG', 'PICTURE',
]);

/** Elements whose text is never prose: code to run, styling, fallbacks for scripting, widgets. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'OBJECT', 'EMBED', 'SELECT', 'TEXTAREA', 'BUTTON',
  'INPUT', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'VIDEO', 'AUDIO', 'MAP', 'DATALIST', 'OPTION',
]);

export interface Paragraph {
  text: string;
  /** Upper-case tag of the nearest block element that holds this text. */
  tag: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
}

/** Paragraph index range [start, end) of each block element, in page order. */
export type BlockRanges = Map<Element, readonly [number, number]>;

interface WalkState {
  paragraphs: Paragraph[];
  ranges?: BlockRanges;
  buffer: string[];
  linkChars: number;
  blockTag: string;
}

function flush(state: WalkState): void {
  const text = state.buffer.join('').replace(/\s+/g, ' ').trim();
  if (text) {
    state.paragraphs.push({ text, tag: state.blockTag, linkChars: Math.min(state.linkChars, text.length) });
  }
  state.buffer = [];
  state.linkChars = 0;
}

function walk(node: Node, state: WalkState, inLink: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      state.buffer.push(value);
      if (inLink) state.linkChars += value.replace(/\s+/g, ' ').trim().length;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (!BLOCK_TAGS.has(tag)) {
      walk(child, state, inLink || tag === 'A');
      continue;
    }
    flush(state);
    const outer = state.blockTag;
    const start = state.paragraphs.length;
    state.blockTag = tag;
    walk(child, state, inLink || tag === 'A');
    flush(state);
    state.blockTag = outer;
    state.ranges?.set(child as Element, [start, state.paragraphs.length]);
  }
}

/** The paragraphs under `root`; with `ranges`, also records which paragraphs each block element holds. */
export function blockParagraphs(root: Node, ranges?: BlockRanges): Paragraph[] {
  const state: WalkState = { paragraphs: [], ranges, buffer: [], linkChars: 0, blockTag: 'DIV' };
  walk(root, state, false);
  flush(state);
  return state.paragraphs;
}
