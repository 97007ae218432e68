// What a question asks, read on the same event frame as claims and evidence: its type (when, who, how
// many, why, positions …), the names it is about (kept whole: "Roe v. Wade", "Osama bin Laden"), the
// event it asks about (predicate lemma and event groups), a soft time constraint and its content lemmas.
import { aliasesOf } from '../actors/actors.ts';
import { type EventFrame, frameOf, type Predicate } from './event-frame.ts';
import { type NameMention, plainWords } from './names.ts';
import { isKnownPredicate, senseOf } from './predicates.ts';
import type { TimeSlot } from './time-slot.ts';
import { eventAliasesOf, incidentGroupOf } from './lexicon.ts';

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
  /**
   * Names that qualify an office ("Prime Minister of the United Kingdom"): a sentence naming the office
   * ("Keir Starmer becomes Prime Minister") states them, so they are met by the office's words too.
   */
  offices: { name: NameMention; office: string[] }[];
  /** What the event is done to or as, when it is a plain noun after the verb ("elected pope"): an answer states it. */
  complement: string[];
  /** Names the question dates as a thing ("the 2010 FIFA World Cup"): the same name with another year is another thing. */
  datedNames: { name: NameMention; year: string }[];
  /** The verb the question frames its event with ("vote to leave"): "votes to leave" in a source reports it done. */
  framingVerb?: string;
  /** Kinds of incident the question asks about ("the Lisbon earthquake"): an answer must report one of that kind. */
  incidents: string[][];
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
  const predicate = asked(eventPredicate(frame), frame);
  const focus = focusOf(frame);
  const lemmas = [...frame.content].filter((lemma) => !QUESTION_LEMMAS.has(lemma) && !nameWords.has(lemma) && !timeWords.has(lemma) && !/^\d+$/.test(lemma));
  const result: QuestionFrame = {
    type: typeOf(question, frame),
    frame,
    names,
    time: frame.times.at(-1),
    predicate,
    event: predicate ? eventWords(predicate) : [],
    lemmas,
    focus,
    offices: officesOf(frame, names),
    complement: predicate ? complementOf(frame, predicate) : [],
    datedNames: names.flatMap((name) => {
      const year = frame.text.slice(0, name.start).match(/\b(1[89]\d{2}|20\d{2})\s+$/)?.[1];
      return year ? [{ name, year }] : [];
    }),
    framingVerb: predicate ? framingVerbOf(frame, predicate) : undefined,
    incidents: [...new Set(frame.tokens.filter((token) => token.pos === 'NOUN' && token.lemma !== focus).map((token) => incidentGroupOf(token.lemma)))].filter((group) => group !== undefined),
  };
  if (cache.size > 500) cache.clear();
  cache.set(question, result);
  return result;
}

/**
 * The asked event: the main predicate, unless it only frames another one ("how many ballots did the conclave
 * need to elect …" asks about electing): then the question's first predicate that names a known event.
 */
function eventPredicate(frame: EventFrame): Predicate | undefined {
  const main = frame.main && !QUESTION_LEMMAS.has(frame.main.lemma) ? frame.main : undefined;
  if (main && isKnownPredicate(main.lemma)) return main;
  return frame.predicates.find((predicate) => predicate !== main && isKnownPredicate(predicate.lemma) && !QUESTION_LEMMAS.has(predicate.lemma)) ?? main;
}

/**
 * A question puts its passive's auxiliary first ("Where was Muammar Gaddafi killed?"): the name between "was"
 * and the participle is who it was done to, unless a "by" names who did it.
 */
function asked(predicate: Predicate | undefined, frame: EventFrame): Predicate | undefined {
  if (!predicate || predicate.agents.length === 0) return predicate;
  const tokens = frame.tokens;
  const auxiliary = tokens.findIndex((token, index) => index < predicate.index && token.lemma === 'be');
  const participle = tokens[predicate.index]?.text.toLowerCase().match(/(ed|en|wn|t)$/) !== null;
  const byAgent = tokens.some((token, index) => index > predicate.index && token.lower === 'by');
  if (auxiliary < 0 || !participle || byAgent || auxiliary > predicate.agents[0].index) return predicate;
  return { ...predicate, passive: true, agents: [], patients: [...predicate.agents, ...predicate.patients] };
}

/** The predicate's lemma and event groups, and the events a question's verb stands for ("pay for" → buy). */
function eventWords(predicate: Predicate): string[] {
  const aliases = eventAliasesOf(predicate.lemma).flatMap((alias) => [alias, ...senseOf(alias).keys]);
  return [...new Set([predicate.lemma, ...predicate.keys, ...aliases])];
}

/** The nouns right after the event's verb, before any preposition ("elected pope in May" → pope), names aside. */
function complementOf(frame: EventFrame, predicate: Predicate): string[] {
  const lemmas: string[] = [];
  for (const token of frame.tokens.slice(predicate.index + 1)) {
    if (['DET', 'ADJ', 'PRON'].includes(token.pos) && lemmas.length === 0) continue;
    if (token.pos !== 'NOUN' || QUESTION_LEMMAS.has(token.lemma)) break;
    lemmas.push(token.lemma);
  }
  return lemmas;
}

/** "did the UK vote to leave": the verb before "to" and the event. */
function framingVerbOf(frame: EventFrame, predicate: Predicate): string | undefined {
  const [verb, to] = [frame.tokens[predicate.index - 2], frame.tokens[predicate.index - 1]];
  return to?.lower === 'to' && verb && (verb.pos === 'VERB' || verb.pos === 'NOUN') ? verb.lemma : undefined;
}

const OFFICE_OF = /\b(prime minister|president|vice president|chancellor|king|queen|pope|governor|mayor|premier|secretary[- ]general|chief executive|ceo|chairman|chair|emperor|monarch|coach|manager|captain|speaker|head of state|head of government|leader)\s+of\s+(?:the\s+)?$/i;

function officesOf(frame: EventFrame, names: NameMention[]): { name: NameMention; office: string[] }[] {
  return names.flatMap((name) => {
    const office = frame.text.slice(0, name.start).match(OFFICE_OF)?.[1];
    return office ? [{ name, office: plainWords(office) }] : [];
  });
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
