// Claim words the source says in other words news text uses alike ("legislation" / "bill", "unrest" / "violence",
// "army" / "military"): close word vectors (word-vectors.ts), and not a rival or an opposite by WordNet ("gold" /
// "silver" and "north" / "south" are just as close in use).
import type { EventFrame } from '../language/event-frame.ts';
import { wordSimilarity } from '../language/word-vectors.ts';
import { antonyms, rivalWords } from '../language/wordnet.ts';

/** How close two words' vectors must be (cosine): "unrest" / "violence" 0.76, "senate" / "house" 0.72; "city" / "village" 0.62. */
export const NEAR = 0.7;
const CONTENT_POS = new Set(['NOUN', 'ADJ', 'VERB', 'ADV']);

function opposite(left: string, right: string): boolean {
  return (['adj', 'noun', 'verb'] as const).some((wordClass) => antonyms(left, wordClass).has(right) || antonyms(right, wordClass).has(left));
}

/**
 * The claim's words among `unmatched` that the source states by a word close in use: a word of the source outside its
 * names that the claim does not have itself ("gold" is close to "medal", which the claim's "gold medal" already has).
 */
export function nearWordsStated(claim: EventFrame, source: EventFrame, unmatched: string[]): Set<string> {
  const others = [...new Set(source.tokens.filter((token, at) => CONTENT_POS.has(token.pos) && !source.inName.has(at) && /^\p{Ll}{3,}$/u.test(token.lemma) && !claim.content.has(token.lemma)).map((token) => token.lemma))];
  return new Set(unmatched.filter((word) => /^\p{Ll}{3,}$/u.test(word) && others.some((other) => other !== word && (wordSimilarity(word, other) ?? 0) >= NEAR && !rivalWords(word, other) && !opposite(word, other))));
}
