// The event frame: what a sentence (a claim, a question, or a source's sentence) says happened — who
// did it and to whom, the predicate with its direction and polarity, when, where, how many, and the
// qualifiers ("first", "only", "record"). Claims are checked and questions answered by comparing frames.
import { analyse, hyphenatedAfter, type Token } from './nlp.ts';
import { withSharedSubjects } from './clauses.ts';
import { predicateIndices, predicatesIn } from './frame-predicates.ts';
import type { EventFrame } from './frame-types.ts';
import { rememberFrame, storedFrame } from './frame-memo.ts';
import { mainEventOf, QUALIFIER_WORDS } from './main-event.ts';
import { endOf, isOwnName, nameMentions } from './names.ts';
import { isEventNoun, isKnownPredicate } from './predicates.ts';
import { quantitiesIn } from './quantities.ts';
import { daySlot, timesIn } from './time-slot.ts';
import { placesAmong } from './places.ts';
import { isAgentNoun } from './wordnet.ts';

export { PLACE_NOUNS } from './places.ts';

export type { EventFrame, FrameActor, Predicate, Role } from './frame-types.ts';

const OFFICES = new Set(['minister', 'president', 'chancellor', 'king', 'queen', 'secretary', 'governor', 'mayor', 'chairman', 'chair', 'head', 'leader', 'ambassador', 'premier', 'emperor', 'prince', 'ceo']);
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM']);
const LIGHT = new Set(['be', 'have', 'do', 'say', 'says', 'the', 'a', 'an', 'also', 'then', 'now', 'new', 'after', 'more', 'than']);
export interface FrameOptions {
  /** The day the source reports on (YYYY-MM-DD): a Current Events sentence's date is its day. */
  publishedAt?: string;
}

/**
 * A sentence's event frame. A process that makes one report (the CLI's `ask`) keeps the frames it read in a memo
 * that outlives it (frame-memo.ts), keyed by the text and its day.
 */
export function frameOf(text: string, options: FrameOptions = {}): EventFrame {
  // Exactly the day the reading uses, so two texts dated alike share a key and no two days do.
  const day = options.publishedAt?.slice(0, 10) ?? '';
  const stored = storedFrame(text, day);
  if (stored) return stored;
  const frame = readFrame(text, options);
  rememberFrame(text, day, frame);
  return frame;
}

