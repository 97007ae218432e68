// How a source sentence meets a question's frame: the question's names it states, whether it asserts the
// asked event (any inflection or synonym of the predicate: "dies" for "die", "death" for "killed"), its
// content lemmas, whether its date fits the question's time, and whether it holds what the question
// type asks for (a date, a count, a name, a place, a reason).
import { type EventFrame, frameOf, type Predicate } from '../../../shared/language/event-frame.ts';
import { type NameMention, plainWords } from '../../../shared/language/names.ts';
import { daySlot, gapInDays, type TimeSlot } from '../../../shared/language/time-slot.ts';
import type { Token } from '../../../shared/language/nlp.ts';
import { expansionsOf } from '../../../shared/language/lexicon.ts';
import { namesIn, type QuestionFrame } from '../../../shared/language/question-frame.ts';


export type TimeFit = 'inside' | 'near' | 'outside' | 'unknown';

export interface FrameMatch {
  /** Share of the question's names the sentence states (1 when the question names none). */
  names: number;
  /** The sentence asserts the asked event (not negated, not only planned or threatened). */
  event: boolean;
  /** The sentence speaks of the asked event in any mood ("will join", "refuses to join"). */
  eventAny: boolean;
  /** It states what the event is done to, where the question names it ("abolish its monarchy"; true when it names none). */
  complement: boolean;
  /** The asserted event has the question's agent as its agent ("Finland joins NATO" for "When did Finland join NATO?"). */
  role: boolean;
  /** Share of the question's content lemmas the sentence has (a close synonym counts: "papacy" for "pope"). */
  lemmas: number;
  /** The sentence is about the asked event: its main predicate is that event, stated. */
  mainEvent: boolean;
  time: TimeFit;
  /** How fine the asked time is ("March 2014": month), when the question asks one. */
  timeGranularity?: TimeSlot['granularity'];
  /** It holds what the question type asks for. */
  holdsAnswer: boolean;
}

const NEAR_DAYS = 45;
const GRANULARITY = { day: 0, month: 1, year: 2 } as const;
const UNREAL = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'if', 'whether', 'plan', 'threaten', 'seek', 'want', 'expect', 'propose', 'consider', 'intend', 'process', 'begin', 'attempt', 'prepare', 'bid']);
const CAUSE = /\b(because|after|citing|cites|due to|over|in protest|in response|amid|following|as a result|in retaliation|to protest|reportedly|for (?:his|her|its|their)|saying|arguing|accus\w+|owing to|so that|in order to)\b/i;

/**
 * Frames of source sentences by their day and text. A frame depends on nothing else (a text without a day keeps only
 * dates with a year, whatever the clock), and nothing here changes one, so a running server reads a sentence it met in an
 * earlier report once: the frame is the write stage's main cost (about 15 of 20 ms of a warm report). Bounded like the
 * NLP model's cache of tokens. A process that makes one report (the CLI's `ask`) has frameOf's memo beside (frame-memo.ts).
 */
const frames = new Map<string, EventFrame>();
const FRAME_CACHE_LIMIT = 5000;

function sentenceFrame(text: string, day: string | undefined): EventFrame {
  const key = `${day ?? ''} ${text}`;
  let frame = frames.get(key);
  if (!frame) {
    if (frames.size >= FRAME_CACHE_LIMIT) frames.clear();
    frame = frameOf(text, { publishedAt: day });
    frames.set(key, frame);
  }
  return frame;
}

