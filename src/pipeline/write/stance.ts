// Who is the subject of a sentence, and which way the sentence pushes that actor's stance on the proposition.
import { findActors } from '../../shared/actors/actors.ts';
import type { Stance } from '../../contracts/schema.ts';
import { STANCE_HEDGE, STANCE_OPPOSE, STANCE_PHRASES, STANCE_SUPPORT } from '../../shared/language/lexicon.ts';
import { stem } from '../../shared/text/tokens.ts';

const PREPOSITION_BEFORE = /\b(by|of|from|with|to|against|on|for|in|into|at|between|over|toward|towards|about)\s+(the\s+)?$/i;
const SUBJECT_WINDOW_WORDS = 12;
/** "The President of the United States ..." names its actor through a title. */
const TITLE_OF = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(president|prime minister|government|parliament|minister|ministry|leader|king|queen|chancellor|people|foreign minister|embassy)\s+of\s+(the\s+)?$/iu;

/** Words after a country's name that keep it the speaker ("U.S. President", "Russian Ministry"). */
const SPEAKER_AFTER = /^\s+(?:President|Prime|Minister|Ministry|Foreign|Government|Parliament|Secretary|Chancellor|King|Queen|Army|Armed|Defence|Defense|Embassy|Senate|Congress|Supreme Leader|Leader|Vice|Deputy|Ambassador|Navy|Air Force|Cabinet|Council|officials?|leaders?|authorities)\b/;

/** "Paris Agreement", "U.S. Consulate", "Greenland framework": a name inside a longer name is a thing, not a speaker. */
function isInsideOtherName(sentence: string, end: number): boolean {
  const after = sentence.slice(end);
  return /^\s+[A-Z][\p{L}]+/u.test(after) && !SPEAKER_AFTER.test(after);
}

/**
 * The actor a sentence is about: a person who opens it and belongs to no country of the gazetteer ("Elon
 * Musk quits …"), else the first actor named near the start, not inside a prepositional phrase nor another name.
 */
export function subjectActor(sentence: string, askedNames: string[] = []): string | undefined {
  return subjectActors(sentence, askedNames)[0];
}

/**
 * Every actor the sentence's subject names: "Canada and Japan recognize …", "United States President George W.
 * Bush, UK Prime Minister Tony Blair, and South Korean President Roh … condemn …". A name the question asks
 * about opening the sentence is a speaker even when the gazetteer does not know it ("Catalonia declares …").
 */
