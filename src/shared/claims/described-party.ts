// A party the claim names by a word describing a common noun ("Irish voters", "the Republican primary",
// "a Berlin court"): the source may say the same with the noun and the name apart ("voters in Ireland",
// "the Republican Party primary", "a court in Berlin, Germany"). Then it names that party too.
import type { EventFrame } from '../language/event-frame.ts';
import { findName } from '../language/compare-names.ts';
import { endOf, type NameMention } from '../language/names.ts';
import { wordsRelate } from '../language/wordnet.ts';
import { singleEdit } from '../text/similarity.ts';

/** Nouns for the people of a place ("residents of Queensland", "people in Tanzania"). */
const RESIDENTS = new Set(['resident', 'residents', 'people', 'citizen', 'citizens', 'inhabitant', 'inhabitants', 'voter', 'voters', 'national', 'nationals']);

/** Prepositions that put a name after the noun it describes ("a court in Berlin", "the state of Victoria"). */
const PHRASE_HEADS = new Set(['in', 'of', 'from']);

/** The common noun a name describes: the last of the lower-case nouns (or adjectives) right after it ("Syrian government forces"). */
function describedNoun(frame: EventFrame, name: NameMention): string | undefined {
  let at = endOf(name);
  if (/^['’]s$/.test(frame.tokens[at]?.text ?? '')) at++;
  let noun: string | undefined;
  // "the Republican primary held …": the tagger may read the noun as an adjective.
  for (; ['NOUN', 'ADJ'].includes(frame.tokens[at]?.pos ?? '') && /^\p{Ll}/u.test(frame.tokens[at].text); at++) noun = frame.tokens[at].lemma;
  return noun;
}

/** Whether the source names `wanted` with the common noun it describes in the claim: before it or after "in", "of", "from". */
export function describedAlike(claim: EventFrame, source: EventFrame, wanted: NameMention): boolean {
  const noun = describedNoun(claim, wanted);
  // "Queenslanders braced for …" / "Residents in the state of Queensland prepare …": a people named by their place.
  const people = noun === undefined && wanted.words.length === 1 && /s$/.test(wanted.words[0]);
  if (noun === undefined && !people) return false;
  const there = source.names.filter((name) => findName([name], wanted));
  // "Voters in Ireland go …": a noun opening the sentence may be tagged as a name, its plural unlemmatised.
  // "Beirut protesters" / "Protestors in Beirut": a spelling variant or a WordNet synonym ("demonstrators") too.
  const alike = (word: string) => word === noun || (noun!.length >= 6 && singleEdit(word, noun!)) || (word.length >= 3 && wordsRelate(word, noun!, 'noun'));
  const isNoun = (token: { lemma: string; lower: string }) => (people ? RESIDENTS.has(token.lemma) || RESIDENTS.has(token.lower) : token.lower === noun || [token.lemma, token.lower.replace(/e?s$/, '')].some(alike));
  // "the Republican Party primary", "Victoria's bushfires" / "bushfires in Victoria", "the state of Victoria".
  const before = (name: NameMention, at: number) => endOf(name) === at || (endOf(name) === at - 1 && /^['’]s$/.test(source.tokens[at - 1].text));
  // After the preposition, a place's kind may come first ("in the Australian state of Queensland").
  const after = (name: NameMention, at: number) => PHRASE_HEADS.has(source.tokens[at + 1]?.lower ?? '') && name.index >= at + 2 && name.index <= at + 7 && source.tokens.slice(at + 2, name.index).every((token) => ['DET', 'ADJ', 'PROPN', 'NOUN'].includes(token.pos) || token.lower === 'of');
  return source.tokens.some((token, at) => isNoun(token) && there.some((name) => before(name, at) || after(name, at)));
}

/**
 * Another country's or body's word before the noun the claim's party describes: "Greek police" against
 * "Macedonian police". Both must name a country or body.
 */
export function describedRival(claim: EventFrame, source: EventFrame, wanted: NameMention): NameMention | undefined {
  const noun = describedNoun(claim, wanted);
  return noun === undefined ? undefined : otherActorBefore(source, noun, wanted.actor);
}

/** A name of another country or body than `actor` right before the noun in the source ("Moroccan authorities"). */
export function otherActorBefore(source: EventFrame, noun: string, actor: string | undefined): NameMention | undefined {
  if (actor === undefined) return undefined;
  return source.names.find((name) => name.actor !== undefined && name.actor !== actor && source.tokens[endOf(name)]?.lemma === noun);
}
