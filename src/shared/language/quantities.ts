// Numbers an event states, with what they count ("30 people", "7.8 magnitude", "25%", "second term").
import type { Token } from './nlp.ts';
import { YEAR } from './time-slot.ts';

/** Nouns of time, which end a count's compound rather than head it. */
const TIME_NOUNS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'day', 'week', 'month', 'year', 'morning', 'evening', 'night', 'weekend', 'hour', 'minute']);

export interface Quantity {
  value: number;
  /** The counted noun's lemma ("people", "percent"), when the sentence says it. */
  unit?: string;
  ordinal: boolean;
  /** "stage 2", "age 95": a numeral after its noun, which an ordinal of that value ("the second stage") states too. */
  series?: boolean;
  text: string;
  index: number;
  /** "more than 30" (min), "fewer than 30" (max), "about 30" (about); exact when absent. */
  bound?: 'min' | 'max' | 'about';
  /** The verb whose count it is ("killing two people and injuring 23": kill, injure), when next to it. */
  verb?: string;
}

const BOUNDS: [RegExp, Quantity['bound']][] = [
  [/(more|greater|higher) than$|^(over|above|exceeding)$|at least$/, 'min'],
  [/(less|fewer|lower) than$|^(under|below)$|at most$|up to$/, 'max'],
  [/^(about|around|approximately|roughly|nearly|almost|some|circa|approx\.?|estimated|an estimated)$/, 'about'],
];

/** The hedge before a number: the two words before it, as one phrase. */
function boundBefore(tokens: Token[], index: number): Quantity['bound'] {
  const one = tokens[index - 1]?.lower ?? '';
  const two = `${tokens[index - 2]?.lower ?? ''} ${one}`;
  return BOUNDS.find(([pattern]) => pattern.test(two) || pattern.test(one))?.[1];
}

// Without a prototype: "constructor" or "toString" in a text is no number.
const WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, dozens: 24,
});
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const ORDINALS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
});
const SCALES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9, k: 1e3 });
const SKIP_TO_UNIT = new Set(['ADJ', 'ADV', 'NUM']);
/** Between a verb and its count ("killing at least 17 people"), or a count and its verb ("23 people were killed"). */
const BEFORE_COUNT = new Set(['ADV', 'ADJ', 'DET', 'ADP', 'SCONJ']);
const AFTER_COUNT = new Set(['NOUN', 'ADJ', 'ADV', 'AUX', 'PART']);

/**
 * The verb a count belongs to: the verb just before it ("killing two people", "injuring at least 23"), else
 * the verb just after it and its noun ("23 people were killed", "and 50 injured").
 */
function verbOf(tokens: Token[], index: number, end: number): string | undefined {
  for (let at = index - 1; at >= Math.max(0, index - 4); at--) {
    if (tokens[at].pos === 'VERB') return tokens[at].lemma;
    if (!BEFORE_COUNT.has(tokens[at].pos)) break;
  }
  for (let at = end + 1; at < Math.min(tokens.length, end + 5); at++) {
    if (tokens[at].pos === 'VERB') return tokens[at].lemma;
    if (!AFTER_COUNT.has(tokens[at].pos)) break;
  }
  return undefined;
}