export function matchQuestion(question: QuestionFrame, text: string, publishedAt: string | undefined): FrameMatch {
  const frame = sentenceFrame(text, isDay(publishedAt) ? publishedAt!.slice(0, 10) : undefined);
  const words = new Set(plainWords(text));
  const matchedNames = question.names.filter((name) => (namesIn(words, text, name) || statesOffice(question, name, words)) && !otherYear(question, name, text));
  const names = question.names.length === 0 ? 1 : matchedNames.length / question.names.length;
  const eventPredicates = question.event.length === 0 ? [] : frame.predicates.filter((predicate) => [predicate.lemma, ...predicate.keys].some((key) => question.event.includes(key)));
  const eventLemma = question.event.length > 0 && frame.tokens.some((token) => question.event.includes(token.lemma));
  // The asked event, not the same verb about other parties ("after winning Group B" is not winning the World Cup).
  const assertedPredicates = eventPredicates.filter((predicate) => !predicate.negated && !isUnreal(frame.tokens, predicate.index, question.framingVerb) && partiesFit(question, predicate));
  const asserted = assertedPredicates.length > 0 && reportsIncident(question, words, frame.content);
  const askedAgents = question.predicate?.agents ?? [];
  const role = askedAgents.length > 0 && assertedPredicates.some((predicate) => isAmong(predicate.agents, askedAgents));
  const has = (lemma: string) => frame.content.has(lemma) || words.has(lemma) || expansionsOf(lemma).some((other) => words.has(other));
  const lemmas = question.lemmas.length === 0 ? 1 : question.lemmas.filter(has).length / question.lemmas.length;
  // What the event is done to or as, beyond its verb ("elected pope"): an answer states it too.
  const rest = question.complement.filter((lemma) => !question.event.includes(lemma) && lemma !== question.focus);
  const main = firstClauseVerb(frame);
  const mainEvent = asserted && main !== undefined && assertedPredicates.some((predicate) => predicate.index === main.index);
  const time = timeFit(question.time, frame.times, publishedAt);
  const otherNames = frame.names.filter((name) => !matchedNames.some((matched) => name.words.some((word) => matched.words.includes(word))));
  const complement = rest.length === 0 || rest.some(has);
  const holds = holdsAnswer(question, frame, otherNames, publishedAt, eventPredicates.length > 0 || eventLemma) && complement;
  return { names, event: asserted, role, mainEvent, timeGranularity: question.time?.granularity, eventAny: eventPredicates.length > 0 || eventLemma, complement, lemmas, time, holdsAnswer: holds };
}

function isAmong(parties: { words: string[]; surface: string }[], asked: NameMention[]): boolean {
  return parties.some((party) => asked.some((name) => namesIn(new Set(party.words), party.surface, name)));
}

/**
 * A predicate names the asked event only with the asked parties in their places: when both the question and
 * the sentence name who was acted on (or who acted), one of the asked ones must be among them
 * ("Merkel ... replacing Schröder" does not say who replaced Merkel).
 */
function partiesFit(question: QuestionFrame, predicate: Predicate): boolean {
  const asked = question.predicate;
  if (!asked || asked.converse !== predicate.converse) return true;
  const fits = (stated: NameMention[], wanted: NameMention[]) => wanted.length === 0 || stated.length === 0 || isAmong(stated, wanted);
  return fits(predicate.patients, asked.patients) && fits(predicate.agents, asked.agents);
}

/** "How many died in the Lisbon earthquake": only a report of an earthquake answers, not a plane crash near Lisbon. */
function reportsIncident(question: QuestionFrame, words: Set<string>, lemmas: Set<string>): boolean {
  return question.incidents.every((group) => group.some((word) => words.has(word) || lemmas.has(word)));
}

/** "Prime Minister of the United Kingdom": a sentence naming the office ("becomes Prime Minister") states its country. */
function statesOffice(question: QuestionFrame, name: NameMention, words: Set<string>): boolean {
  const office = question.offices.find((entry) => entry.name === name)?.office;
  return office !== undefined && office.every((word) => words.has(word));
}

/**
 * "to join", "will join", "plans to join", "threatens to …": the event is not stated as having happened. A
 * purpose after a done deed ("defeats the Netherlands in the 2010 FIFA World Cup Final to win") is stated,
 * and so is the question's own frame ("votes, 52% to 48%, to leave" for "did the UK vote to leave").
 */
function isUnreal(tokens: Token[], index: number, framingVerb: string | undefined): boolean {
  const window = tokens.slice(Math.max(0, index - 3), index);
  if (framingVerb && tokens.slice(Math.max(0, index - 10), index).some((token) => token.lemma === framingVerb)) return window.some((token) => token.lemma !== 'to' && UNREAL.has(token.lemma));
  return window.some((token, offset) => UNREAL.has(token.lemma) && !(token.lower === 'to' && window[offset - 1]?.pos === 'PROPN' && offset === window.length - 1));
}

