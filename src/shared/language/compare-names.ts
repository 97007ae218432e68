// How two name mentions relate (the same name, the same actor under another name, or different ones), and the
// look-ups built on it: a wanted name among a sentence's, by name or by actor.
import { actorByName, areSiblingBodies, findActors, isBodyOf } from '../actors/actors.ts';
import { CONNECTORS, DEMONYM_ENDING, gazetteerActor, type NameMention, plainWords, TITLES } from './names.ts';
import { dictionaryCase, isDictionaryWord, isSettlementNoun, wordsRelate } from './wordnet.ts';
import { singleEdit } from '../text/similarity.ts';

/** How two mentions relate: the same name, the same actor under another name, or different ones. */
export function compareNames(left: NameMention, right: NameMention): 'same' | 'related' | 'different' {
  // "the UN" / "the UN Security Council": a body of an organisation is related to it, not the same party.
  if (left.actor && right.actor && left.actor !== right.actor && isBodyOf(left.actor, right.actor)) return 'related';
  const compared = compareNameWords(left, right);
  if (compared !== 'different' || (left.actor && right.actor && left.actor !== right.actor)) return compared;
  // "Pakistani Prime Minister Yousaf Raza Gilani" / "the Prime Minister of Pakistan Yusuf Raza Gilani": the same
  // person's name after any title, each word as written or transliterated another way.
  // The surname the same (checked first: it is cheap), a given name may be spelt with other vowels ("Yousaf" / "Yusuf").
  if (left.words.length >= 2 && left.words.at(-1) === right.words.at(-1)) {
    const [ownName, otherName] = [personalTail(left.words), personalTail(right.words)];
    const spelt = (word: string, other: string) => word === other || transliterated(word, other) || (consonants(word).length >= 2 && consonants(word) === consonants(other));
    if (ownName.length >= 2 && ownName.length === otherName.length && ownName.every((word, at) => spelt(word, otherName[at]))) return 'same';
  }
  // "US President Obama" / "Barack Obama": a country before a title describes the person; it is no part of the name.
  const [own, other] = [personWords(left), personWords(right)];
  return own === left.words && other === right.words ? compared : compareNameWords({ ...left, words: own }, { ...right, words: other });
}

/** The words that end a name and are in no dictionary: a person's own name after a title ("yousaf raza gilani"). */
function personalTail(words: string[]): string[] {
  let from = words.length;
  while (from > 0 && !isDictionaryWord(words[from - 1]) && !gazetteerActor(words[from - 1].charAt(0).toUpperCase() + words[from - 1].slice(1))) from--;
  return words.slice(from);
}

const countryLed = new Map<string, string | undefined>();

/** What a name says after the country that opens it ("US President Obama" → " President Obama"), if one does. */
function afterLeadingCountry(surface: string): string | undefined {
  if (countryLed.has(surface)) return countryLed.get(surface);
  const country = findActors(surface)[0];
  const rest = country?.index === 0 ? surface.slice(country.surface.length) : undefined;
  if (countryLed.size >= 5000) countryLed.clear();
  countryLed.set(surface, rest);
  return rest;
}

/** A person's own words, without the country before their title ("US President Obama" → "obama"). */
function personWords(mention: NameMention): string[] {
  const rest = afterLeadingCountry(mention.surface)?.trim();
  if (rest === undefined) return mention.words;
  const own = plainWords(rest);
  // A person's name after the title ("Obama"), not an institution's words ("Supreme Court").
  return TITLES.has(rest.split(/\s+/)[0]?.toLowerCase() ?? '') && own.some((word) => dictionaryCase(word) !== 'common') ? own : mention.words;
}

