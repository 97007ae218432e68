// Splits a document's text into passages: paragraphs merged up to a size, long ones cut at sentence ends.
import { splitSentences } from '../../shared/text/sentences.ts';

export const PASSAGE_TARGET_CHARS = 700;
export const PASSAGE_MAX_CHARS = 1200;

const PARAGRAPH_BREAK = /\n\s*\n+|\n(?=[-*•]\s)/;

function paragraphsOf(text: string): string[] {
  return text.split(PARAGRAPH_BREAK).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export function splitPassages(text: string): string[] {
  const paragraphs = paragraphsOf(text);
  const pieces = paragraphs.flatMap((paragraph) =>
    paragraph.length <= PASSAGE_MAX_CHARS ? [paragraph] : chunkSentences(splitSentences(paragraph)),
  );
  const passages: string[] = [];
  for (const piece of pieces) {
    const last = passages.at(-1);
    if (last !== undefined && last.length + piece.length + 1 <= PASSAGE_TARGET_CHARS) {
      passages[passages.length - 1] = `${last}\n${piece}`;
    } else {
      passages.push(piece);
    }
  }
  return passages;
}

function chunkSentences(sentences: string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length + 1 > PASSAGE_TARGET_CHARS) {
      chunks.push(current);
      current = '';
    }
    // A single sentence longer than the cap is cut at a word boundary so no passage is unbounded.
    for (const part of cutLong(sentence)) current = current ? `${current} ${part}` : part;
  }
  if (current) chunks.push(current);
  return chunks;
}

function cutLong(sentence: string): string[] {
  if (sentence.length <= PASSAGE_MAX_CHARS) return [sentence];
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > PASSAGE_MAX_CHARS) {
    const cut = rest.lastIndexOf(' ', PASSAGE_MAX_CHARS);
    const at = cut > PASSAGE_MAX_CHARS / 2 ? cut : PASSAGE_MAX_CHARS;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Where a passage sits in its document's text: `passageFromSpan(text, span)` gives the passage back exactly. */
export interface PassageSpan {
  start: number;
  end: number;
}

/** A passage read back from its document's text: the same paragraph and whitespace normalisation as splitPassages. */
export function passageFromSpan(text: string, span: PassageSpan): string {
  return paragraphsOf(text.slice(span.start, span.end)).join('\n');
}

/**
 * The span of each passage in the text, so a store can keep the text once (in the document) and the passages as
 * offsets. A passage the normalisation cannot give back exactly (a sentence cut inside a word, sentences split
 * with no space between them) has no span and is stored as text.
 */
export function locatePassages(text: string, passages: string[]): (PassageSpan | undefined)[] {
  let cursor = 0;
  return passages.map((passage) => {
    const span = align(text, passage, cursor);
    if (!span || passageFromSpan(text, span) !== passage) return undefined;
    cursor = span.end;
    return span;
  });
}

const SPACE = /\s/;

/** Walks text and passage together from `from`: one space or line break in the passage stands for any run of whitespace. */
function align(text: string, passage: string, from: number): PassageSpan | undefined {
  let at = from;
  while (at < text.length && SPACE.test(text[at])) at++;
  const start = at;
  for (let index = 0; index < passage.length; index++) {
    const character = passage[index];
    if (!SPACE.test(character)) {
      if (text[at] !== character) return undefined;
      at++;
      continue;
    }
    if (at >= text.length || !SPACE.test(text[at])) return undefined;
    while (at < text.length && SPACE.test(text[at])) at++;
  }
  return { start, end: at };
}