function valueOf(token: Token): number | undefined {
  const cleaned = token.lower.replace(/,/g, '').replace(/^[$€£]/, '');
  if (/^\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  if (/^\d+(st|nd|rd|th)$/.test(cleaned)) return Number.parseInt(cleaned, 10);
  // "forty-two": tens and units are one number (another pair of number words counts as its first).
  const compound = /^([a-z]+)-([a-z]+)$/.exec(cleaned);
  if (compound && WORDS[compound[1]] !== undefined && WORDS[compound[2]] !== undefined) return TENS.has(compound[1]) && WORDS[compound[2]] < 10 ? WORDS[compound[1]] + WORDS[compound[2]] : WORDS[compound[1]];
  return WORDS[cleaned];
}

const FRACTIONS = new Map([['half', 0.5], ['quarter', 0.25], ['quarters', 0.25]]);

/** "half a million", "(at least) a quarter of a million", "three quarters of a billion": a share of a scale. */
function fractionOfScale(tokens: Token[], index: number): { value: number; unit?: string; text: string; index: number; end: number } | undefined {
  const fraction = FRACTIONS.get(tokens[index]?.lower ?? '');
  if (fraction === undefined) return undefined;
  let at = index + 1;
  if (tokens[at]?.lower === 'of') at++;
  if (tokens[at]?.lower === 'a' || tokens[at]?.lower === 'an') at++;
  const scale = SCALES[tokens[at]?.lower ?? ''];
  if (scale === undefined || scale < 1e3) return undefined;
  const times = WORDS[tokens[index - 1]?.lower ?? ''] ?? (tokens[index - 1]?.lower === 'a' || tokens[index - 1]?.lower === 'one' ? 1 : undefined);
  const start = times !== undefined ? index - 1 : index;
  const unitToken = tokens[at + 1];
  const unit = unitToken && (unitToken.pos === 'NOUN' || unitToken.pos === 'PROPN') ? unitToken.lemma : undefined;
  return { value: (times ?? 1) * fraction * scale, unit, text: tokens.slice(start, at + 1).map((part) => part.text).join(' '), index: start, end: at };
}

export function quantitiesIn(tokens: Token[], dateTokens: Set<number>): Quantity[] {
  const quantities: Quantity[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (dateTokens.has(index)) continue;
    // "118-81": a score written as one token is two numbers, as "118 – 81" is.
    const score = /^(\d+)[-–](\d+)$/.exec(token.text);
    if (score) {
      for (const part of score.slice(1, 3)) quantities.push({ value: Number(part), ordinal: false, text: part, index });
      continue;
    }
    // "three" of "three quarters of a million" is read with the quarters.
    if (fractionOfScale(tokens, index + 1)?.index === index) continue;
    const share = fractionOfScale(tokens, index);
    if (share) {
      const { end, ...quantity } = share;
      quantities.push({ ...quantity, ordinal: false, bound: boundBefore(tokens, quantity.index), verb: verbOf(tokens, quantity.index, end) });
      index = end;
      continue;
    }
    const ordinal = ORDINALS[token.lower] ?? (/^\d+(st|nd|rd|th)$/.test(token.lower) ? valueOf(token) : undefined);
    // "Seventeen South Korean servicemen …": a number word opening the sentence, whatever the tagger called it.
    let value = ordinal ?? (token.pos === 'NUM' || /^\d/.test(token.text) || (index === 0 && WORDS[token.lower] !== undefined) ? valueOf(token) : undefined);
    if (value === undefined) continue;
    if (YEAR.test(token.text) && ordinal === undefined) continue; // years are times or names, not counts
    let end = index;
    // "twenty one", "twenty - one": tens and units written apart are one number.
    if (TENS.has(token.lower)) {
      const dash = tokens[end + 1]?.text === '-' ? 1 : 0;
      const units = WORDS[tokens[end + 1 + dash]?.lower ?? ''];
      if (units !== undefined && units < 10) [value, end] = [value + units, end + 1 + dash];
    }
    // "the 400m world record", "the men's 100m final": metres of a race, not millions.
    if (isRaceDistance(tokens, index, end)) {
      quantities.push({ value, unit: 'meter', ordinal: false, text: `${token.text} m`, index });
      index = end + 1;
      continue;
    }
    while (tokens[end + 1] && scaleAt(tokens, end + 1) !== undefined) value *= scaleAt(tokens, ++end)!;
    let unitIndex = end + 1;
    if (tokens[unitIndex]?.text === '%' || tokens[unitIndex]?.lower === 'percent' || tokens[unitIndex]?.lower === 'per') {
      // "54 per cent" is one unit.
      if (tokens[unitIndex].lower === 'per' && tokens[unitIndex + 1]?.lower === 'cent') unitIndex++;
      quantities.push({ value, unit: 'percent', ordinal: false, text: tokens.slice(index, unitIndex + 1).map((part) => part.text).join(' '), index, bound: boundBefore(tokens, index) });
      index = unitIndex;
      continue;
    }
    // "stage 2", "game 7": a numeral after its noun may name a place in a series ("the second stage").
    const series = tokens[index - 1];
    if (ordinal === undefined && end === index && /^\d{1,3}$/.test(token.text) && series?.pos === 'NOUN' && series.lower === series.lemma && !/ing$/.test(series.lower) && !['NOUN', 'PROPN'].includes(tokens[index + 1]?.pos ?? '')) {
      quantities.push({ value, unit: series.lemma, ordinal: false, series: true, text: `${series.text} ${token.text}`, index });
      continue;
    }
    // "a three-match ban", "a 10-year sentence": a number joined by a hyphen to what it counts (not an age: "95-year-old";
    // not a rank: "third-largest"; nor "one-day internationals", a kind of match).
    const [hyphen, counted] = [tokens[end + 1], tokens[end + 2]];
    if (ordinal === undefined && token.lower !== 'one' && hyphen?.text === '-' && hyphen.start === tokens[end].end && counted?.start === hyphen.end && /^\p{L}+$/u.test(counted.text) && tokens[end + 3]?.text !== '-') {
      quantities.push({ value, unit: counted.pos === 'NOUN' ? counted.lemma : counted.lower, ordinal: false, text: tokens.slice(index, end + 3).map((part) => part.text).join(''), index, bound: boundBefore(tokens, index), verb: verbOf(tokens, index, end) });
      index = end + 2;
      continue;
    }
    while (tokens[unitIndex] && SKIP_TO_UNIT.has(tokens[unitIndex].pos) && unitIndex < end + 3) unitIndex++;
    // "eleven new animal species": what is counted is the compound's head, not its first noun. A plural ends the
    // compound ("88 containers fall from …": a verb read as a noun follows).
    // Not into a time ("15 people today"), nor from "people", plural in meaning.
    const compound = (at: number) => tokens[at]?.pos === 'NOUN' && tokens[at].lower === tokens[at].lemma && tokens[at].lemma !== 'people' && tokens[at + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[at + 1].text) && !TIME_NOUNS.has(tokens[at + 1].lemma);
    while (compound(unitIndex)) unitIndex++;
    const unitToken = tokens[unitIndex];
    const unit = unitToken && (unitToken.pos === 'NOUN' || unitToken.pos === 'PROPN') ? unitToken.lemma : undefined;
    quantities.push({ value, unit, ordinal: ordinal !== undefined, text: tokens.slice(index, end + 1).map((part) => part.text).join(' ').replace(/ - /g, '-'), index, bound: ordinal === undefined ? boundBefore(tokens, index) : undefined, verb: verbOf(tokens, index, end) });
    index = end;
  }
  // "one of them", "one day": the word "one" is rarely a count, except in a toll ("leaving one dead, 14 injured").
  // "banned for one match": a count after "for", of the noun after it, is a count too.
  const lasting = (at: number) => tokens[at - 1]?.lower === 'for' && tokens[at + 1]?.pos === 'NOUN';
  return quantities.filter((quantity) => !(quantity.value === 1 && !quantity.ordinal && quantity.text.toLowerCase() === 'one' && !TOLL_WORDS.has(tokens[quantity.index + 1]?.lower ?? '') && !lasting(quantity.index)));
}

/** The scale a token names ("million", "m", "bn"); "$400m." at a sentence's end keeps its full stop. */
function scaleAt(tokens: Token[], at: number): number | undefined {
  return SCALES[tokens[at]?.lower.replace(/\.$/, '') ?? ''];
}

/** Words a race's distance comes before ("the 400m final", "the 100m world record"). */
const RACE_WORDS = new Set(['final', 'finals', 'race', 'record', 'world', 'hurdles', 'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'relay', 'sprint', 'title', 'gold', 'medal', 'event', 'heat', 'semi-final', 'semifinal', 'dash', 'individual', 'steeplechase', 'national', 'olympic']);

/** "400m" read as a number and "m": metres when no currency comes before and a race word follows. */
function isRaceDistance(tokens: Token[], index: number, end: number): boolean {
  if (end !== index || tokens[index + 1]?.lower !== 'm' || tokens[index + 1].start !== tokens[index].end) return false;
  if (tokens[index - 1]?.pos === 'SYM' || /^[$€£]/.test(tokens[index].text)) return false;
  return RACE_WORDS.has(tokens[index + 2]?.lower ?? '');
}

const TOLL_WORDS = new Set(['dead', 'killed', 'injured', 'wounded', 'missing', 'hurt', 'person']);

/** Two numbers within a tolerance of the larger (1 % by default). */
export function sameNumber(left: number, right: number, tolerance = 0.01): boolean {
  return Math.abs(left - right) <= tolerance * Math.max(Math.abs(left), Math.abs(right));
}

/**
 * Whether a stated number agrees with a claimed one, the claim's bound taken as stated ("more than 1,000"
 * and 1,300): 1 % apart when both are exact, 15 % when either is hedged ("about 300").
 */
export function agrees(claimed: Pick<Quantity, 'value' | 'bound'>, stated: Pick<Quantity, 'value' | 'bound'>): boolean {
  // "At least 63 protesters were killed" is not "1,337 have been killed since the protests began": a bound
  // agrees with a number up to twice (or half) its size, not with any number past it.
  if (claimed.bound === 'min') return stated.value >= claimed.value * 0.99 && stated.value <= claimed.value * 2;
  if (claimed.bound === 'max') return stated.value <= claimed.value * 1.01 && stated.value >= claimed.value / 2;
  if (claimed.bound || stated.bound) return sameNumber(claimed.value, stated.value, 0.15);
  return sameNumber(claimed.value, stated.value) && roundsAlike(claimed.value, stated.value);
}

/** The step a number is written to: 10 for 37,930, 100,000 for 8.2 million, 0.01 for 74.46. */
function stepOf(value: number): number {
  if (!Number.isInteger(value)) return 10 ** -(String(value).split('.')[1] ?? '').length;
  let step = 1;
  while (value !== 0 && value % (step * 10) === 0 && step < 1e12) step *= 10;
  return step;
}

/**
 * Whether two exact numbers are one number written to different steps ("8.2 million" / 8,166,343, "51 %" /
 * 50.9 %) rather than two numbers (37,930 / 37,678): both rounded to the coarser step are the same.
 */
function roundsAlike(left: number, right: number): boolean {
  const step = Math.max(stepOf(left), stepOf(right));
  return Math.round(left / step) === Math.round(right / step);
}
