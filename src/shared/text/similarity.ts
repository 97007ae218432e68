// Set overlap measures on stemmed content words, for redundancy checks and support scores; and how far apart two
// spellings of one word are.
import { stems } from './tokens.ts';

export function stemSet(text: string): Set<string> {
  return new Set(stems(text));
}

export function jaccard(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 && right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}

/** Share of `needle` words found in `haystack`. */
export function containment(needle: Set<string>, haystack: Set<string>): number {
  if (needle.size === 0) return 0;
  let shared = 0;
  for (const word of needle) if (haystack.has(word)) shared++;
  return shared / needle.size;
}

/**
 * Where two words differ by one letter changed, added or dropped ("adviser" / "advisor": 5, "qaeda" / "qaida": 2);
 * undefined when they are the same word or further apart.
 */
export function singleEdit(left: string, right: string): number | undefined {
  if (left === right || Math.abs(left.length - right.length) > 1) return undefined;
  let from = 0;
  while (left[from] === right[from]) from++;
  let [leftEnd, rightEnd] = [left.length, right.length];
  while (leftEnd > from && rightEnd > from && left[leftEnd - 1] === right[rightEnd - 1]) [leftEnd, rightEnd] = [leftEnd - 1, rightEnd - 1];
  return leftEnd - from <= 1 && rightEnd - from <= 1 ? from : undefined;
}
