// Another party where the claim names one, found in the source: another country the event went to, another
// country's people before the same noun, another body of the same organisation, another name of the same kind,
// another person of the same body. Each is a changed party (compare-parties.ts).
import { actorByName, areSiblingBodies } from '../actors/actors.ts';
import type { EventFrame } from '../language/event-frame.ts';
import { compareNames, demonymEnding, findName, isPersonLike } from '../language/compare-names.ts';
import { endOf, type NameMention, plainWords } from '../language/names.ts';
import { dictionaryCase, isDictionaryWord, isLocationNoun } from '../language/wordnet.ts';
import { otherActorBefore } from './described-party.ts';

const TOWARDS = new Set(['to', 'into']);

/** Another country the source says the event went to, where the claim names one the source does not ("to Senegal" / "to Morocco"). */
export function otherDestination(claim: EventFrame, source: EventFrame, wanted: NameMention): NameMention | undefined {
  // A country, or a place WordNet knows by name ("Wales", "Scotland").
  const country = (name: NameMention) => !name.modifier && (name.actor !== undefined ? actorByName(name.actor)?.type === 'country' : name.words.length === 1 && isLocationNoun(name.words[0]));
  const same = (left: NameMention, right: NameMention) => (left.actor !== undefined && left.actor === right.actor) || compareNames(left, right) === 'same';
  const preposition = claim.tokens[wanted.index - 1]?.lower ?? '';
  if (!TOWARDS.has(preposition) || !country(wanted) || source.names.some((name) => same(name, wanted))) return undefined;
  return source.names.find((name) => country(name) && source.tokens[name.index - 1]?.lower === preposition && !claim.names.some((other) => same(other, name)));
}

/** A name of another country before the same noun as the claim's demonym ("Moroccan authorities" / "Portuguese authorities"). */
export function rivalDemonym(claim: EventFrame, source: EventFrame, name: NameMention): NameMention | undefined {
  const noun = claim.tokens[name.index + 1];
  const demonym = noun?.pos === 'NOUN' ? otherActorBefore(source, noun.lemma, name.actor) : undefined;
  if (demonym || name.actor !== undefined || name.words.length < 2) return demonym;
  // "An Amnesty International report" / "A Human Rights Watch report": another body's name before the same noun.
  const head = claim.tokens[endOf(name)];
  if (head?.pos !== 'NOUN') return undefined;
  return source.names.find((other) => other.words.length >= 2 && source.tokens[endOf(other)]?.lemma === head.lemma && compareNames(other, name) === 'different' && !claim.names.some((mine) => compareNames(mine, other) !== 'different'));
}

/** Another body of the organisation a name is a body of, named where that body is not ("General Assembly" / "Security Council"). */
export function otherBody(names: NameMention[], wanted: NameMention): NameMention | undefined {
  if (wanted.actor === undefined || findName(names, wanted)) return undefined;
  return names.find((name) => name.actor !== undefined && areSiblingBodies(name.actor, wanted.actor!));
}

/** Another name of the same kind: the same leading common words, another last word ("Tropical Storm Washi" / "Vinta"). */
export function sameKindName(source: EventFrame, name: NameMention): NameMention | undefined {
  const words = name.surface.split(/\s+/);
  if (words.length < 2 || dictionaryCase(words[0]) !== 'common') return undefined;
  return source.names.find((other) => {
    const theirs = other.surface.split(/\s+/);
    // "East Timorese" is of "East Timor": a demonym is the same name.
    const [mine, their] = [words.at(-1)!.toLowerCase(), theirs.at(-1)!.toLowerCase()];
    const demonym = (short: string, long: string) => /^(ese|ian|an|n|i|ish)$/.test(demonymEnding(short, long) ?? '');
    return theirs.length === words.length && theirs.slice(0, -1).join(' ') === words.slice(0, -1).join(' ') && mine !== their && !demonym(mine, their) && !demonym(their, mine);
  });
}

/**
 * Another person of the same body: "Barbara Walters of ABC News" where the source says "Christiane Amanpour of
 * America's ABC News". The claim's name has a person before "of"; the source has another before "of" and the body.
 */
export function otherMemberOf(source: EventFrame, name: NameMention): NameMention | undefined {
  const parts = /^(\p{Lu}\S+(?:\s+\p{Lu}\S+)+)\s+of\s+(?:the\s+)?(.+)$/u.exec(name.surface);
  // A person's name: two or three words, the last no common word ("Walters", not "Bank" or "Ministry").
  const head = parts ? plainWords(parts[1]) : [];
  if (!parts || head.length > 3 || isDictionaryWord(head.at(-1) ?? '') || !isPersonLike({ ...name, words: head })) return undefined;
  const body = parts[2].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const member = new RegExp(`(\\p{Lu}\\S+(?:\\s+\\p{Lu}\\S+)+)\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}\\S*['’]s\\s+)?${body}`, 'u').exec(source.text);
  if (!member) return undefined;
  const [claimed, stated] = [plainWords(parts[1]), plainWords(member[1])];
  if (claimed.some((word) => stated.includes(word))) return undefined;
  return { surface: member[1], words: stated, index: source.text.slice(0, member.index).split(/\s+/).length - 1, start: member.index, modifier: false };
}
