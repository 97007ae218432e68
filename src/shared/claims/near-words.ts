// Claim words the source says in other words news text uses alike ("legislation" / "bill", "unrest" / "violence",
// "army" / "military"): close word vectors (word-vectors.ts), and not a rival or an opposite by WordNet ("gold" /
// "silver" and "north" / "south" are just as close in use).
import { LIGHT_VERBS } from '../language/clauses.ts';
import { namedSame } from '../language/compare-names.ts';
import type { EventFrame, Predicate } from '../language/event-frame.ts';
import type { SlotResult } from './slots.ts';
import { wordSimilarity } from '../language/word-vectors.ts';
import { antonyms, rivalWords } from '../language/wordnet.ts';
import { incidentKindOf } from '../language/lexicon.ts';
import { isKnownPredicate, relateSenses, senseOf } from '../language/predicates.ts';

/**
 * How close two words' vectors must be (cosine): "government" / "cabinet" 0.66 and "unrest" / "violence" 0.76 pass;
 * "city" / "village" 0.62 does not, nor "election" / "majority" 0.59 (at 0.58 "won the election" was stated by "won
 * the allegiance of a majority of delegates" on the dev sets).
 */
export const NEAR = 0.62;
const CONTENT_POS = new Set(['NOUN', 'ADJ', 'VERB', 'ADV']);

/**
 * Words news uses alike that name different things: opposites by WordNet, incidents of different kinds ("fire" /
 * "explosion" 0.70, "shooting" / "stabbing" 0.64), events of different groups ("strike" / "protest" 0.66).
 */
function apart(left: string, right: string): boolean {
  if ((['adj', 'noun', 'verb'] as const).some((wordClass) => antonyms(left, wordClass).has(right) || antonyms(right, wordClass).has(left))) return true;
  if ((incidentKindOf(left) !== undefined || incidentKindOf(right) !== undefined) && incidentKindOf(left) !== incidentKindOf(right)) return true;
  return isKnownPredicate(left) && isKnownPredicate(right) && relateSenses(senseOf(left).keys, senseOf(right).keys) !== 'same';
}

/**
 * The claim's words among `unmatched` that the source states by a word close in use: a word of the source outside its
 * names that the claim does not have itself ("gold" is close to "medal", which the claim's "gold medal" already has).
 */
export function nearWordsStated(claim: EventFrame, source: EventFrame, unmatched: string[]): Set<string> {
  const others = [...new Set(source.tokens.filter((token, at) => CONTENT_POS.has(token.pos) && !source.inName.has(at) && /^\p{Ll}{3,}$/u.test(token.lemma) && !claim.content.has(token.lemma)).map((token) => token.lemma))];
  return new Set(unmatched.filter((word) => /^\p{Ll}{3,}$/u.test(word) && others.some((other) => other !== word && (wordSimilarity(word, other) ?? 0) >= NEAR && !rivalWords(word, other) && !apart(word, other))));
}

const DEATH_WORDS = new Set(['kill', 'die', 'dead', 'death', 'fatality', 'victim']);
const TOLL_WORDS = new Set(['number', 'people', 'toll', 'count', 'tally']);

/** "the number of people killed" (or who died, or dead) with the words after it: where the count of deaths is said. */
function deathCount(frame: EventFrame): boolean {
  return frame.tokens.some((token, at) => token.lemma === 'number' && frame.tokens[at + 1]?.lower === 'of' && frame.tokens.slice(at + 2, at + 6).some((next) => DEATH_WORDS.has(next.lemma)));
}

/**
 * "the number of people killed rose to seven" / "the death toll rises to seven": the same count in news's two ways of
 * saying it, either way round; the words that say it ("number", "people", "toll") are stated.
 */
function deathTollStated(claim: EventFrame, source: EventFrame, unmatched: string[]): Set<string> {
  const toll = (frame: EventFrame) => frame.tokens.some((token, at) => token.lemma === 'toll' && ['death', 'casualty'].includes(frame.tokens[at - 1]?.lemma ?? ''));
  const same = (toll(claim) && deathCount(source)) || (deathCount(claim) && toll(source));
  return new Set(same ? unmatched.filter((word) => TOLL_WORDS.has(word) || DEATH_WORDS.has(word)) : []);
}

/**
 * The claim's words among `unmatched` the source says otherwise. Words close in use place no event by themselves: they
 * count only beside the claim's own event, stated by a verb of related words (not a light one: "making it the first
 * country to receive vaccines" is no "made vaccination compulsory"), or, its verb unrelated, beside three matching
 * parties, times, places or numbers (a describing name is no anchor: "a UK court handed Afghan warlord …" swapped) of a
 * claim whose parties the source all names; with no slot in conflict and the claim's parties, time, place
 * and numbers all stated. The death toll is a count's other name anywhere.
 */
export function wordsSaidOtherwise(claim: EventFrame, source: EventFrame, found: { predicate?: Predicate; slots: SlotResult[]; conflicts: SlotResult[] }, unmatched: string[]): Set<string> {
  // Every comparison comes here, most with nothing missing: no slot is read and no name compared for them.
  if (unmatched.length === 0) return new Set();
  const { predicate, slots, conflicts } = found;
  const main = claim.main;
  const stated = conflicts.length === 0 && !LIGHT_VERBS.has(main?.lemma ?? '') && !slots.some((slot) => slot.outcome === 'unstated' && ['actor', 'date', 'place', 'number'].includes(slot.slot));
  const anchored = () => slots.filter((slot) => slot.outcome === 'match' && ['actor', 'date', 'place', 'number'].includes(slot.slot)).length >= 3 && [...(main?.agents ?? []), ...(main?.patients ?? [])].every((party) => namedSame(source.names, party));
  const firm = stated && (predicate ? source.tokens[predicate.index]?.pos === 'VERB' && !LIGHT_VERBS.has(predicate.lemma) : anchored());
  return new Set([...(firm ? nearWordsStated(claim, source, unmatched) : []), ...deathTollStated(claim, source, unmatched)]);
}
