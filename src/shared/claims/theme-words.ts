// A claim's theme words (what it says beyond names, event, time, numbers and qualifiers) and whether a
// source has each: the same word or form, a spelling variant, a derived form, or by WordNet the same thing.
import { isSubordinate, isTrailingParticiple, LIGHT_VERBS } from '../language/clauses.ts';
import { type EventFrame, PLACE_NOUNS } from '../language/event-frame.ts';
import { endOf, ORGANISATION_HEADS, plainWords } from '../language/names.ts';
import { singleEdit } from '../text/similarity.ts';
import { isKnownPredicate, isReporting, senseOf } from '../language/predicates.ts';
import { broaderWords, derivedVerb, hasSense, isAgentNoun, isDictionaryWord, namedByCompound, relatedWords, rivalWords, wordsRelate } from '../language/wordnet.ts';
import { stem } from '../text/tokens.ts';
import { YEAR } from '../language/time-slot.ts';

export const CLAUSE_AND_HEDGE_WORDS = ['when', 'where', 'while', 'whereas', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'over', 'under', 'more', 'less', 'fewer', 'few', 'many', 'much', 'little', 'than', 'least', 'up', 'early', 'late', 'mid', 'one'];

const PEOPLE_PRONOUNS = new Set(['those', 'others', 'everyone', 'anyone', 'someone', 'somebody', 'everybody']);

/** The claim's other words: what is left once names, the predicate, time, numbers and qualifiers are set aside. */
export function themeWords(frame: EventFrame): string[] {
  // A name's every word, its title too ("US Defense Secretary Robert Gates"): the name is compared as a name.
  const nameWords = new Set([...frame.names.flatMap((name) => [...name.words, ...plainWords(name.surface)]), ...[...frame.inName].map((index) => frame.tokens[index].lemma)]);
  const skip = new Set([...frame.times, ...frame.quantities].flatMap((slot) => slot.text.toLowerCase().split(/[^\p{L}\p{N}.,]+/u)).flatMap((word) => [word, word.replace(/s$/, '')]));
  for (const qualifier of frame.qualifiers) skip.add(qualifier);
  for (const index of frame.qualifierSpan) skip.add(frame.tokens[index].lemma);
  // A common noun right before a name describes it ("Libyan commander Khalifa Haftar", "runner Dennis Kimetto").
  // Not before a name that modifies a noun ("looser COVID-19 restrictions"): there it describes the noun.
  for (const name of frame.names) {
    if (frame.tokens[endOf(name)]?.pos === 'NOUN') continue;
    for (let at = name.index - 1; at >= 0 && at >= name.index - 2 && ['NOUN', 'ADJ'].includes(frame.tokens[at].pos); at--) skip.add(frame.tokens[at].lemma);
  }
  // Light verbs carry little of the event ("chose to leave", "became a member").
  for (const token of frame.tokens) if (LIGHT_VERBS.has(token.lemma)) skip.add(token.lemma);
  // "the island of Bali", "Tver Region": a place's own noun is part of the place slot.
  for (const place of frame.places) for (const at of [place.index - 1, place.index - 2, endOf(place)]) if (PLACE_NOUNS.has(frame.tokens[at]?.lemma ?? '')) skip.add(frame.tokens[at].lemma);
  // A verb of a clause that sets the scene ("after it was found in two swans", ", shaking buildings") is
  // circumstance: its nouns must still be in the source, the verb itself may be put another way.
  for (const [at, token] of frame.tokens.entries()) {
    if (token.pos === 'VERB' && at !== frame.main?.index && (isSubordinate(frame.tokens, at) || isTrailingParticiple(frame.tokens, at) || describesNoun(frame, at) || inRelativeClause(frame, at))) skip.add(token.lemma);
  }
  // "A report found that more weapons had been used": a verb putting forward the clause that holds the event
  // frames it, as "says" does; the source may put it any way ("indicating", "shows").
  // Not a verb of saying ("confirmed that"): who said it is the claim's too, and the source must have a sayer.
  for (const [at, token] of frame.tokens.entries()) if (token.pos === 'VERB' && frame.main && at < frame.main.index && frame.tokens[at + 1]?.lower === 'that' && !isReporting(senseOf(token.lemma).key)) skip.add(token.lemma).add(token.lower);
  // A label before a colon at the start ("Plot twist of 2012: …", "Never forget: …") frames the claim; its
  // words are no part of the event (a time in it still dates it).
  const colon = frame.tokens.findIndex((token) => token.text === ':');
  if (colon > 0 && colon <= 6 && !frame.tokens.slice(0, colon).some((token) => token.pos === 'VERB' || token.pos === 'AUX')) for (const token of frame.tokens.slice(0, colon)) skip.add(token.lemma);
  // Clause openers and a number's hedges ("when", "about 30") carry no event of their own.
  for (const word of CLAUSE_AND_HEDGE_WORDS) skip.add(word);
  // "back in February 2008": a look back to the time the claim gives.
  for (const [at, token] of frame.tokens.entries()) if (token.lower === 'back' && ['in', 'on'].includes(frame.tokens[at + 1]?.lower ?? '') && frame.times.some((time) => time.index <= at + 3 && time.index > at)) skip.add('back');
  // "once again" is "again": not a count.
  for (const [at, token] of frame.tokens.entries()) if (token.lower === 'once' && frame.tokens[at + 1]?.lower === 'again') skip.add('once');
  // Polarity is its own slot: "failed to", "refused to", "never" are compared there.
  for (const word of ['not', 'never', 'no', 'fail', 'refuse', 'decline']) skip.add(word);
  // The predicate's own words, a phrasal verb's particle too ("sent back").
  if (frame.main) for (const word of [frame.tokens[frame.main.index].lemma, ...frame.main.lemma.split(' '), 'member']) skip.add(word);
  // The noun a light verb takes its event from ("forced the cancellation of the final" is about cancelling).
  const main = frame.main;
  if (main && main.lemma !== frame.tokens[main.index].lemma) for (const token of frame.tokens.slice(main.index + 1, main.index + 7)) if (token.pos === 'NOUN' && (derivedVerb(token.lemma) ?? derivedVerb(token.lower)) === main.lemma) skip.add(token.lemma);
  const isNumber = (word: string) => /^[\d.,]+$/.test(word);
  // A year that names a thing ("the 2016 election") is theme; other numbers are compared as quantities.
  return [...frame.content].filter((word) => !nameWords.has(word) && !nameWords.has(plainWords(word)[0] ?? word) && !skip.has(word) && !(frame.main && senseOf(word).key === frame.main.key) && (!isNumber(word) || YEAR.test(word)));
}

