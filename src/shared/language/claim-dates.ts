// Dates a styled claim sticks on rather than says ("… held in graft case — 28 Sept 2020", "(March 2019)",
// "Slovakia, March 2019 — in the run-off …"), said as the statement's own time: "on 28 Sept 2020", "in March 2019".
import { actorByName } from '../actors/actors.ts';
import { dictionaryCase } from './wordnet.ts';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** A date as posts write it: "2014", "Nov 2024", "28 Sept 2020", "May 19, 2021", "late April 2020". */
export const DATE = String.raw`(?:(?:early|mid|late)[- ])?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\s+|${MONTH}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?(?:1[89]\d{2}|20\d{2})(?![\d–-])`;
const DATE_IN = new RegExp(DATE, 'u');
/** A date that names a month or a day, which a claim's own year does not make redundant. */
const MONTH_DATE = new RegExp(String.raw`\b${MONTH}\s+(?:\d{1,2},?\s+)?(?:1[89]\d{2}|20\d{2})\b|\b\d{1,2}\s+${MONTH}\b|\b(?:in|on|since|by|until|before|after)\s+(?:1[89]\d{2}|20\d{2})\b`, 'u');

/** "on 28 Sept 2020" for a day, "in March 2019" for a month or a year. */
export function timePhrase(date: string): string {
  return `${/\d{1,2}(?:st|nd|rd|th)?\s+\p{L}|\p{L}\.?\s+\d{1,2}\b(?!\d)/u.test(date) ? 'on' : 'in'} ${date}`;
}

/** The date a label or a teller's words give ("Live blog, 18 July 2024" → "18 July 2024"), if any. */
export function dateIn(text: string): string | undefined {
  return DATE_IN.exec(text)?.[0];
}

/** Words that open a sentence with a capital only for that. */
const OPENERS = /^(?:The|A|An|In|On|At|By|For|From|Some|Several|Many|More|Most|All|No|Every|Its|Their|His|Her|This|That|These|Those)$/;

/** A statement's first word as it reads inside a sentence: "A single avalanche" → "a single avalanche"; names stay. */
export function lowerFirst(text: string): string {
  const first = /^(?:\p{Lu}\p{Ll}+|A)\b/u.exec(text)?.[0];
  if (!first) return text;
  // Not a name that is a word too, before its other part ("Nigella Lawson", "Kerry Smith").
  const common = dictionaryCase(first) === 'common' && !actorByName(first) && !/^\S+\s+\p{Lu}/u.test(text);
  if (!(OPENERS.test(first) || common)) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** The statement set in time by a date from its framing, unless it already names a month or a day of its own. */
export function datedBy(text: string, date: string | undefined): string {
  if (!date || MONTH_DATE.test(text) || (!/\s/.test(date) && new RegExp(`\\b${date}\\b`).test(text))) return text;
  const phrase = timePhrase(date);
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}, ${lowerFirst(text)}`;
}

const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?`;
const LEADING = new RegExp(String.raw`^(?:(${PLACE}),\s+)?(${DATE})(?:,\s+(${PLACE}))?\s*(?:[-–—:|]+)\s*(?=\S)(.{15,})$`, 'u');
const TRAILING = new RegExp(String.raw`\s*[-–—|]+\s*(${DATE})\s*([.!]?)$`, 'u');

/**
 * Dates stuck onto a claim said as its time: "— 28 Sept 2020" or "(2014)" closing a single clause → "on 28 Sept
 * 2020", "in 2014"; "(Nov 2024)" inside a sentence → "in Nov 2024"; after the last full stop, dating the whole ("…
 * are hurt. (Oct 2015)" → "In Oct 2015, …"); one opening it, with a place or none ("Slovakia, March 2019 — in the
 * run-off …") → "In March 2019, in Slovakia, …".
 */
export function saidDates(text: string): string {
  let said = text;
  const leading = LEADING.exec(said);
  if (leading) {
    const [, placeBefore, date, placeAfter, rest] = leading;
    const place = placeBefore ?? placeAfter;
    const phrase = timePhrase(date);
    said = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}, ${place ? `in ${place}, ` : ''}${lowerFirst(rest)}`;
  }
  // A bracketed date after the last sentence's stop dates every sentence before it.
  const closing = new RegExp(String.raw`^(.+[.!?]["”]?)\s*\((${DATE})\)\s*[.!]?$`, 'u').exec(said);
  if (closing && /[.!?]["”]?\s*\S/.test(closing[1].slice(0, -1))) return datedBy(closing[1], closing[2]);
  // Inside a sentence ("from Velmar (Nov 2024), paid for …") a bracketed date is said where it stands.
  said = said.replace(new RegExp(String.raw`\s*\((${DATE})\)(?=\s*[,;:–—-]?\s*\p{L})`, 'gu'), (_, date: string) => ` ${timePhrase(date)}`);
  // At the end, only after a single clause: after a clause of its own ("…, which he denies – March 2011") the frame
  // reads the date as the headline's, which said "in March 2011" it would give the last clause.
  if (/[,;]|\s[-–—]\s/.test(said.replace(TRAILING, '').replace(/\s*\([^()]*\)\s*[.!]?$/, ''))) return said;
  // "… in the cup final! (Feb 2013)" → "… in the cup final in Feb 2013!".
  said = said.replace(new RegExp(String.raw`([.!]?)\s*\((${DATE})\)\s*([.!]?)$`, 'u'), (_, before: string, date: string, after: string) => ` ${timePhrase(date)}${before || after}`);
  return said.replace(TRAILING, (_, date: string, stop: string) => ` ${timePhrase(date)}${stop}`);
}
