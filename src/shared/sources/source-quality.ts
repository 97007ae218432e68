// Source quality: a page whose extracted text is too short, mostly code, mostly navigation, or a copy of a
// page already read is dropped with a reason, so it is never quoted as evidence.
import { containment } from '../text/similarity.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';

export const MIN_TEXT_CHARS = 250;
export const MIN_PROSE_SENTENCES = 2;
/** Below this share of characters in prose sentences, a page is menus, lists or captions. */
export const MIN_PROSE_SHARE = 0.35;
/** Above this share of characters on code-looking lines, a page is a code listing. */
export const MAX_CODE_SHARE = 0.4;
/** Share of one page's word 5-grams found in another above which it is a copy (syndicated wire stories). */
export const DUPLICATE_CONTAINMENT = 0.85;

export type Assessment = { ok: true } | { ok: false; reason: string };

const CODE_LINE = /^\s*(?:[{}()[\];]+|(?:function|const|let|var|import|export|return|def|class|public|private|static|#include|#define|package|using|namespace)\b|<\?php|\$\(|\/\/|\/\*|\*\/)|[{;]\s*$|=>\s*\{?$|^\s*[\w.]+\s*\(.*\)\s*;?\s*$/;

function isProse(sentence: string): boolean {
  return sentence.split(/\s+/).length >= 4 && /[.!?]["”’')\]]?$/.test(sentence) && /[a-z]/i.test(sentence);
}

export function assessText(text: string): Assessment {
  const trimmed = text.trim();
  const prose = splitSentences(trimmed).filter(isProse);
  const tooShort = () => ({
    ok: false as const,
    reason: `too short: ${trimmed.length} characters and ${prose.length} sentences of prose were extracted (at least ${MIN_TEXT_CHARS} characters and ${MIN_PROSE_SENTENCES} sentences are needed)`,
  });
  if (trimmed.length < MIN_TEXT_CHARS) return tooShort();
  // Code and menus are named as such first: "too short" would hide why a long page was refused.
  const lines = trimmed.split('\n').filter((line) => line.trim());
  const codeChars = lines.filter((line) => CODE_LINE.test(line)).reduce((sum, line) => sum + line.length, 0);
  const codeShare = codeChars / trimmed.length;
  if (codeShare > MAX_CODE_SHARE) return { ok: false, reason: `mostly code: ${Math.round(codeShare * 100)}% of the text is on code-like lines` };
  const proseShare = prose.reduce((sum, sentence) => sum + sentence.length, 0) / trimmed.replace(/\s+/g, ' ').length;
  if (proseShare < MIN_PROSE_SHARE) {
    return { ok: false, reason: `mostly navigation, lists or captions: only ${Math.round(proseShare * 100)}% of the text is in sentences` };
  }
  return prose.length < MIN_PROSE_SENTENCES ? tooShort() : { ok: true };
}

/** Word 5-grams of the first few thousand words: enough to recognise a copy, cheap on long pages. */
export function fingerprint(text: string, maxWords = 4000): Set<string> {
  const words = tokenize(text).slice(0, maxWords);
  const grams = new Set<string>();
  for (let index = 0; index + 5 <= words.length; index++) grams.add(words.slice(index, index + 5).join(' '));
  return grams;
}

/** The first already-accepted page this text copies (either way round), or undefined. */
export function findCopy<T extends { fingerprint: Set<string> }>(candidate: Set<string>, accepted: T[]): T | undefined {
  if (candidate.size < 20) return undefined;
  return accepted.find((other) => {
    if (other.fingerprint.size < 20) return false;
    const [smaller, larger] = candidate.size <= other.fingerprint.size ? [candidate, other.fingerprint] : [other.fingerprint, candidate];
    return containment(smaller, larger) >= DUPLICATE_CONTAINMENT;
  });
}
