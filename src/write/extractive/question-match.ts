// How a source sentence meets a question's frame: the question's names it states, whether it asserts the
// asked event (any inflection or synonym of the predicate: "dies" for "die", "death" for "killed"), its
// content lemmas, whether its date fits the question's time, and whether it holds what the question
// type asks for (a date, a count, a name, a place, a reason).
import { frameOf } from '../../understand/frame/event-frame.ts';
import { plainWords } from '../../understand/frame/names.ts';
import { gapInDays, type TimeSlot } from '../../understand/frame/time-slot.ts';
import { namesIn, type QuestionFrame } from '../../understand/question-frame.ts';

export type TimeFit = 'inside' | 'near' | 'outside' | 'unknown';

export interface FrameMatch {
  /** Share of the question's names the sentence states (1 when the question names none). */
  names: number;
  /** The sentence asserts the asked event (not negated, not only planned or threatened). */
  event: boolean;
  /** The sentence speaks of the asked event in any mood ("will join", "refuses to join"). */
  eventAny: boolean;
  /** The asserted event has the question's agent as its agent ("Finland joins NATO" for "When did Finland join NATO?"). */
  role: boolean;
  /** Share of the question's content lemmas the sentence has. */
  lemmas: number;
  time: TimeFit;
  /** It holds what the question type asks for. */
  holdsAnswer: boolean;
}

const NEAR_DAYS = 45;
const UNREAL = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'if', 'whether', 'plan', 'threaten', 'seek', 'want', 'expect', 'propose', 'consider', 'intend']);
const CAUSE = /\b(because|after|citing|cites|due to|over|in protest|in response|amid|following|as a result|in retaliation|to protest|reportedly|for (?:his|her|its|their)|saying|arguing|accus\w+|owing to|so that|in order to)\b/i;

export function matchQuestion(question: QuestionFrame, text: string, publishedAt: string | undefined): FrameMatch {
  const frame = frameOf(text, { publishedAt: isDay(publishedAt) ? publishedAt!.slice(0, 10) : undefined });
  const words = new Set(plainWords(text));
  const matchedNames = question.names.filter((name) => namesIn(words, text, name));
  const names = question.names.length === 0 ? 1 : matchedNames.length / question.names.length;
  const eventPredicates = question.event.length === 0 ? [] : frame.predicates.filter((predicate) => [predicate.lemma, ...predicate.keys].some((key) => question.event.includes(key)));
  const eventLemma = question.event.length > 0 && frame.tokens.some((token) => question.event.includes(token.lemma));
  const lemmasOfText = frame.tokens.map((token) => token.lemma);
  const assertedPredicates = eventPredicates.filter((predicate) => !predicate.negated && !isUnreal(lemmasOfText, predicate.index));
  const asserted = assertedPredicates.length > 0;
  const askedAgents = question.predicate?.agents ?? [];
  const isAmong = (parties: { words: string[]; surface: string }[], asked: QuestionFrame['names']) => parties.some((party) => asked.some((name) => namesIn(new Set(party.words), party.surface, name)));
  const role = askedAgents.length > 0 && assertedPredicates.some((predicate) => isAmong(predicate.agents, askedAgents));
  const lemmas = question.lemmas.length === 0 ? 1 : question.lemmas.filter((lemma) => frame.content.has(lemma) || words.has(lemma)).length / question.lemmas.length;
  const time = timeFit(question.time, frame.times, publishedAt);
  const otherNames = frame.names.filter((name) => !matchedNames.some((matched) => name.words.some((word) => matched.words.includes(word))));
  return { names, event: asserted, role, eventAny: eventPredicates.length > 0 || eventLemma, lemmas, time, holdsAnswer: holdsAnswer(question, frame, otherNames, publishedAt, eventPredicates.length > 0 || eventLemma) };
}

/** "to join", "will join", "plans to join", "threatens to …": the event is not stated as having happened. */
function isUnreal(lemmas: string[], index: number): boolean {
  return lemmas.slice(Math.max(0, index - 3), index).some((lemma) => UNREAL.has(lemma));
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
      return event;
    default:
      return true;
  }
}

function timeFit(asked: TimeSlot | undefined, times: TimeSlot[], publishedAt: string | undefined): TimeFit {
  if (!asked) return 'unknown';
  const slots = [...times, ...(isDay(publishedAt) ? [{ from: publishedAt!.slice(0, 10), to: publishedAt!.slice(0, 10), granularity: 'day' as const, text: '', index: -1 }] : [])];
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
