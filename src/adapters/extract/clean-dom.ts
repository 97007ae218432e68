// Removes page furniture before content scoring: non-prose elements, hidden nodes, and blocks whose
// class, id or role names them as navigation, sharing, promotion, comments, captions or metadata.
import { blockParagraphs } from './block-text.ts';

const DROP_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'button', 'select',
  'textarea', 'input', 'label', 'nav', 'aside', 'figcaption', 'dialog', 'menu',
  '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]',
  '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]', '[role="menu"]', '[role="menubar"]',
].join(',');

/** Class/id words that mark furniture. Compared against whole words of the name, never substrings. */
const FURNITURE_WORDS = new Set([
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'share', 'sharing', 'shares', 'sharebar', 'sharethis', 'addthis',
  'social', 'socials', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall', 'related',
  'recommended', 'recommendations', 'recirculation', 'trending', 'popular', 'mostread', 'outbrain', 'taboola', 'advert',
  'advertisement', 'advertising', 'ad', 'ads', 'adsense', 'adslot', 'dfp', 'sponsor', 'sponsored', 'promo', 'promoted',
  'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'dateline',
  'timestamp', 'caption', 'captions', 'credit', 'credits', 'tags', 'taglist', 'popup', 'modal', 'overlay', 'toolbar', 'masthead', 'skip', 'print', 'standfirst',
  'dek', 'deck', 'strapline', 'kicker', 'sronly', 'sr', 'offscreen', 'invisible', 'banner',
]);

/** Compound names that split into harmless words but are still furniture. */
const FURNITURE_NAMES =
  /(?<![a-z0-9])(read-?more|more-?stories|also-?read|read-?next|most-?(read|viewed|popular)|sign-?up|screen-?reader|visually-?hidden|wp-caption-text|post-?meta|entry-?meta|article-?meta|author-?(box|bio|info)|about-?(the-)?author|in-?article-?(links|promo)|more-?(on|from|like)|inline-?(promo|related)|see-?also)(?![a-z0-9])/i;

/** Words that mean "this holds the article": their holder is kept even when it also says "share". */
const CONTENT_WORDS =
  /article-?body|articlebody|post-?body|entry-?content|post-?content|story-?body|article-?content|main-?content|article-?text|story-?text/i;

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isFurnitureName(name: string): boolean {
  if (!name.trim() || CONTENT_WORDS.test(name)) return false;
  if (FURNITURE_NAMES.test(name)) return true;
  return nameWords(name).some((word) => FURNITURE_WORDS.has(word));
}

function isHiddenByStyle(element: Element): boolean {
  const style = element.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').length;
}

/** An element holding most of the page's text is the article itself, whatever its name says. */
function holdsArticle(element: Element, bodyLength: number): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return true;
  if (element.querySelector('article, main, [itemprop="articleBody"]')) return true;
  return textLength(element) > bodyLength * 0.4;
}

const EMBEDDED_POSTS = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed';

/**
 * Embedded posts quote people, so they are content; but their wrappers are named "social-embed" and
 * are link-heavy, which furniture rules (ours and Readability's) drop. Replace each post and its pure
 * wrappers with a plain quotation of its paragraphs.
 */
function unmaskEmbeddedPosts(body: Element): void {
  const document = body.ownerDocument;
  for (const post of Array.from(body.querySelectorAll(EMBEDDED_POSTS))) {
    const postLength = textLength(post);
    let outer: Element = post;
    while (outer.parentElement && outer.parentElement !== body && textLength(outer.parentElement) <= postLength + 20) {
      outer = outer.parentElement;
    }
    const quote = document.createElement('blockquote');
    for (const paragraph of blockParagraphs(post)) {
      const line = document.createElement('p');
      line.textContent = paragraph.text;
      quote.appendChild(line);
    }
    outer.replaceWith(quote);
  }
}

/** Removes furniture in place. An element holding the article is kept whatever its name says. */
export function cleanDocument(document: Document): void {
  const body = document.body;
  if (!body) return;
  unmaskEmbeddedPosts(body);
  for (const element of Array.from(body.querySelectorAll(DROP_SELECTOR))) {
    if (element.isConnected) element.remove();
  }
  const bodyLength = textLength(body);
  for (const element of Array.from(body.querySelectorAll('[class], [id], [style]'))) {
    if (!element.isConnected) continue;
    const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if ((isFurnitureName(name) || isHiddenByStyle(element)) && !holdsArticle(element, bodyLength)) element.remove();
  }
}