/**
 * The verb the sentence is about: its first predicate that is neither a participle describing a noun
 * ("Deposed Libyan dictator …") nor inside a relative clause ("X, who replaced Merkel as party leader, threatens …").
 */
function firstClauseVerb(frame: EventFrame): Predicate | undefined {
  const tokens = frame.tokens;
  return frame.predicates.find((predicate) => {
    const token = tokens[predicate.index];
    const next = tokens[predicate.index + 1];
    const describing = /ed$/.test(token.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(next?.pos ?? '') && (predicate.index === 0 || tokens[predicate.index - 1].pos === 'DET');
    const relative = ['who', 'which', 'that'].includes(tokens[predicate.index - 1]?.lower ?? '');
    return token.pos === 'VERB' && !describing && !relative;
  });
}

/** "the 2022 FIFA World Cup" is not "the 2010 FIFA World Cup": the name with another year and never the asked one. */
function otherYear(question: QuestionFrame, name: NameMention, text: string): boolean {
  const dated = question.datedNames.find((entry) => entry.name === name);
  if (!dated) return false;
  const head = name.surface.replace(/^the\s+/i, '').split(/\s+/)[0];
  const years = [...text.matchAll(new RegExp(`\\b(\\d{4})(?:[–-]\\d{2,4})?\\s+(?:${escapeRegExp(head)})`, 'g'))].map((match) => match[1]);
  return years.length > 0 && !years.includes(dated.year);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function holdsAnswer(question: QuestionFrame, frame: ReturnType<typeof frameOf>, otherNames: { surface: string }[], publishedAt: string | undefined, event: boolean): boolean {
  switch (question.type) {
    case 'when':
      return isDay(publishedAt) || frame.times.length > 0;
    case 'who':
    case 'what':
      return otherNames.length > 0 || (question.type === 'what' && event);
    case 'where':
      return frame.places.length > 0 || otherNames.length > 0;
    case 'how many':
      return frame.quantities.some((quantity) => !question.frame.quantities.some((asked) => asked.value === quantity.value)) || /\d/.test(frame.text.replace(/\b(19|20)\d{2}\b/g, ''));
    case 'why':
      return CAUSE.test(frame.text);
    case 'yes/no':
      // With no event verb ("Did Scotland vote for independence?") its words carry it (isAnswer checks them).
      return event || question.event.length === 0;
    default:
      return true;
  }
}

function timeFit(asked: TimeSlot | undefined, times: TimeSlot[], publishedAt: string | undefined): TimeFit {
  if (!asked) return 'unknown';
  // A year the sentence mentions ("2008 United States presidential election: … wins the primary") cannot place
  // it in an asked month: only times as fine as the asked one count, with the source's day.
  const fine = times.filter((time) => GRANULARITY[time.granularity] <= GRANULARITY[asked.granularity]);
  const day = isDay(publishedAt) ? [daySlot(publishedAt!.slice(0, 10))] : [];
  const slots = fine.length + day.length > 0 ? [...fine, ...day] : times;
  if (slots.length === 0) return 'unknown';
  const gap = Math.min(...slots.map((slot) => gapInDays(slot, asked)));
  return gap === 0 ? 'inside' : gap <= NEAR_DAYS ? 'near' : 'outside';
}

function isDay(value: string | undefined): boolean {
  return Boolean(value && /^\d{4}-\d{2}-\d{2}/.test(value));
}

/** How strongly a sentence meets the frame, 0–1: names first, then the event, then the other words. */
export function frameRelevance(question: QuestionFrame, match: FrameMatch): number {
  const event = match.event ? 1 : match.eventAny ? 0.6 : 0;
  if (question.names.length === 0) return question.event.length > 0 ? 0.45 * event + 0.55 * match.lemmas : match.lemmas;
  if (question.event.length === 0) return 0.6 * match.names + 0.4 * match.lemmas;
  return 0.5 * match.names + 0.3 * event + 0.2 * match.lemmas;
}

/** A sentence that answers the question outright: all its names, the event stated, what is asked, in time. */
export function isAnswer(question: QuestionFrame, match: FrameMatch): boolean {
  const event = question.event.length === 0 ? match.lemmas >= 0.5 : question.type === 'yes/no' ? match.eventAny : match.event;
  return match.names === 1 && event && match.holdsAnswer && match.time !== 'outside';
}
