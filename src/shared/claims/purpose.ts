// A purpose a claim gives its event ("to help quell the riots"): whether the sources state it, and whether a source
// has the purpose turned round ("to show their support for the government" / "to ask the government to resign").
import { LIGHT_VERBS } from '../language/clauses.ts';
import type { EventFrame } from '../language/event-frame.ts';
import { relateSenses, senseOf } from '../language/predicates.ts';
import { purposeSpan } from '../language/qualifier-core.ts';
import { wordsRelate } from '../language/wordnet.ts';
import type { SlotResult } from './slots.ts';
import { hasWord } from './theme-words.ts';

/**
 * A purpose the claim adds ("to help quell the ethnic violence"): only judged here when the whole claim found no
 * backing, so sharing some of its words is not stating it. A source that gives a purpose of its own ("in a bid to",
 * "in order to") with at least two thirds of the phrase's nouns, two at least, states it in other words ("to try to
 * halt a wave of suicides among its employees" / "in a bid to stem the increase in suicides by its employees").
 */
export function addedPurpose(frame: EventFrame, sources: EventFrame[]): SlotResult[] {
  const span = purposeSpan(frame);
  if (span === undefined) return [];
  // Without the sentence's closing mark.
  let to = span.to;
  while (to > span.from && ['.', '!', '?'].includes(frame.tokens[to].text)) to--;
  const phrase = frame.tokens.slice(span.from, to + 1);
  const text = frame.text.slice(phrase[0].start, phrase.at(-1)!.end);
  const nouns = [...new Set(phrase.filter((token) => token.pos === 'NOUN').map((token) => token.lemma))];
  // Its verbs too ("halt" / "stem"), and no act in the source that turns it round ("to show their support for the
  // government" / "to ask the government to resign").
  const verbs = phrase.filter((token) => token.pos === 'VERB' && !LIGHT_VERBS.has(token.lemma) && !['help', 'show'].includes(token.lemma));
  const keys = new Set(verbs.flatMap((token) => senseOf(token.lemma).keys));
  const saysVerb = (source: EventFrame, lemma: string) => source.tokens.some((token) => ['VERB', 'NOUN'].includes(token.pos) && (relateSenses(senseOf(lemma).keys, senseOf(token.lemma).keys) === 'same' || wordsRelate(lemma, token.lemma, 'verb')));
  const turned = (source: EventFrame) => source.predicates.some((predicate) => predicate.keys.some((key) => TURNING_ACTS.has(key) && !keys.has(key)));
  const purposed = (source: EventFrame) => PURPOSE_MARKS.test(source.text) && nouns.filter((noun) => hasWord(source, noun)).length * 3 >= nouns.length * 2 && verbs.every((token) => saysVerb(source, token.lemma)) && !turned(source);
  const stated = nouns.length >= 2 && sources.some(purposed);
  return [{ slot: 'qualifier', outcome: stated ? 'match' : 'unstated', claim: text }];
}

/** Acts that turn a purpose round: asking a government to resign is no support for it. */
const TURNING_ACTS = new Set(['resign', 'stop', 'leave', 'reject', 'cancel', 'ban', 'close', 'decrease', 'oppose']);

/** A claim with a purpose against a source with an act of that kind the claim has nowhere ("to show their support for
 * the government" / "to ask the government to resign"): the source may state the purpose the other way round. */
export function purposeTurned(claim: EventFrame, source: EventFrame): boolean {
  if (purposeSpan(claim) === undefined) return false;
  const claimed = new Set(claim.predicates.flatMap((predicate) => predicate.keys));
  // Not an act the claim has under another of its senses ("defeats Canada" is a win too) or in its words ("an end").
  const own = (predicate: { keys: string[]; lemma: string }) => predicate.keys.some((key) => claimed.has(key)) || claim.tokens.some((token) => token.lemma === predicate.lemma);
  return source.predicates.some((predicate) => !own(predicate) && predicate.keys.some((key) => TURNING_ACTS.has(key)));
}

/** How a sentence gives a purpose: "in a bid to", "in order to", "so as to", "in an effort to", "aimed at", "to". */
const PURPOSE_MARKS = /\b(in (?:a|an) (?:bid|effort|attempt) to|in order to|so as to|aim(?:ed|ing|s)? (?:at|to)|seeking to|to)\b/i;