function readFrame(text: string, options: FrameOptions): EventFrame {
  const tokens = analyse(text);
  const reference = options.publishedAt?.slice(0, 10);
  const mentions = nameMentions(text, tokens);
  // "March 23 Movement": a date inside a name the gazetteer knows is part of the name.
  const inKnownName = (index: number) => mentions.some((name) => name.actor !== undefined && name.index <= index && index < endOf(name) && endOf(name) - name.index > 1);
  const times = timesIn(text, tokens, reference).filter((time) => !inKnownName(time.index));
  const dateTokens = new Set<number>();
  for (const time of times) for (let index = time.index; index < tokens.length && tokens[index].start < text.indexOf(time.text, tokens[time.index]?.start ?? 0) + time.text.length; index++) dateTokens.add(index);
  // A word of a known name is not a name of its own ("Movement" in "March 23 Movement").
  const names = mentions.filter((name) => !dateTokens.has(name.index) && !mentions.some((other) => other !== name && other.actor !== undefined && other.index < name.index && name.index < endOf(other)));
  // "won Mexico's presidential election": a possessive before a thing (not an event) qualifies the thing.
  for (const name of names) {
    let at = endOf(name);
    if (!/^['’]s$/.test(tokens[at]?.text ?? '')) continue;
    at++;
    // "Qatar's Ministry of Public Health", "Baltimore's Francis Scott Key Bridge": the place names what it owns.
    const owned = names.find((other) => other.index === at);
    if (owned) {
      name.modifier = true;
      owned.owner = name;
      if (isOwnName(name) && !owned.actor) owned.actor = name.actor;
      continue;
    }
    while (tokens[at] && ['ADJ', 'NUM', 'PROPN'].includes(tokens[at].pos)) at++;
    if (tokens[at]?.pos === 'NOUN' && !isEventNoun(tokens[at].lemma) && tokens[name.index - 1] && tokens[name.index - 1].pos === 'VERB') name.modifier = true;
  }
  // "Prime Minister of the United Kingdom": the country names the office, it is not a party of its own.
  for (const name of names) {
    const back = tokens[name.index - 1]?.pos === 'DET' ? 2 : 1;
    if (tokens[name.index - back]?.lower === 'of' && OFFICES.has(tokens[name.index - back - 1]?.lower ?? '')) name.modifier = true;
    // "the Supreme Court of the Philippines": a body named before "of <country>" is that country's.
    const body = names.find((other) => other !== name && !other.actor && endOf(other) === name.index - back);
    if (tokens[name.index - back]?.lower === 'of' && body && isOwnName(name)) body.actor = name.actor;
    // "the Foreign Affairs Minister of the Palestinian National Authority": the body owns the office, as
    // "the Palestinian National Authority's Foreign Affairs Minister" would say.
    if (tokens[name.index - back]?.lower === 'of' && body && !body.owner) body.owner = name;
  }
  const places = placesAmong(names, tokens);
  const inName = new Set(names.flatMap((name) => tokens.flatMap((token, index) => (token.start >= name.start && token.start < name.start + name.surface.length ? [index] : []))));
  const parties = names.filter((name) => !places.includes(name) && !name.modifier);
  const found = withSharedSubjects(tokens, predicatesIn(tokens, parties, inName, predicateIndices(tokens, inName)));
  // "Tendai Biti is involved in a car crash": with no verb for an event, a noun that names one stands in.
  const listed = found.length > 0 ? found : predicatesIn(tokens, parties, inName, tokens.flatMap((token, index) => (token.pos === 'NOUN' && !inName.has(index) && isKnownPredicate(token.lemma) ? [index] : [])));
  const main = mainEventOf(tokens, listed);
  // "postpones signing a treaty": the main event is the signing, called off; so is the word "signing" itself.
  const calledOff = main && listed.find((predicate) => predicate.index === main.index)?.lemma !== main.lemma;
  const predicates = calledOff ? listed.map((predicate) => (inCalledOff(tokens, main.index, predicate.index) ? { ...predicate, negated: main.negated } : predicate)) : listed;
  return {
    text,
    tokens,
    names,
    places,
    predicates,
    main,
    times,
    day: reference && /^\d{4}-\d{2}-\d{2}$/.test(reference) ? daySlot(reference) : undefined,
    quantities: quantitiesIn(tokens, new Set([...dateTokens, ...dayNumbers(tokens)])),
    qualifiers: [
      ...tokens.filter((token, index) => isQualifier(tokens, index) || isSuperlative(tokens, index)).map((token) => token.lower),
      // The manner an event is said to have happened by ("by referendum", "by decree", "via a ballot"); not who did
      // it ("killed by gunmen").
      ...tokens.flatMap((token, index) => (['by', 'via'].includes(token.lower) && tokens[index + 1]?.pos === 'NOUN' && !isAgentNoun(tokens[index + 1].lemma) ? [tokens[index + 1].lemma] : [])),
    ],
    qualifierSpan: qualifierSpanOf(tokens),
    parties,
    inName,
    content: new Set(tokens.filter((token) => CONTENT_POS.has(token.pos) && !LIGHT.has(token.lemma) && /\p{L}|\d/u.test(token.text)).map((token) => token.lemma)),
  };
}

/**
 * Whether a word is in what a verb calls off ("postpones signing a gas pipeline agreement with Russia"):
 * its object phrase, up to a comma, another clause's verb or a preposition that starts a circumstance.
 */
function inCalledOff(tokens: Token[], verb: number, at: number): boolean {
  if (at <= verb || at > verb + 8) return false;
  for (let index = verb + 2; index < at; index++) {
    const token = tokens[index];
    if (token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'SCONJ' || (token.pos === 'ADP' && !['of', 'with', 'for', 'on', 'to'].includes(token.lower))) return false;
  }
  return true;
}

const PHRASE_POS = new Set(['ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'DET', 'PART']);

/**
 * The words a qualifier governs: from "first" / "largest" / "unanimous" to the end of its noun phrase and
 * one phrase after it ("in European history", "in the alliance"). They stand or fall with the qualifier.
 */
function qualifierSpanOf(tokens: Token[]): Set<number> {
  const span = new Set<number>();
  tokens.forEach((token, index) => {
    if (isQualifier(tokens, index) || isSuperlative(tokens, index)) for (const at of qualifierPhrase(tokens, index)) span.add(at);
  });
  return span;
}

/** The token indices of one qualifier's phrase, from the qualifier on. */
export function qualifierPhrase(tokens: Token[], index: number): number[] {
  let end = index;
  // "the oldest verified man", "the largest reported seizure": a participle before its noun is in the phrase.
  const inPhrase = (at: number) => PHRASE_POS.has(tokens[at].pos) || (tokens[at].pos === 'VERB' && /(ed|ing)$/.test(tokens[at].lower) && ['NOUN', 'ADJ'].includes(tokens[at + 1]?.pos ?? ''));
  while (end + 1 < tokens.length && inPhrase(end + 1)) end++;
  // "the first tornado ever recorded in Mexico": a participle after "ever" ranks too.
  if (end > index && tokens[end].lower === 'ever' && tokens[end - 1]?.pos === 'NOUN' && tokens[end + 1]?.pos === 'VERB' && /(ed|en|wn)$/.test(tokens[end + 1].lower)) end++;
  // ", the oldest actress ever to win an Academy Award,": in an apposition the infinitive and its object are what the
  // qualifier is about (not in "became the first country to accept Bitcoin", where the infinitive is the event).
  const apposition = tokens[index - 1]?.text === ',' || (tokens[index - 1]?.pos === 'DET' && tokens[index - 2]?.text === ',');
  if (apposition && tokens[end]?.lower === 'to' && tokens[end + 1]?.pos === 'VERB') {
    end++;
    while (end + 1 < tokens.length && inPhrase(end + 1)) end++;
  }
  if (['in', 'of', 'from'].includes(tokens[end + 1]?.lower ?? '')) {
    end++;
    while (end + 1 < tokens.length && inPhrase(end + 1)) end++;
  }
  return Array.from({ length: end - index + 1 }, (_, offset) => index + offset);
}

/** A month's name or its abbreviation, as one word ("September", "Sept."). */
export const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?$/i;

/** Day numbers beside a month ("until January 18", "18 January"): a date even where no time of the event is kept. */
function dayNumbers(tokens: Token[]): number[] {
  return tokens.flatMap((token, index) => (token.pos === 'NUM' && /^\d{1,2}$/.test(token.text) && [tokens[index - 1], tokens[index + 1]].some((other) => other !== undefined && /^\p{Lu}/u.test(other.text) && MONTH_WORD.test(other.text)) ? [index] : []));
}

/** A qualifier word or a superlative ("first", "only", "largest"), not an adverb of time ("at first"). */
export function isQualifierAt(tokens: Token[], index: number): boolean {
  return isQualifier(tokens, index) || isSuperlative(tokens, index);
}

/** A qualifier word, not an adverb of time ("banned it at first", "at all"). */
function isQualifier(tokens: Token[], index: number): boolean {
  return QUALIFIER_WORDS.has(tokens[index].lower) && tokens[index - 1]?.lower !== 'at' && !inCompound(tokens, index);
}

/** "the first-employment contract", "a first-degree charge": joined by a hyphen to a noun, it names a kind of thing
 * ("first-ever", "all-time" still rank). */
function inCompound(tokens: Token[], index: number): boolean {
  const next = hyphenatedAfter(tokens, index);
  return next !== undefined && !['ever', 'time', 'of', 'breaking', 'setting', 'high', 'low'].includes(next.lower);
}

function isSuperlative(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  // "the worst flood in Jakarta's history": the irregular ones too, not "at best".
  if (['worst', 'best'].includes(token.lower) && token.pos === 'ADJ' && tokens[index - 1]?.lower !== 'at') return true;
  return token.pos === 'ADJ' && /[^e]est$/.test(token.lower) && token.lower.length > 5 && !['honest', 'modest', 'west', 'interest'].some((word) => token.lower.endsWith(word));
}
