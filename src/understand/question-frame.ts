// What a question asks, read on the same event frame as claims and evidence: its type (when, who, how
// many, why, positions …), the names it is about (kept whole: "Roe v. Wade", "Osama bin Laden"), the
// event it asks about (predicate lemma and event groups), a soft time constraint and its content lemmas.
import { aliasesOf } from '../actors/actors.ts';
import { type EventFrame, frameOf, type Predicate } from './frame/event-frame.ts';
import { type NameMention, plainWords } from './frame/names.ts';
import type { TimeSlot } from './frame/time-slot.ts';

export const QUESTION_TYPES = ['when', 'who', 'what', 'where', 'how many', 'why', 'how', 'yes/no', 'positions', 'compare', 'what happened'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuestionFrame {
  type: QuestionType;
  frame: EventFrame;
  /** Named entities, whole, without dates ("in September 2022" is a time, not a name). */
  names: NameMention[];
  /** When the question places the event: preferred in ranking, required only for a direct answer. */
  time?: TimeSlot;
  predicate?: Predicate;
  /** The predicate's lemma and event groups ("die" → kill): a source's "dies", "killed" or "death" matches. */
  event: string[];
  /** Content lemmas other than question words, names and times. */
  lemmas: string[];
  /** The noun a "how many" / "which" question counts or picks ("people", "ship"). */
  focus?: string;
}

/** Verbs and nouns that ask who stands where: "who condemned", "how did X react", "which countries opposed". */
const POSITION_LEMMAS = new Set(['support', 'oppose', 'back', 'reject', 'recognise', 'recognize', 'condemn', 'react', 'respond', 'criticize', 'criticise', 'welcome', 'object', 'endorse', 'denounce', 'position', 'stance', 'view', 'reaction', 'response']);
const QUESTION_LEMMAS = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'many', 'much', 'happen', 'do', 'be', 'have', 'year', 'date', 'day', 'share', 'margin']);
const HOW_MANY = /^(how (many|much|old|long|far|large|big|high)|what (share|percentage|proportion|number|was the (magnitude|death toll|score|margin|toll|turnout|price))|by (how much|what margin))\b/i;

function typeOf(question: string, frame: EventFrame): QuestionType {
  const text = question.trim();
  const lemmas = frame.tokens.map((token) => token.lemma);
  // "What did the court decide about X?" asks for an account, not one fact.
  if (/^what (has |have )?(happened|happens)\b|\btimeline\b|^what (is|was) (the )?(story|background)\b|^what (did|does|do|has|have) (?!.*\b(name|call)\b)/i.test(text)) return 'what happened';
  if (/\b(compare|versus|vs\.?|difference between)\b/i.test(text)) return 'compare';
  const asksWho = /^(who|which|what|how (did|do|does|have|has))\b/i.test(text) && !/^how (many|much)\b/i.test(text);
  if (asksWho && (lemmas.some((lemma) => POSITION_LEMMAS.has(lemma)) || /\bfor or against\b|\bin favou?r\b|\bsay about\b/i.test(text))) return 'positions';
  if (HOW_MANY.test(text)) return 'how many';
  if (/^(when|what (year|date|day|month)|(in|on) (which|what) (year|date|day|month))\b/i.test(text)) return 'when';
  if (/^(where|in (which|what) (city|country|town|place|region))\b/i.test(text)) return 'where';
  if (/^why\b|^for what reason\b|^what (caused|led to)\b/i.test(text)) return 'why';
  if (/^(who|whom|whose)\b/i.test(text)) return 'who';
  if (/^how\b/i.test(text)) return 'how';
  if (/^(what|which)\b/i.test(text)) return 'what';
  if (/^(is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i.test(text)) return 'yes/no';
  return 'what';
}

/** "How many people", "Which ship", "What share of the vote": the noun asked about. */
function focusOf(frame: EventFrame): string | undefined {
  const tokens = frame.tokens;
  for (let index = 0; index < Math.min(tokens.length, 5); index++) {
    const token = tokens[index];
    if (token.pos === 'NOUN' && !QUESTION_LEMMAS.has(token.lemma)) return token.lemma;
    if (token.pos === 'VERB' || token.pos === 'PROPN') return token.lemma === 'old' ? 'age' : undefined;
  }
  return /^how old\b/i.test(frame.text) ? 'age' : undefined;
}

const cache = new Map<string, QuestionFrame>();

export function questionFrameOf(question: string): QuestionFrame {
  const cached = cache.get(question);
  if (cached) return cached;
  const frame = frameOf(question);
  const timeWords = new Set(frame.times.flatMap((time) => plainWords(time.text)));
  const names = frame.names.filter((name) => !name.words.every((word) => timeWords.has(word) || /^\d+$/.test(word)));
  const nameWords = new Set(names.flatMap((name) => plainWords(name.surface)));
  const predicate = frame.main && !QUESTION_LEMMAS.has(frame.main.lemma) ? frame.main : undefined;
  const lemmas = [...frame.content].filter((lemma) => !QUESTION_LEMMAS.has(lemma) && !nameWords.has(lemma) && !timeWords.has(lemma) && !/^\d+$/.test(lemma));
  const result: QuestionFrame = {
    type: typeOf(question, frame),
    frame,
    names,
    time: frame.times.at(-1),
    predicate,
    event: predicate ? [...new Set([predicate.lemma, ...predicate.keys])] : [],
    lemmas,
    focus: focusOf(frame),
  };
  if (cache.size > 500) cache.clear();
  cache.set(question, result);
  return result;
}

/** Factual questions get a direct answer and a short report; broad ones a full report. */
export function isFactual(type: QuestionType): boolean {
  return ['when', 'who', 'what', 'where', 'how many', 'yes/no'].includes(type);
}

/**
 * Whether a text names a question's name: all its words, an alias of its gazetteer actor, or a person's
 * surname ("Macron" for "Emmanuel Macron").
 */
export function namesIn(textWords: Set<string>, text: string, name: NameMention): boolean {
  if (name.words.length > 0 && name.words.every((word) => textWords.has(word))) return true;
  if (name.actor && aliasesOf(name.actor).some((alias) => alias.length > 2 && new RegExp(`\\b${escapeRegExp(alias)}\\b`).test(text))) return true;
  const last = name.words.at(-1);
  return name.words.length >= 2 && !name.actor && last !== undefined && last.length > 3 && textWords.has(last) && /^\p{Lu}/u.test(name.surface.split(/\s+/).at(-1) ?? '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
