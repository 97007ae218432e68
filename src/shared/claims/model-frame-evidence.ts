// Where a value the model gives is found: in a cited source's text, sentence by sentence (names by the
// name matching of names.ts, numbers as quantities.ts reads them, dates as time-slot.ts reads them, with
// the source's day), or in the claim itself. Pure: no model is asked anything here.
import { type EventFrame, frameOf } from '../language/event-frame.ts';
import { compareNames, findName } from '../language/compare-names.ts';
import { nameMentions, type NameMention, plainWords } from '../language/names.ts';
import { analyse } from '../language/nlp.ts';
import { relateSenses, senseOf } from '../language/predicates.ts';
import { quantitiesIn, sameNumber } from '../language/quantities.ts';
import { daySlot, gapInDays, timesIn, type TimeSlot } from '../language/time-slot.ts';
import { isFullDay } from '../text/day-phrase.ts';
import { splitSentences } from '../text/sentences.ts';
import type { FrameSource } from './model-frame.ts';

/** A source read once: each sentence's frame, and the day it reports on. */
export interface ReadSource {
  source: FrameSource;
  sentences: EventFrame[];
  day?: TimeSlot;
}

export function readSource(source: FrameSource): ReadSource {
  const publishedAt = isFullDay(source.publishedAt) ? source.publishedAt.slice(0, 10) : undefined;
  const texts = splitSentences(source.text);
  const sentences = (texts.length > 0 ? texts : [source.text]).map((text) => frameOf(text, { publishedAt }));
  return { source, sentences, day: publishedAt ? daySlot(publishedAt) : undefined };
}

/** The mentions a value names ("Kampala, Uganda" is two); a lower-case party ("protesters") has none. */
export function mentionsOf(value: string): NameMention[] {
  return nameMentions(value, analyse(value));
}

/** Whether a name is in a sentence: by the name matching of names.ts, else as the same run of plain words. */
export function statesName(frame: EventFrame, value: string): boolean {
  const wanted = mentionsOf(value);
  if (wanted.length > 0 && wanted.every((mention) => findName(frame.names, mention))) return true;
  return containsRun(plainWords(frame.text), plainWords(value));
}

function containsRun(words: string[], run: string[]): boolean {
  if (run.length === 0) return false;
  return words.some((_, start) => run.every((word, offset) => words[start + offset] === word));
}

/** The sentence of the source that names the value, if any. */
export function sentenceNaming(read: ReadSource, value: string): EventFrame | undefined {
  return read.sentences.find((frame) => statesName(frame, value));
}

/** Whether two names are plainly two different ones: another country, or no word and no gazetteer actor in common. */
export function differentNames(left: string, right: string): boolean {
  const [a, b] = [mentionsOf(left), mentionsOf(right)];
  if (a.length > 0 && b.length > 0) return a.every((one) => b.every((other) => compareNames(one, other) === 'different' && !(one.actor && one.actor === other.actor)));
  return !plainWords(left).some((word) => plainWords(right).includes(word));
}

/** Whether two names are plainly the same one. */
export function sameName(left: string, right: string): boolean {
  const [a, b] = [mentionsOf(left), mentionsOf(right)];
  if (a.length > 0 && b.length > 0) return a.some((one) => b.some((other) => compareNames(one, other) === 'same'));
  return plainWords(left).join(' ') === plainWords(right).join(' ');
}

/**
 * The role a sentence gives a party in the event the claim names, when its frame says so unambiguously: in
 * one role only, and alone in it ("the Astros defeat the Phillies" read as two agents of "win" says nothing).
 */