/** "every text message sent worldwide": a participle right after a noun, after the event's verb, describes the noun. */
function describesNoun(frame: EventFrame, at: number): boolean {
  const token = frame.tokens[at];
  return frame.tokens[at - 1]?.pos === 'NOUN' && token.lower !== token.lemma && !/s$/.test(token.lower) && frame.main !== undefined && frame.main.index < at;
}

/** "a French bishop who shielded a paedophile priest": a relative clause's verb describes its noun. */
function inRelativeClause(frame: EventFrame, at: number): boolean {
  if (frame.main === undefined || frame.main.index >= at) return false;
  // "the detainees it was holding": a clause with no pronoun of its own, its subject right after the noun.
  let subject = at - 1;
  while (frame.tokens[subject]?.pos === 'AUX') subject--;
  if (['it', 'they', 'he', 'she', 'we'].includes(frame.tokens[subject]?.lower ?? '') && frame.tokens[subject - 1]?.pos === 'NOUN') return true;
  return frame.tokens.slice(Math.max(0, at - 2), at).some((token) => ['who', 'which', 'whom', 'whose'].includes(token.lower));
}

/** Whether the source has the word, a form of it, or (by WordNet) the same thing under another name. */
export function hasWord(source: EventFrame, word: string): boolean {
  if (source.content.has(word)) return true;
  // "beat people protesting" / "beat those protesting": people said by a pronoun that stands for them (not "those
  // soldiers").
  if (['people', 'person'].includes(word) && source.tokens.some((token, at) => PEOPLE_PRONOUNS.has(token.lower) && !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(source.tokens[at + 1]?.pos ?? ''))) return true;
  // "the 2018 World Cup" in a claim, "the World Cup" in a source of that year.
  // Not when the source names the thing with a year of its own ("the 2032 Summer Olympics").
  if (YEAR.test(word) && source.day?.from.startsWith(word) && ![...source.content].some((other) => YEAR.test(other) && other !== word)) return true;
  const dashless = (text: string) => text.replace(/[–—]/g, '-');
  if (/\d/.test(word) && dashless(source.text).includes(dashless(word))) return true;
  const wanted = stem(word);
  const sense = senseOf(word).key;
  // "cyberattacks" / "cyber attacks", "ceasefire" / "cease-fire": one word written as two.
  if (word.length >= 8 && source.text.toLowerCase().replace(/[\s-]+/g, '').includes(wanted)) return true;
  // An event word of the same group, verbs read from the tokens ("claimed" / "says": "say" is no content word).
  // Any verb of saying for another ("warned" / "claims"): who said it is compared as a party.
  const kind = (key: string) => (isReporting(key) ? 'reporting' : key);
  if (isKnownPredicate(word) && source.tokens.some((token) => (token.pos === 'VERB' || source.content.has(token.lemma)) && kind(senseOf(token.lemma).key) === kind(sense))) return true;
  // A plural the tagger kept whole ("Protestors" opening a sentence, read as a name) is its singular too.
  if ([...source.content].some((other) => stem(other) === wanted || spellingVariant(word, other) || spellingVariant(word, other.replace(/s$/, '')) || derivedForm(word, other) || agentNoun(word, other)) || startsAWord(source.text.toLowerCase(), word)) return true;
  // "plane" / "aircraft", "pope" / "papacy": the same thing or a kind of it, by WordNet; not a stage before it ("the
  // South Carolina primary" is no presidential election).
  return [...source.content].some((other) => !PRELIMINARIES.has(other) && sameThing(word, other));
}

