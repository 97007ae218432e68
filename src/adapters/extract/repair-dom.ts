// linkedom builds the tree as written, not as a browser would: a second <html> or <body> (two pages
// concatenated, a template that repeats its shell) or content after </body> stays outside the first body,
// which can be left empty. This puts the tree in the shape the HTML standard's tree construction gives:
// one <head>, one <body> holding every piece of content.

const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);

function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  element.remove();
}

function isBlank(node: Node): boolean {
  return node.nodeType === 8 || (node.nodeType === 3 && !(node.nodeValue ?? '').trim());
}

/** Moves content that sits outside <body> into it, and unwraps nested <html>, <head> and <body> elements. */
export function repairDocument(document: Document): void {
  const root = document.documentElement;
  if (!root) return;
  let body = document.body;
  if (!body) {
    body = document.createElement('body');
    root.appendChild(body);
  }
  const head = document.head;
  for (const nested of Array.from(root.querySelectorAll('html, body, head'))) {
    if (nested === root || nested === body || nested === head || !nested.isConnected) continue;
    unwrap(nested);
  }
  const anchor = body.firstChild;
  let beforeBody = true;
  for (const node of Array.from(root.childNodes)) {
    if (node === body) {
      beforeBody = false;
      continue;
    }
    if (node === head || isBlank(node)) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (beforeBody && head && HEAD_TAGS.has(tag)) head.appendChild(node);
    else if (beforeBody) body.insertBefore(node, anchor);
    else body.appendChild(node);
  }
}