export function roleIn(frame: EventFrame, lemma: string, value: string): 'agent' | 'patient' | undefined {
  const keys = senseOf(lemma.toLowerCase()).keys;
  const same = frame.predicates.filter((predicate) => relateSenses(keys, predicate.keys) === 'same');
  const wanted = mentionsOf(value);
  if (wanted.length === 0) return undefined;
  const holds = (names: NameMention[]) => wanted.some((mention) => findName(names, mention));
  const alone = (names: NameMention[]) => holds(names) && names.every((name) => wanted.some((mention) => compareNames(name, mention) !== 'different'));
  const agent = same.filter((predicate) => holds(predicate.agents));
  const patient = same.filter((predicate) => holds(predicate.patients));
  if (agent.length > 0 && patient.length === 0 && agent.every((predicate) => alone(predicate.agents))) return 'agent';
  if (patient.length > 0 && agent.length === 0 && patient.every((predicate) => alone(predicate.patients))) return 'patient';
  return undefined;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The times a value states: "2023-04-04", "April 2023", "in 2020", "4 April" (with the source's year). */
export function timesOf(value: string, reference?: string): TimeSlot[] {
  const iso = ISO.exec(value.trim());
  if (iso) {
    const [, year, month, day] = iso;
    if (day) return [daySlot(`${year}-${month}-${day}`)];
    const last = month ? new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate() : 31;
    return [{ from: `${year}-${month ?? '01'}-01`, to: `${year}-${month ?? '12'}-${String(last).padStart(2, '0')}`, granularity: month ? 'month' : 'year', text: value, index: 0 }];
  }
  return timesIn(value, analyse(value), reference);
}

/** The sentence whose times (or the source's day) hold the value's time; the first sentence when only the day does. */
export function sentenceDating(read: ReadSource, value: string): EventFrame | undefined {
  const wanted = timesOf(value, read.day?.from);
  if (wanted.length === 0) return undefined;
  const holds = (slots: TimeSlot[]) => wanted.every((time) => slots.some((slot) => gapInDays(time, slot) === 0 && within(time, slot)));
  const stated = read.sentences.find((frame) => holds(frame.times));
  if (stated) return stated;
  return read.day && holds([read.day]) ? read.sentences[0] : undefined;
}

/** A value at least as coarse as the source's slot and covering it: "2023" or "April 2023" for 4 April 2023. */
function within(value: TimeSlot, slot: TimeSlot): boolean {
  return value.from <= slot.from && value.to >= slot.to;
}

/** Days between two stated times, or undefined when either cannot be read as a time. */
export function daysApart(left: string, right: string, reference?: string): number | undefined {
  const [a, b] = [timesOf(left), timesOf(right, reference)];
  if (a.length === 0 || b.length === 0) return undefined;
  return Math.min(...a.flatMap((one) => b.map((other) => gapInDays(one, other))));
}

/** The number a value states ("31st", "8,000 people", "1.5 million"). */
export function numberOf(value: string): number | undefined {
  const read = quantitiesIn(analyse(value), new Set());
  if (read.length > 0) return read[0].value;
  const digits = /-?\d[\d,]*(?:\.\d+)?/.exec(value)?.[0];
  return digits === undefined ? undefined : Number(digits.replace(/,/g, ''));
}

/** The sentence stating the value's number, as quantities.ts reads the sentence. */
export function sentenceCounting(read: ReadSource, value: string): EventFrame | undefined {
  const wanted = numberOf(value);
  if (wanted === undefined) return undefined;
  return read.sentences.find((frame) => frame.quantities.some((quantity) => sameNumber(quantity.value, wanted)));
}

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const word = (text: string) => (NEGATORS.has(text) ? 'not' : text);

/** The sentence holding every word of the value (as written or by lemma, in any order): a verb, a qualifier. */
export function sentenceWith(read: ReadSource, value: string): EventFrame | undefined {
  const wanted = analyse(value).filter((token) => /\p{L}/u.test(token.text));
  if (wanted.length === 0) return undefined;
  return read.sentences.find((frame) => {
    const words = new Set(frame.tokens.flatMap((token) => [word(token.lower), token.lemma]));
    return wanted.every((token) => words.has(word(token.lower)) || words.has(token.lemma));
  });
}

/** Whether a value says its event did not happen ("did not join", "never joined"). */
export function isNegative(value: string): boolean {
  return analyse(value).some((token) => NEGATORS.has(token.lower) || token.negated);
}