function compareNameWords(left: NameMention, right: NameMention): 'same' | 'related' | 'different' {
  // "ISIS" / "the Islamic State": two of an organisation's own names.
  if (left.actor && left.actor === right.actor) {
    const alias = (mention: NameMention) => actorByName(mention.surface.replace(/^the\s+/i, ''));
    const own = alias(left);
    if (own?.type === 'organization' && own.name === alias(right)?.name) return 'same';
  }
  const [shorter, longer] = left.words.length <= right.words.length ? [left.words, right.words] : [right.words, left.words];
  // "US Supreme Court" and "Supreme Court of the Philippines" share words but not their country.
  if (left.actor && right.actor && left.actor !== right.actor) return 'different';
  // "ABC News" within "Barbara Walters of ABC News" names what the person belongs to, not the person.
  const longerMention = left.words.length <= right.words.length ? right : left;
  const of = longerMention.surface.search(/\s+of\s+/i);
  const owner = of > 0 ? longerMention.surface.slice(0, of) : '';
  const before = of > 0 && findActors(owner).length === 0 ? plainWords(owner) : [];
  // Only a name before "of" ("Barbara Walters"), not a title or a country ("President of Cuba", "Bank of
  // England", "U.S. State of South Dakota").
  const head = before.some((word) => word.length >= 3 && !isDictionaryWord(word)) ? before : longer;
  const shortMention = longerMention === left ? right : left;
  // A people's word is not the person it describes ("Pakistani" / "Pakistani Prime Minister Yousaf Raza Gilani"):
  // another prime minister of that country is named the same way.
  const describesPerson = shorter.length === 1 && shortMention.actor !== undefined && DEMONYM_ENDING.test(shorter[0]) && longer.filter((word) => !shorter.includes(word) && !isDictionaryWord(word)).length >= 2;
  if (shorter.length > 0 && shorter.every((word) => longer.includes(word)) && shorter.some((word) => head.includes(word))) return describesPerson ? 'related' : 'same';
  // "IAF An-32" / "Indian Air Force Antonov An-32": an acronym stands for a run of the longer name's words.
  const initials = (word: string) => word.length >= 2 && word.length <= 5 && shortMention.surface.includes(word.toUpperCase()) && longer.some((_, at) => longer.slice(at, at + word.length).map((other) => other[0]).join('') === word);
  if (shorter.length >= 2 && shorter.every((word) => longer.includes(word) || initials(word)) && shorter.some((word) => !longer.includes(word)) && shorter.some((word) => head.includes(word))) return 'same';
  // "Israeli-Palestinian Memorial Day" / "Israeli-Palestinian Remembrance Day": the same words but one, said with a
  // synonym WordNet gives for it.
  if (left.words.length >= 2 && left.words.length === right.words.length) {
    const differing = left.words.map((word, at) => [word, right.words[at]]).filter(([one, other]) => one !== other);
    if (differing.length === 1 && isDictionaryWord(differing[0][0]) && wordsRelate(differing[0][0], differing[0][1], 'noun')) return 'same';
  }
  // "NSA" / "National Security Agency", "ICC" / "the International Criminal Court".
  if (isAcronymOf(left.surface, right) || isAcronymOf(right.surface, left)) return 'same';
  // "Mike Rounds" / "M. Michael Rounds": a person's surname and the initial of a given name.
  if (!left.actor && !right.actor && samePerson(left.words, right.words)) return 'same';
  // "Iranian President Mahmoud Ahmadinejad" / "the President of Iran Mahmoud Ahmadinejad": the country said two ways.
  if (left.actor && left.actor === right.actor) {
    const own = (word: string) => CONNECTORS.has(word) || gazetteerActor(word.charAt(0).toUpperCase() + word.slice(1)) === left.actor;
    const [a, b] = [shorter.filter((word) => !own(word)), longer.filter((word) => !own(word))];
    if (a.length >= 2 && a.every((word) => b.includes(word))) return 'same';
    // "Bangladeshi Prime Minister Sheikh Hasina" / "Bangladesh Prime Minister Sheikh Hasina": the same words
    // once the country's are set aside.
    if (a.length >= 1 && a.length === b.length && a.every((word) => b.includes(word)) && a.some((word) => !isDictionaryWord(word))) return 'same';
  }
  // "Al-Qaeda" / "Al Qaida", "Gaddafi" / "Gadhafi": a name transliterated two ways, one letter apart in a long word.
  // "Khanaqin" / "Khanqeen": the same consonants in the same order, the vowels written another way.
  if (!(left.actor && right.actor) && left.words.length === right.words.length && left.words.every((word, at) => word === right.words[at] || transliterated(word, right.words[at]))) return 'same';
  // "Islamist" / "Islamists": one word, singular and plural.
  if (left.words.length === 1 && right.words.length === 1 && (left.words[0] === `${right.words[0]}s` || right.words[0] === `${left.words[0]}s`)) return 'same';
  // "Sumatra" / "the Sumatran volcano": a place ending in a vowel and its demonym in "-n".
  const [place, people] = [left.words, right.words].sort((one, other) => one.join(' ').length - other.join(' ').length);
  // So are its people: "Kenya" / "Kenyans", "Queensland" / "Queenslanders", "Israel" / "Israelis".
  const ending = place.length === 1 && people.length === 1 ? demonymEnding(place[0], people[0]) : undefined;
  if (ending && (/[aeiou]$/.test(place[0]) ? /^ns?$/ : /^(ers?|is?|ians?|ese)$/).test(ending)) return 'same';
  if (left.actor && right.actor && left.actor === right.actor) {
    // "Astana" and "Almaty" are both in Kazakhstan, but they are two cities.
    const city = (name: NameMention) => isSettlementNoun(name.words.join(' '));
    if (city(left) && city(right)) return 'different';
    // "Biden" and "Trump" both belong to the United States, but they are two people; "US" and "America" are one.
    return isPersonLike(left) && isPersonLike(right) ? 'different' : 'related';
  }
  if (left.actor && right.actor) return 'different';
  return 'different';
}

/**
 * The ending a people's word adds to its place's name ("Sumatra" → "Sumatran": "n"; "Timor" → "Timorese":
 * "ese"), or undefined when the word does not start with the name (of four letters at least). Lower case.
 */
