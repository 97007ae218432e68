// Source text in prompts: every passage inside its own <source id="pN" untrusted="true"> element, with any
// tag-like text inside escaped so a page cannot close the element or open a fake instruction block.
import type { Passage, StoredDocument } from '../../contracts/types.ts';

export interface SourceRecord {
  passage: Passage;
  document: StoredDocument;
}

/** `<` that would start a tag (`<source`, `</source>`, `<system>`, `<!--`) becomes `&lt;`; other text is left as written. */
export function escapeUntrusted(text: string): string {
  return text.replace(/<(?=[/!?]|[a-z])/gi, '&lt;');
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ' ').trim();
}

export function sourceElement(label: string, record: SourceRecord): string {
  const { document } = record;
  const attributes = [
    `id="${attribute(label)}"`,
    'untrusted="true"',
    `outlet="${attribute(document.outlet)}"`,
    document.publishedAt ? `published="${attribute(document.publishedAt.slice(0, 10))}"` : '',
    `title="${attribute(document.title.slice(0, 160))}"`,
  ].filter(Boolean);
  return `<source ${attributes.join(' ')}>\n${escapeUntrusted(record.passage.text.trim())}\n</source>`;
}

/** The <sources> block of a prompt. */
export function sourcesBlock(entries: { label: string; record: SourceRecord }[]): string {
  return `<sources>\n${entries.map(({ label, record }) => sourceElement(label, record)).join('\n')}\n</sources>`;
}

/** Question text and other user input travel in their own element, escaped the same way. */
export function quoted(tag: string, text: string): string {
  return `<${tag}>${escapeUntrusted(text)}</${tag}>`;
}
