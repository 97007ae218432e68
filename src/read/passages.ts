// Splits a document's text into passages: paragraphs merged up to a size, long ones cut at sentence ends.
import { splitSentences } from '../text/sentences.ts';

export const PASSAGE_TARGET_CHARS = 700;
export const PASSAGE_MAX_CHARS = 1200;

export function splitPassages(text: string): string[] {
  const paragraphs = text
    .split(/\n\s*\n+|\n(?=[-*•]\s)/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
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
