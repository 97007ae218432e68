// When: a time in the claim's main clause against the source's times and its day (an event the source names as
// known, or looks back to, is not dated by it), and a year that names a thing ("the 2007 FIFA World Cup").
import { type EventFrame, MONTH_WORD, type Predicate } from '../language/event-frame.ts';
import { DEMONYM_ENDING } from '../language/names.ts';
import { gapInDays, REPORTING_LAG_DAYS, type TimeSlot, YEAR } from '../language/time-slot.ts';
import type { SlotResult } from './slots.ts';
import { hasWord } from './theme-words.ts';

const TIME_CLAUSE_OPENERS = new Set(['when', 'as', 'after', 'while', 'before', 'during', 'because']);

function belongsToMain(frame: EventFrame, index: number): boolean {
  const main = frame.main;
  if (!main) return true;
  const governing = frame.predicates.filter((predicate) => predicate.index < index).at(-1);
  if (!governing || governing === main || governing.index < main.index) return true;
  // A date set off after a dash or in brackets at the end dates the whole headline ("… which he denies – February 2015").
  const before = frame.tokens[index - 1]?.text ?? '';
  if (/^[-–—(]$/.test(before) || (/^(in|on)$/i.test(before) && /^[-–—(]$/.test(frame.tokens[index - 2]?.text ?? ''))) return true;
  // Only a clause that describes a noun takes the time away: "a field discovered in 2007", "a deal which was signed in 2015".
  // A clause of time or cause ("died when two trains collided … in March 2015") dates the event itself.
  const tokens = frame.tokens;
  if (tokens.slice(main.index + 1, governing.index).some((token) => TIME_CLAUSE_OPENERS.has(token.lower))) return true;
  const reducedRelative = tokens[governing.index].pos === 'VERB' && /(ed|en)$/.test(tokens[governing.index].lower) && tokens[governing.index - 1]?.pos === 'NOUN';
  const relative = tokens.slice(Math.max(0, governing.index - 3), governing.index).some((token) => ['which', 'that', 'who', 'whose'].includes(token.lower));
  return !(reducedRelative || relative);
}

function formatTime(slot: TimeSlot): string {
  return slot.granularity === 'year' ? slot.from.slice(0, 4) : slot.granularity === 'month' ? slot.from.slice(0, 7) : slot.from;
}

/** Words before a time that bound the event rather than date it ("by 2033", "until 2013", "since 2010"). */
export const BOUNDS = new Set(['by', 'until', 'till', 'before', 'after', 'since']);

export function compareTimes(claim: EventFrame, source: EventFrame, predicate?: Predicate): SlotResult[] {
  // "in response to the invasion", "to discuss Putin's invasion": an event the sentence names as already known is
  // not dated by the day the sentence reports something else.
  // Such a sentence, and one that looks back to a past year ("since Russia invaded Ukraine in 2022", said in 2024),
  // may place the event but cannot date it finer: the slot stays unstated, with what the sentence gives as its
  // source, and the sentence backs nothing (judge-claim's classify).
  const known = predicate !== undefined && (knownEvent(source, predicate) || describedThing(source, predicate));
  const day = known ? undefined : source.day;
  const sourceTimes = [...source.times.filter((time) => time.granularity !== 'year'), ...(day ? [day] : [])];
  const fallback = sourceTimes.length > 0 ? sourceTimes : source.times;
  const past = source.times.filter((other) => other.granularity === 'year' && day !== undefined && gapInDays(other, day) > 0);
  // "pumping oil from a field discovered in 2007": a time inside another verb's clause is that verb's.
  const ownTimes = claim.times.filter((time) => belongsToMain(claim, time.index));
  // "separated twin boys joined at the head in October 2016": a time at the end after a participle's phrase may
  // date either; it dates the event where the source's day agrees, and refutes nothing where it does not.
  const last = claim.tokens.findLastIndex((token) => token.pos !== 'PUNCT');
  const agreeing = claim.times.flatMap((time): SlotResult[] => {
    const same = !ownTimes.includes(time) && time.index + time.text.split(/\s+/).length - 1 >= last ? fallback.find((other) => gapInDays(time, other) === 0) : undefined;
    return same ? [{ slot: 'date', outcome: 'match', claim: time.text, source: formatTime(same) }] : [];
  });
  return [...agreeing, ...ownTimes.map((time): SlotResult => {
    if (fallback.length === 0) return known && source.day ? { slot: 'date', outcome: 'unstated', claim: time.text, source: `before ${formatTime(source.day)}` } : { slot: 'date', outcome: 'unstated', claim: time.text };
    const lag = time.granularity === 'day' ? REPORTING_LAG_DAYS : 0;
    const near = fallback.find((other) => gapInDays(time, other) <= lag);
    // A year the source names as the event's time ("in 2019") also counts.
    const year = source.times.find((other) => other.granularity === 'year' && gapInDays(time, other) === 0 && time.granularity === 'year');
    if (near || year) return { slot: 'date', outcome: 'match', claim: time.text, source: formatTime(near ?? year!) };
    if (past.length > 0) {
      const told = past.find((other) => gapInDays(time, other) === 0);
      return told ? { slot: 'date', outcome: 'unstated', claim: time.text, source: formatTime(told) } : { slot: 'date', outcome: 'conflict', claim: time.text, source: formatTime(past[0]) };
    }
    // A deadline or a bound ("aims for 500,000 births a year by 2033", "delayed until 2013") is not when the
    // event was reported, unless the source has it a year past the bound ("had climbed to 126 by 9 July 2015" /
    // "rises to 126" in 2018), or a year before one it comes after ("since 2020" / reported in 2018).
    const bound = claim.tokens[time.index - 1]?.lower ?? '';
    if (BOUNDS.has(bound)) {
      const [stated, limit] = [Number(fallback.at(-1)!.from.slice(0, 4)), Number(time.from.slice(0, 4))];
      const outside = ['by', 'before'].includes(bound) ? stated > limit : ['after', 'since'].includes(bound) && stated < limit;
      return outside ? { slot: 'date', outcome: 'conflict', claim: time.text, source: formatTime(fallback.at(-1)!) } : { slot: 'date', outcome: 'unstated', claim: time.text };
    }
    return { slot: 'date', outcome: 'conflict', claim: time.text, source: formatTime(fallback.at(-1)!) };
  })];
}

/**
 * "… by abolishing the checkpoint arranged in the Igoeti sector": a past participle describing a thing the sentence
 * names with "the", outside its own event, tells what was done to it before; the day does not date that.
 */
function describedThing(source: EventFrame, predicate: Predicate): boolean {
  const { index } = predicate;
  const token = source.tokens[index];
  if (index === source.main?.index || !token || !/(ed|en)$/.test(token.lower) || token.lower === token.lemma || source.tokens[index - 1]?.pos !== 'NOUN' || source.tokens[index + 1]?.pos !== 'ADP') return false;
  let back = index - 2;
  while (back > 0 && ['ADJ', 'NOUN', 'PROPN'].includes(source.tokens[back].pos)) back--;
  return source.tokens[back]?.lower === 'the' && source.tokens[back - 1]?.pos === 'VERB';
}

/**
 * An event noun the sentence names as known (its main event, too, where the tagger took the verb for a noun: "People
 * protest over the U.S. killing of …"): after "the" or a named possessor, inside a preposition's phrase or after a
 * verb of talking about it ("in response to the invasion", "since the beginning of the Russian invasion", "to discuss
 * Putin's invasion"); not "announces his resignation", the sentence's own news.
 */
function knownEvent(source: EventFrame, predicate: Predicate): boolean {
  // A noun, or a gerund used as one ("over the U.S. killing of …").
  const nominal = source.tokens[predicate.index]?.pos === 'NOUN' || /ing$/.test(source.tokens[predicate.index]?.lower ?? '');
  if (!nominal) return false;
  let back = predicate.index - 1;
  // Describing words and names ("the Russian invasion", "the U.S. killing of …"); not before a plural that may be a
  // verb the tagger read as a noun ("after the Duma votes in favour").
  const token = source.tokens[predicate.index];
  const verbLike = token.lower !== token.lemma && /s$/.test(token.lower);
  while (back > 0 && (source.tokens[back].pos === 'ADJ' || (source.tokens[back].pos === 'PROPN' && (!verbLike || DEMONYM_ENDING.test(source.tokens[back].lower))))) back--;
  const determiner = source.tokens[back];
  // "warns of the consequences of exit", "the possibility of another referendum": an event talked of.
  const of = determiner?.lower === 'of' ? back : ['the', 'a', 'an'].includes(determiner?.lower ?? '') && source.tokens[back - 1]?.lower === 'of' ? back - 1 : -1;
  if (of > 0 && TALKED_OF.has(source.tokens[of - 1]?.lemma ?? '')) return true;
  const named = /^['’]s$/.test(determiner?.text ?? '');
  if (named) while (back > 0 && source.tokens[back - 1].pos === 'PROPN') back--;
  // "after their EU exit": a possessive before it, after a preposition of time, names an event the day does not date.
  const before = source.tokens[back - 1];
  const owned = POSSESSIVE_PRONOUNS.has(determiner?.lower ?? '') && TIME_PREPOSITIONS.has(before?.lower ?? '');
  if (!determiner || !(determiner.lower === 'the' || named || owned)) return false;
  // A preposition of its own ("in response to"), not a verb's ("resulting in the deaths", "is on the rise").
  const own = before?.pos === 'ADP' && !['VERB', 'AUX'].includes(source.tokens[back - 2]?.pos ?? '');
  return before !== undefined && (own || (before.pos === 'VERB' && TALKED_ABOUT.has(before.lemma)));
}

const POSSESSIVE_PRONOUNS = new Set(['their', 'its', 'his', 'her', 'our']);
/** Nouns an event is talked of after ("the consequences of exit", "the possibility of a referendum"). */
const TALKED_OF = new Set(['consequence', 'possibility', 'prospect', 'risk', 'threat', 'idea', 'question', 'issue', 'cost', 'impact', 'effect', 'danger', 'fear', 'plan', 'process', 'debate', 'discussion', 'anniversary', 'aftermath', 'wake', 'memory', 'implication', 'scenario', 'event', 'ratification', 'approval']);
const TIME_PREPOSITIONS = new Set(['after', 'before', 'until', 'following', 'upon', 'since']);

/** Verbs of talking about or reacting to an event that is already known. */
const TALKED_ABOUT = new Set(['discuss', 'condemn', 'protest', 'denounce', 'criticize', 'criticise', 'mark', 'commemorate', 'debate']);

/**
 * A year that names a thing rather than dates the event ("the 2007 FIFA World Cup", "his 1998 praise"):
 * where the source puts another year before the same word, it is a changed date.
 */
export function compareNamedYears(claim: EventFrame, source: EventFrame): SlotResult[] {
  const results: SlotResult[] = [];
  claim.tokens.forEach((token, index) => {
    const next = claim.tokens[index + 1];
    // "due out at Christmas 2011" against "scheduled for Christmas 2014": a year after the same word.
    const before = claim.tokens[index - 1];
    // Not a month ("September 2020" against "between September 2018 and …"): dates are compared as times.
    if (YEAR.test(token.text) && before && /^\p{Lu}/u.test(before.text) && !MONTH_WORD.test(before.text) && !source.tokens.some((other) => other.text === token.text)) {
      const after = source.tokens.find((other, at) => YEAR.test(other.text) && source.tokens[at - 1]?.lower === before.lower);
      if (after) return results.push({ slot: 'date', outcome: 'conflict', claim: `${before.text} ${token.text}`, source: `${before.text} ${after.text}` });
    }
    if (!YEAR.test(token.text) || !next || !/\p{L}/u.test(next.text)) return;
    // "the 2008 presidential election" / "the 2008 United States presidential election": the thing, of that year.
    if (source.tokens.some((other) => other.text === token.text)) {
      const named = claim.times.every((time) => time.index !== index) && ['ADJ', 'NOUN'].includes(next.pos) && hasWord(source, next.lemma);
      if (named) results.push({ slot: 'date', outcome: 'match', claim: `${token.text} ${next.text}`, source: token.text });
      return;
    }
    // "the 2005 attacks on Mumbai" / "the 2008 Mumbai attacks": a name may come between the year and its word.
    const thing = (at: number) => {
      for (let word = at + 1; word <= at + 4; word++) {
        if (source.tokens[word]?.lower === next.lower) return true;
        if (source.tokens[word]?.pos !== 'PROPN') return false;
      }
      return false;
    };
    const rival = source.tokens.find((other, at) => YEAR.test(other.text) && thing(at));
    if (rival) return results.push({ slot: 'date', outcome: 'conflict', claim: token.text, source: rival.text });
    // "arrested during a 2008 demonstration": the named year sets the claim's event, so a source that has the
    // demonstration, names no year and was reported years later is about another one.
    const setting = ['during', 'at', 'in', 'amid'].includes(claim.tokens[index - 2]?.lower ?? '') && ['a', 'an', 'the'].includes(claim.tokens[index - 1]?.lower ?? '');
    const reported = Number(source.day?.from.slice(0, 4));
    if (setting && reported && !source.tokens.some((other) => YEAR.test(other.text)) && hasWord(source, next.lemma) && Math.abs(reported - Number(token.text)) > 1) results.push({ slot: 'date', outcome: 'conflict', claim: token.text, source: String(reported) });
  });
  return results;
}
