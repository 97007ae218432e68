// A very large file becomes several documents of at most MAX_DOCUMENT_CHARS each (split between
// paragraphs), and no more than MAX_DOCUMENT_PARTS of them: one 50 MB file must not make every report
// that touches it read tens of thousands of passages (docs/DEPLOY.md, "Limits").
import type { FileDocument } from './types.ts';

/** About 170 passages: a long chapter. */
export const MAX_DOCUMENT_CHARS = 200_000;
/** Parts kept of one file; the rest is left out with a warning. */
export const MAX_DOCUMENT_PARTS = 50;

export interface SplitLimits {
  maxChars: number;
  maxParts: number;
}

const DEFAULT_LIMITS: SplitLimits = { maxChars: MAX_DOCUMENT_CHARS, maxParts: MAX_DOCUMENT_PARTS };

/** Cuts at the last paragraph (else line, else space) break before `maxChars`. */
function cutPoint(text: string, maxChars: number): number {
  if (text.length <= maxChars) return text.length;
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, maxChars);
    if (at > maxChars / 2) return at;
  }
  return maxChars;
}

export function splitLargeDocument(document: FileDocument, limits: SplitLimits = DEFAULT_LIMITS): { documents: FileDocument[]; warnings: string[] } {
  if (document.text.length <= limits.maxChars) return { documents: [document], warnings: [] };
  const parts: string[] = [];
  let rest = document.text;
  while (rest.length > 0 && parts.length < limits.maxParts) {
    const at = cutPoint(rest, limits.maxChars);
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trimStart();
  }
  const documents = parts.map((text, index) => ({
    ...document,
    text,
    url: `${document.url}#part-${index + 1}`,
    title: `${document.title} (part ${index + 1})`,
  }));
  const size = `${(document.text.length / 1_000_000).toFixed(1)} million characters`;
  const warnings = [`very large (${size}): stored as ${parts.length} parts of up to ${limits.maxChars.toLocaleString('en-US')} characters`];
  if (rest.length > 0) warnings.push(`only the first ${parts.length} parts were kept; ${(rest.length / 1_000_000).toFixed(1)} million characters at the end were left out (split the file to ingest all of it)`);
  return { documents, warnings };
}