/** Contests held before the one they lead to. */
export const PRELIMINARIES = new Set(['primary', 'caucus', 'heat', 'qualifier', 'qualifying', 'preliminary', 'semi-final', 'semifinal', 'quarter-final', 'quarterfinal']);

/**
 * A noun the source names only by a kind of it ("the oldest verified person" where the source says "man"): what a
 * qualifier ranks among, widened, is an overstatement, though the words relate.
 */
export function statedOnlyNarrower(source: EventFrame, word: string): boolean {
  const wanted = stem(word);
  if ([...source.content].some((other) => stem(other) === wanted)) return false;
  return [...source.content].some((other) => broaderWords(other, 'noun').has(word) || namedByCompound(other, word));
}

/** Particles written joined to the word after them ("aboard", "onboard", "underway", "overtime"). */
const JOINED_PARTICLES = new Set(['a', 'on', 'in', 'out', 'up', 'over', 'under', 'off', 'down', 'back']);

/**
 * The word in the text at the start of a word ("protestor" in "protestors") or after another word joined to it
 * ("strike" in "airstrikes", "tapping" in "wiretapping", "board" in "onboard"); not inside one ("man" in "woman").
 */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let from = at;
    while (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1])) from--;
    const joined = text.slice(from, at);
    if (from === at || JOINED_PARTICLES.has(joined) || (joined.length >= 2 && isDictionaryWord(joined))) return true;
  }
  return false;
}

/**
 * Two-noun compounds of the claim ("power stations") the source names by a synonym's head ("plants", for
 * "power plant"): both words are stated.
 */
export function compoundsStated(claim: EventFrame, source: EventFrame, extra: string[]): Set<string> {
  const stated = new Set<string>();
  claim.tokens.forEach((token, at) => {
    const next = claim.tokens[at + 1];
    if (token.pos !== 'NOUN' || next?.pos !== 'NOUN' || !extra.includes(token.lemma) || !extra.includes(next.lemma)) return;
    const compound = `${token.lemma} ${next.lemma}`;
    const heads = [...relatedWords(compound, 'noun')].map((word) => word.split(' ').at(-1)!);
    if (heads.some((head) => head !== next.lemma && source.content.has(head))) [token.lemma, next.lemma].forEach((word) => stated.add(word));
  });
  return stated;
}

/**
 * A head noun the source gives another word of its kind after the same modifier ("Egypt's election commission"
 * / "Egypt's election council", "a military base" / "a military camp"): the same thing named two ways.
 */
