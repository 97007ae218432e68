// Reads a plain-text file: the whole text, titled by its first line when that line reads like a title.
import path from 'node:path';
import { accepted, type ReadOutcome, type ReaderInput, rejected } from './types.ts';

const MAX_TITLE_CHARS = 150;

export function readText(input: ReaderInput): ReadOutcome {
  const text = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  if (!text) return rejected('empty file (only whitespace)');
  const baseName = path.basename(input.path);
  return accepted([
    { url: input.url, title: titleOf(text) ?? baseName.replace(/\.[^.]+$/, ''), outlet: baseName, kind: 'other', text },
  ]);
}

function titleOf(text: string): string | undefined {
  const firstLine = text.split('\n', 1)[0].trim();
  return firstLine && firstLine.length <= MAX_TITLE_CHARS ? firstLine : undefined;
}