export function subjectActors(sentence: string, askedNames: string[] = []): string[] {
  const person = personActor(sentence);
  if (person) return [person];
  const asked = askedNames.find((name) => name.length > 2 && new RegExp(`^(?:the\\s+)?${escapeRegExp(name)}\\s+(?:[a-z]+ly\\s+)?[a-z]+s\\b`, 'u').test(sentence));
  const countries = countryActors(sentence);
  if (asked && !countries.includes(asked) && findActors(asked).length === 0) return [asked, ...countries.filter((country) => country !== asked)];
  return countries;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function personActor(sentence: string): string | undefined {
  const match = sentence.match(/^(?:([A-Z][\p{L}]+) (?:CEO|founder|chairman|leader|president) )?((?:[A-Z][\p{L}'’-]+ ){1,2}[A-Z][\p{L}'’-]+)\s+(?:[a-z]+ly\s+)?[a-z]+s\b/u);
  const name = match?.[2];
  // "Taiwanese president Lai Ching-te states …" speaks for Taiwan, "Disney CEO Bob Iger" for himself.
  if (match?.[1] && findActors(match[1]).length > 0) return undefined;
  return name && findActors(name).length === 0 ? name : undefined;
}

/** A title and a person's name between two coordinated actors ("United States President George W. Bush, UK …"). */
const COORDINATION = /^(?:\s+(?:[A-Z][\p{L}.'’-]*|of|the))*\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/u;

function countryActors(sentence: string): string[] {
  let insidePhrase = false;
  const subjects: { name: string; end: number }[] = [];
  for (const mention of findActors(sentence)) {
    const before = sentence.slice(0, mention.index);
    const last = subjects.at(-1);
    if (last) {
      // Once the subject is found, only actors coordinated with it join it.
      const between = sentence.slice(last.end, mention.index);
      // "United States President George W. Bush": the same actor again, through its title.
      if (mention.actor.name === last.name && /^(?:\s+(?:[A-Z][\p{L}.'’-]*|of|the))*\s*$/u.test(between)) last.end = mention.index + mention.surface.length;
      else if (!COORDINATION.test(between)) break;
      else if (!subjects.some((subject) => subject.name === mention.actor.name)) subjects.push({ name: mention.actor.name, end: mention.index + mention.surface.length });
      continue;
    }
    if (before.split(/\s+/).filter(Boolean).length > SUBJECT_WINDOW_WORDS) break;
    if (isInsideOtherName(sentence, mention.index + mention.surface.length)) continue;
    // "drafted by Ukraine and Russia": the second name sits in the same prepositional phrase.
    const coordinated: boolean = insidePhrase && /(?:\band|\bor|,)\s*$/.test(before);
    insidePhrase = (PREPOSITION_BEFORE.test(before) && !TITLE_OF.test(before)) || coordinated;
    if (insidePhrase) continue;
    subjects.push({ name: mention.actor.name, end: mention.index + mention.surface.length });
  }
  return subjects.map((subject) => subject.name);
}

/** Verbs that state opposition outright; a hedge next to them does not make the stance cautious. */
const STRONG_OPPOSE = new Set(['oppose', 'opposes', 'opposed', 'reject', 'rejects', 'rejected', 'block', 'blocks', 'blocked', 'veto', 'vetoes', 'vetoed', 'warn', 'warns', 'warned', 'condemn', 'condemns', 'refuse', 'refuses', 'refused', 'object', 'objects', 'against', 'threatens', 'unacceptable']);

const BECOMING = new Set(['a', 'as', 'become', 'becoming', 'full']);

/** A proposition word; "member" counts only as "a member" / "become ... member", and "MAP" only in capitals. */
function isAnchor(word: string, before: string[], propositionStems: Set<string>): boolean {
  const key = stem(word.toLowerCase().replace(/['’]s$/, ''));
  if (key === 'map') return word === 'MAP' && propositionStems.has('map');
  if (key === 'member' && propositionStems.has('join')) return before.some((previous) => BECOMING.has(previous.toLowerCase()));
  return propositionStems.has(key);
}

/** Plain negation: it flips what follows but is no stance of its own. */
const NEGATORS = new Set(['not', 'no', 'never', 'cannot']);

/** Opposition words that say how, never flipping another: "threatens to block", "quits in protest". */
const INTENSIFIERS = new Set(['threatens', 'threaten', 'threatened', 'threat', 'warns', 'warn', 'warned', 'quits', 'resigning', 'protest', 'protests', 'condemns', 'condemn', 'condemned', 'condemning', 'denounces', 'denounced', 'criticises', 'criticizes', 'criticised', 'criticized']);

/** Two opposition words in one list ("condemns and rejects", "rejects, condemns") are one opposition. */
function joined(span: { word: string }[], left: number, right: number): boolean {
  return right - left <= 2 && span.slice(left + 1, right).every(({ word }) => /^(and|or)$/i.test(word));
}

export interface StanceReading {
  stance: Exclude<Stance, 'mixed' | 'unclear'>;
  cues: string[];
}

/**
 * Reads the stance between the subject and the first word of the proposition ("join", "membership"):
 * each negating or opposing cue flips the polarity ("rejects ... barred from joining" supports),
 * hedges make it cautious. No cue, or no proposition word, means no reading.
 */
export function readStance(sentence: string, propositionStems: Set<string>): StanceReading | undefined {
  const words = [...sentence.matchAll(/[\p{L}\p{N}'’-]+/gu)].map((match) => ({ word: match[0], index: match.index }));
  const anchors = words.flatMap(({ word }, index) => (isAnchor(word, words.slice(Math.max(0, index - 2), index).map((entry) => entry.word), propositionStems) ? [index] : []));
  // The first proposition word with a cue before it: in "Musk quits … in protest at the withdrawal", "quits" is
  // the subject's own act, "withdrawal" what the protest is about.
  for (const anchor of anchors) {
    const reading = readBefore(sentence, words, anchor);
    if (reading) return reading;
  }
  return undefined;
}

function readBefore(sentence: string, words: { word: string; index: number }[], anchor: number): StanceReading | undefined {
  const span = words.slice(0, anchor);
  const spanText = sentence.slice(0, words[anchor].index);
  let polarity = 1;
  let support = false;
  let hedge = false;
  const cues: string[] = [];
  let strong = false;
  let previousOppose = -10;
  for (const [position, { word }] of span.entries()) {
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (word === 'May') continue; // the month, not the hedge
    if (STRONG_OPPOSE.has(lower)) strong = true;
    if (STANCE_OPPOSE.has(lower) || lower.endsWith("n't")) {
      // A threat or a protest names how an actor opposes, not a second negation: "threatens to block",
      // "quits … in protest at", "condemns and rejects" are each one opposition.
      const repeats = INTENSIFIERS.has(lower) || (previousOppose >= 0 && (INTENSIFIERS.has(span[previousOppose].word.toLowerCase()) || joined(span, previousOppose, position)));
      if (!repeats || polarity > 0) polarity = repeats ? -1 : -polarity;
      previousOppose = position;
      cues.push(word);
    } else if (STANCE_SUPPORT.has(lower)) [support, cues.length] = [true, cues.push(word)];
    else if (STANCE_HEDGE.has(lower)) [hedge, cues.length] = [true, cues.push(word)];
  }
  for (const [pattern, direction] of STANCE_PHRASES) {
    const match = spanText.match(pattern);
    if (!match) continue;
    cues.push(match[0]);
    if (direction === 'oppose') [polarity, strong] = [-polarity, true];
    else if (direction === 'support') support = true;
    else hedge = true;
  }
  if (cues.length === 0) return undefined;
  // A hedge softens a plain "not" or "dropping" into caution, but not an explicit warning or veto.
  if (polarity < 0) return { stance: hedge && !strong ? 'cautious' : 'opposes', cues };
  if (hedge && !support) return { stance: 'cautious', cues };
  // "does not intend to implement retaliatory tariffs": holding back from opposing is restraint, not support.
  if (!support && cues.some((cue) => NEGATORS.has(cue.toLowerCase()) || cue.toLowerCase().endsWith("n't"))) return { stance: 'cautious', cues };
  return { stance: 'supports', cues };
}