export function renamedHeads(claim: EventFrame, source: EventFrame, extra: string[]): Set<string> {
  const renamed = new Set<string>();
  claim.tokens.forEach((token, at) => {
    const before = claim.tokens[at - 1];
    // Not people: "Palestinian militants" / "Palestinian civilians", "young man" / "young woman" are WordNet rivals too.
    if (token.pos !== 'NOUN' || !extra.includes(token.lemma) || !before || !['NOUN', 'ADJ', 'PROPN'].includes(before.pos) || isPersonKind(token.lemma)) return;
    const heads = source.tokens.filter((other, index) => other.pos === 'NOUN' && other.lemma !== token.lemma && source.tokens[index - 1]?.lemma === before.lemma);
    if (heads.some((head) => rivalWords(token.lemma, head.lemma))) renamed.add(token.lemma);
  });
  // "the Syrian authorities" / "Syria": a country's government is the country, where the source names it.
  for (const name of claim.names) {
    const token = claim.tokens[endOf(name) + (name.modifier ? 0 : 1)];
    if (!name.actor || !token || !extra.includes(token.lemma) || !governs(token)) continue;
    if (source.names.some((other) => other.actor === name.actor)) renamed.add(token.lemma);
  }
  return renamed;
}

/** The nouns of the claim's subject: from the clause's start to its verb ("Serbia's parliament declared …"). */
export function subjectWords(claim: EventFrame): Set<string> {
  if (!claim.main) return new Set();
  const before = claim.tokens.slice(0, claim.main.index);
  const start = before.findLastIndex((token) => token.text === ',') + 1;
  return new Set(before.slice(start).filter((token) => token.pos === 'NOUN').map((token) => token.lemma));
}

/**
 * People a number counts that the source counts the same, one side saying only "people" ("nine young people were
 * arrested" / "Nine youths are arrested", "three suspects" / "Three people"). Two words for kinds of people are
 * not enough: WordNet makes "militants" a rival of "insurgents" and of "civilians" alike, "man" of "woman".
 */
export function countedPeople(claim: EventFrame, source: EventFrame, extra: string[]): Set<string> {
  const generic = (unit: string | undefined) => unit === undefined || GENERIC_PEOPLE.has(unit);
  const counted = claim.quantities.filter((quantity) => quantity.unit !== undefined && extra.includes(quantity.unit) && isPersonNoun(quantity.unit) && source.quantities.some((other) => other.value === quantity.value && !other.ordinal && (generic(other.unit) || (GENERIC_PEOPLE.has(quantity.unit!) && isPersonNoun(other.unit!)))));
  return new Set(counted.map((quantity) => quantity.unit!));
}

const GENERIC_PEOPLE = new Set(['people', 'person', 'persons', 'other', 'others', 'individual', 'individuals']);

/**
 * "tens of thousands of people rallied" / "… of protestors", "some guy opened fire" / "a gunman": a word that only
 * says someone is stated by any word for a kind of person the source gives instead.
 */
export function vaguePeople(claim: EventFrame, source: EventFrame, extra: string[]): Set<string> {
  const vague = extra.filter((word) => VAGUE_PEOPLE.has(word) && claim.tokens.some((token) => token.lemma === word && token.pos === 'NOUN'));
  if (vague.length === 0) return new Set();
  const kinds = source.tokens.some((token, at) => token.pos === 'NOUN' && !source.inName.has(at) && !claim.content.has(token.lemma) && isPersonKind(token.lemma));
  return new Set(kinds ? vague : []);
}

const VAGUE_PEOPLE = new Set(['people', 'person', 'individual', 'guy']);

/** "government", "authorities", "regime": the body that governs a country, by WordNet. */
function governs(token: { lemma: string; lower: string }): boolean {
  return token.lemma === 'government' || relatedWords('government', 'noun').has(token.lower);
}

function sameThing(word: string, other: string): boolean {
  if (word.length < 2 || other.length < 2 || /\d/.test(word) || /\d/.test(other)) return false;
  if (wordsRelate(word, other, 'noun') || wordsRelate(word, other, 'verb') || wordsRelate(word, other, 'adj')) return true;
  // "Protesters" opening a sentence, read as a name and kept whole: its singular.
  const singular = (form: string) => (/[^s]s$/.test(form) && !hasSense(form, 'noun') && hasSense(form.slice(0, -1), 'noun') ? form.slice(0, -1) : form);
  if ((singular(word) !== word || singular(other) !== other) && wordsRelate(singular(word), singular(other), 'noun')) return true;
  // "warplanes" / "planes": a kind of the other word, named by a compound of it.
  if (namedByCompound(word, other) || namedByCompound(other, word)) return true;
  // A plural with a sense of its own ("troops": soldiers, not a troop of scouts), either way round.
  if ([word, other].some((form) => hasSense(`${form}s`, 'noun')) && (relatedWords(`${word}s`, 'noun').has(other) || relatedWords(`${other}s`, 'noun').has(word))) return true;
  // A participle the tagger left as an adjective ("a law obliging the government" / "binding"): its verb.
  const bases = (form: string) => (/(ing|ed)$/.test(form) ? [form.replace(/(ing|ed)$/, ''), form.replace(/(ing|ed)$/, 'e')] : [form]);
  return [word, other].some((form) => /(ing|ed)$/.test(form)) && bases(word).some((left) => bases(other).some((right) => wordsRelate(left, right, 'verb')));
}

