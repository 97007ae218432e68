// When an event happened, as an interval of days: dates read by chrono-node ("4 April 2023", "last
// Tuesday" from a reference day), months with a year, and years that stand for the event's time ("in 2020").
// A year that names a thing ("the 2016 election") is part of what the event is about, not when it happened.
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import type { Token } from './nlp.ts';

export interface TimeSlot {
  from: string;
  to: string;
  granularity: 'day' | 'month' | 'year';
  text: string;
  /** Token index of the expression's first token. */
  index: number;
}

interface ChronoComponent { get(name: string): number | null; isCertain(name: string): boolean }
interface ChronoResult { text: string; index: number; start: ChronoComponent; end?: ChronoComponent }
interface Chrono { en: { casual: { parse(text: string, reference?: Date): ChronoResult[] } } }

let chrono: Chrono | undefined;
function load(): Chrono {
  chrono ??= { en: createRequire(import.meta.url)('chrono-node/en') } as Chrono;
  return chrono;
}

let compileForFewTexts = false;

/**
 * For a process that reads a few texts and ends (the CLI's `ask`): chrono's large expressions are compiled on a
 * process's first parses, 40-50 ms with V8's regexp optimisations, under 10 ms without; unoptimised they match
 * about half as fast, which a server reading thousands of texts keeps (it never calls this). Same matches.
 */
export function compileDatesForFewTexts(): void {
  compileForFewTexts = true;
}

function parseDates(text: string, reference: Date | undefined): ChronoResult[] {
  const parser = load();
  if (!compileForFewTexts) return parser.en.casual.parse(text, reference);
  // The flag is read when an expression is compiled; it is set back at once, so that code compiled later (and the
  // compile cache, which V8 checks against its flags) is as before.
  setFlagsFromString('--no-regexp-optimization');
  try {
    return parser.en.casual.parse(text, reference);
  } finally {
    setFlagsFromString('--regexp-optimization');
  }
}

/** A year as a word (1800–2099), and one inside a text. */
export const YEAR = /^(1[89]\d{2}|20\d{2})$/;
export const YEAR_IN_TEXT = /\b(1[89]\d{2}|20\d{2})\b/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Explicit times in a text; `reference` (YYYY-MM-DD) dates "on Monday" or "4 April" without a year. */
export function timesIn(text: string, tokens: Token[], reference?: string): TimeSlot[] {
  const slots: TimeSlot[] = [];
  const referenceDate = reference ? new Date(`${reference}T12:00:00Z`) : undefined;
  const covered: [number, number][] = [];
  for (const result of mayHoldDate(text, referenceDate) ? parseDates(text, referenceDate) : []) {
    const { start } = result;
    // "the second (round)" or "now" are not dates: a date names a month or carries a number.
    if (!MONTH_NAME.test(result.text) || (!referenceDate && !/\d{4}/.test(result.text))) continue;
    const year = start.isCertain('year') || referenceDate ? start.get('year') : null;
    const month = start.isCertain('month') ? start.get('month') : null;
    const day = start.isCertain('day') ? start.get('day') : null;
    if (!year || !month) continue;
    const index = tokenAt(tokens, result.index);
    covered.push([result.index, result.index + result.text.length]);
    if (day) slots.push({ from: `${year}-${pad(month)}-${pad(day)}`, to: `${year}-${pad(month)}-${pad(day)}`, granularity: 'day', text: result.text, index });
    else slots.push({ from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`, granularity: 'month', text: result.text, index });
  }
  // "on New Year's Eve 2008", "on Christmas Day 2010": a holiday on a fixed day, with its year or the reference's.
  for (const holiday of text.matchAll(HOLIDAY)) {
    const day = HOLIDAY_DAYS[holiday[1].toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ')];
    const year = holiday[2] ?? reference?.slice(0, 4);
    if (!day || !year) continue;
    const from = holiday.index + holiday[0].indexOf(holiday[1]);
    covered.push([from, holiday.index + holiday[0].length]);
    slots.push({ from: `${year}-${day}`, to: `${year}-${day}`, granularity: 'day', text: holiday[0].slice(holiday[0].indexOf(holiday[1])), index: tokenAt(tokens, from) });
  }
  tokens.forEach((token, index) => {
    // "in mid-2016", "early-2015": the year.
    const within = /^(?:mid|early|late)-(\d{4})$/i.exec(token.text)?.[1];
    if (within && YEAR.test(within)) return slots.push({ from: `${within}-01-01`, to: `${within}-12-31`, granularity: 'year', text: token.text, index });
    if (!YEAR.test(token.text) || covered.some(([from, to]) => token.start >= from && token.start < to)) return;
    if (namesAThing(tokens, index)) return;
    // "in April 2023" that chrono missed: a month name just before the year.
    const month = MONTHS.indexOf(tokens[index - 1]?.lower ?? '') + 1;
    const year = Number(token.text);
    if (month > 0) slots.push({ from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`, granularity: 'month', text: `${tokens[index - 1].text} ${token.text}`, index: index - 1 });
    else slots.push({ from: `${year}-01-01`, to: `${year}-12-31`, granularity: 'year', text: token.text, index });
  });
  return slots.sort((left, right) => left.index - right.index);
}

/** Holidays on a fixed day, named after "on" (as a time, not a plan "for Christmas 2011"). */
const HOLIDAY = /\bon\s+((?:New Year['’]s|Christmas) (?:Eve|Day)|Boxing Day|Valentine['’]s Day|Halloween)(?:\s+(\d{4}))?\b/gi;
const HOLIDAY_DAYS: Record<string, string> = { "new year's eve": '12-31', "new year's day": '01-01', 'christmas eve': '12-24', 'christmas day': '12-25', 'boxing day': '12-26', "valentine's day": '02-14', halloween: '10-31' };

/**
 * Whether chrono could find a date here that the loop above keeps (a month's name, and four digits without a
 * reference day): most sentences have neither, and chrono's first parse of a text costs a process 20-50 ms.
 */
function mayHoldDate(text: string, reference: Date | undefined): boolean {
  return MONTH_NAME.test(text) && (reference !== undefined || /\d{4}/.test(text));
}

const MONTH_NAME = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "the 2016 election", "2022 FIFA World Cup", "Euro 2020": the year belongs to a name or a noun. */
export function namesAThing(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  // A describing word names a thing only before its noun ("the 2016 presidential election"), not "until 2013 due to".
  const described = next?.pos !== 'ADJ' || ['NOUN', 'PROPN', 'ADJ'].includes(tokens[index + 2]?.pos ?? '');
  if (next && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos) && described && !MONTHS.includes(next.lower)) return true;
  return Boolean(previous && previous.pos === 'PROPN' && /^\p{Lu}/u.test(previous.text) && !MONTHS.includes(previous.lower));
}

function tokenAt(tokens: Token[], offset: number): number {
  const index = tokens.findIndex((token) => token.end > offset);
  return index < 0 ? tokens.length : index;
}

/** The day a dated source reports on, as a slot. */
export function daySlot(day: string): TimeSlot {
  return { from: day, to: day, granularity: 'day', text: day, index: -1 };
}

/** Days between the nearest ends of two intervals (0 when they overlap). */
/** A date given to the day may be reported the day after it happened. */
export const REPORTING_LAG_DAYS = 1;

export function gapInDays(left: TimeSlot, right: TimeSlot): number {
  const day = (value: string) => Date.parse(`${value}T00:00:00Z`) / 86_400_000;
  if (day(left.to) < day(right.from)) return day(right.from) - day(left.to);
  if (day(right.to) < day(left.from)) return day(left.from) - day(right.to);
  return 0;
}