export function demonymEnding(place: string, word: string): string | undefined {
  return place.length >= 4 && word.length > place.length && word.startsWith(place) ? word.slice(place.length) : undefined;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function samePerson(left: string[], right: string[]): boolean {
  const [a, b] = [left.filter((word) => !SUFFIXES.has(word)), right.filter((word) => !SUFFIXES.has(word))];
  if (a.length < 2 || b.length < 2 || a.at(-1) !== b.at(-1) || a.at(-1)!.length < 3) return false;
  // The first given name's initial: "Mike" / "M. Michael", not "Jane" / "John" by a middle initial.
  return a[0].charAt(0) === b[0].charAt(0) && /^\p{L}/u.test(a[0]);
}

const ACRONYM_SKIPS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/** Whether a capitalised short name ("NSA", "U.N.") is the initials of the other name's words. */
function isAcronymOf(surface: string, other: NameMention): boolean {
  // "S&P" / "Standard & Poor's", "AT&T": an ampersand stands for itself.
  const letters = surface.replace(/[.&]/g, '');
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return false;
  const initialsOf = (text: string) => text.split(/[\s-]+/).filter((word) => word && word !== '&' && !ACRONYM_SKIPS.has(word.toLowerCase())).map((word) => word.charAt(0).toUpperCase()).join('');
  // "FBI" / "the U.S. Federal Bureau of Investigation": the country before the name is not in its acronym.
  return [other.surface, afterLeadingCountry(other.surface)].some((text) => text !== undefined && initialsOf(text).length >= 2 && (initialsOf(text) === letters || prefixesSpell(letters, wordsOf(text))));
}

const wordsOf = (text: string) => text.split(/[\s-]+/).filter((word) => word && word !== '&' && !ACRONYM_SKIPS.has(word.toLowerCase()));

/** "FINRA" / "Financial Industry Regulatory Authority": each word in turn gives the acronym its first one to three letters. */
function prefixesSpell(letters: string, words: string[]): boolean {
  if (words.length === 0) return letters === '';
  const [word, ...rest] = words;
  for (let take = 1; take <= Math.min(3, word.length, letters.length); take++) {
    if (word.slice(0, take).toUpperCase() === letters.slice(0, take) && prefixesSpell(letters.slice(take), rest)) return true;
  }
  return false;
}

/** A name that is neither the actor's own name, an acronym nor a demonym: a person or a city. */
export function isPersonLike(mention: NameMention): boolean {
  if (!mention.actor) return true;
  if (plainWords(mention.actor).join(' ') === mention.words.join(' ')) return false;
  if (/^[\p{Lu}.]{2,}$/u.test(mention.surface)) return false;
  // A demonym is one word ("Iraqi"); a person's name may end like one ("G. K. Pillai").
  return mention.words.length > 1 || !DEMONYM_ENDING.test(mention.words[0] ?? '');
}

/**
 * findName for someone named in person: "India's Foreign Secretary Nirupama Rao" is not found as "India",
 * the country a person belongs to (who else of that country spoke is another person).
 */
export function findPerson(names: NameMention[], wanted: NameMention): NameMention | undefined {
  const found = findName(names, wanted);
  // Two words at least: a one-word name may be a capital speaking for its country ("Moscow told Russians …").
  return found && wanted.words.length >= 2 && isPersonLike(wanted) && !isPersonLike(found) && compareNames(found, wanted) !== 'same' ? undefined : found;
}

/** Two long words that differ by one letter inside them, changed, added or dropped ("qaeda" / "qaida"). */
/** A word without its vowels ("yousaf" → "sf"). */
function consonants(text: string): string {
  return text.replace(/[aeiouy]/g, '');
}

/** A word written another way: one letter apart, or the same consonants in the same order ("Khanaqin" / "Khanqeen"). */
function transliterated(word: string, other: string): boolean {
  const skeleton = (text: string) => consonants(text).replace(/(.)\1+/g, '$1');
  return oneLetterApart(word, other) || (skeleton(word).length >= 4 && skeleton(word) === skeleton(other));
}

function oneLetterApart(left: string, right: string): boolean {
  const shortest = Math.min(left.length, right.length);
  const at = shortest >= 5 ? singleEdit(left, right) : undefined;
  // Not at the end, where names differ by more than spelling ("Maria" / "Mario").
  return at !== undefined && at > 0 && at < shortest - 1;
}

/** Whether one of the names is the wanted one by name ("Kim Jong-un" / "Kim Jong-un"), not only by country. */
export function namedSame(names: NameMention[], wanted: NameMention): boolean {
  return names.some((name) => compareNames(name, wanted) === 'same');
}

/** The first of the names that is the same as the wanted one, else one that is the same actor under another name. */
export function findName(names: NameMention[], wanted: NameMention): NameMention | undefined {
  const same = names.find((name) => compareNames(name, wanted) === 'same');
  if (same) return same;
  // "the General Assembly of the United Nations" names the UN only as that body's: not the Security Council.
  const otherBody = wanted.actor !== undefined && names.some((name) => name.actor !== undefined && areSiblingBodies(name.actor, wanted.actor!));
  return names.find((name) => compareNames(name, wanted) === 'related' && !(otherBody && name.actor !== undefined && isBodyOf(wanted.actor!, name.actor)));
}