/** "voters" vote, "protesters" protest: an agent noun and its verb. */
function agentNoun(word: string, other: string): boolean {
  return other.length >= 4 && /(er|or)$/.test(word) && (word.slice(0, -1) === other || word.slice(0, -2) === other);
}

const DERIVING_SUFFIXES = /(ion|or|er|ive|ory|ant|ent|ance|ence|al|ity|ist|ism)$/;

/**
 * "constitutional" / "constitution", "presidential" / "president": one word derived from the other; and
 * two words derived from one stem ("prosecutor" / "prosecution").
 */
function derivedForm(left: string, right: string): boolean {
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  if (shorter.length >= 6 && longer.length - shorter.length <= 4 && longer.startsWith(shorter)) return true;
  const base = (word: string) => word.replace(DERIVING_SUFFIXES, '');
  return left !== right && base(left).length >= 6 && base(left) === base(right) && base(left) !== left && base(right) !== right;
}

/** "adviser" / "advisor", "legalised" / "legalized": one letter apart in a long word, not its first. */
function spellingVariant(left: string, right: string): boolean {
  if (left.length < 6) return false;
  return left === right || (singleEdit(left, right) ?? 0) > 0;
}

/** The nouns of the phrase right after the claim's verb: what the event is done to ("won the 2008 presidential election"), or the adjective it came to ("tested positive"). */
export function objectWords(claim: EventFrame): Set<string> {
  const words = new Set<string>();
  if (!claim.main) return words;
  for (let at = claim.main.index + 1; at < claim.tokens.length; at++) {
    const token = claim.tokens[at];
    if (token.pos === 'NOUN') words.add(token.lemma);
    // "tested positive for …", "was found guilty of …": an adjective right after the verb, describing no noun, is
    // what the event came to.
    else if (token.pos === 'ADJ' && at === claim.main.index + 1 && claim.tokens[at + 1]?.pos !== 'NOUN') words.add(token.lemma);
    else if (words.size > 0 || !['DET', 'ADJ', 'NUM', 'PROPN', 'PRON', 'ADV', 'PART', 'SYM'].includes(token.pos)) break;
  }
  return words;
}

/**
 * Words a claim may add without changing its event: adverbs of time and aspect ("still", "again", "already"), and hedges.
 * Not a particle: "clocks turned back" is not "moved forward".
 */
export const ASIDE_WORDS = new Set(['still', 'again', 'also', 'already', 'now', 'yet', 'finally', 'eventually', 'later', 'recently', 'then', 'just', 'really', 'actually', 'indeed', 'truly',
  // A hedge claims less than the source, never something else ("protesters had reportedly seized the city").
  'reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly']);

/** A noun for people who act ("rescuers", "staff", "troops"), singular or plural. */
export function isPersonNoun(word: string): boolean {
  const singular = word.replace(/s$/, '');
  // "protestors": a spelling the dictionary gives only as "protester".
  return isAgentNoun(word) || isAgentNoun(singular) || (/or$/.test(singular) && isAgentNoun(singular.replace(/or$/, 'er')));
}

/** A noun for a kind of person ("soldier", "militants"), not a body that acts ("commission", "council", "group"). */
export function isPersonKind(word: string): boolean {
  return isPersonNoun(word) && !ORGANISATION_HEADS.has(word);
}

/** A noun for people who act, as the claim uses it. */
export function personWord(claim: EventFrame, word: string): boolean {
  return claim.tokens.some((token) => token.lemma === word && ['NOUN', 'PROPN'].includes(token.pos)) && isPersonNoun(word);
}
