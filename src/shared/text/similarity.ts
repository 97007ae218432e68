// Set overlap measures on stemmed content words, for redundancy checks and support scores.
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
