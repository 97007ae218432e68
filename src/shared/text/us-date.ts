// A moment as en-US writes its UTC calendar day ("December 7, 2026", "Dec 7, 2026", "December 2026"), as
// Intl.DateTimeFormat('en-US', { timeZone: 'UTC', … }) writes it, without making one: the first DateTimeFormat of a
// process gathers ICU's locales (8-20 ms), and a CLI ask formats only a handful of dates. Years outside 1000-9999, and
// anything that is not a time, go to the DateTimeFormat itself (made then), so what it would print or throw is kept.

export type UsDateStyle = 'long' | 'short' | 'month-year';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const US_DATE_OPTIONS: Record<UsDateStyle, Intl.DateTimeFormatOptions> = {
  long: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  short: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  'month-year': { month: 'long', year: 'numeric', timeZone: 'UTC' },
};

const formats = new Map<UsDateStyle, Intl.DateTimeFormat>();

/** `time` (milliseconds since the epoch) as Intl.DateTimeFormat('en-US', US_DATE_OPTIONS[style]).format writes it. */
export function usDate(time: number, style: UsDateStyle): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return intlFormat(style).format(date);
  const month = date.getUTCMonth();
  if (style === 'month-year') return `${MONTHS[month]} ${year}`;
  return `${(style === 'long' ? MONTHS : SHORT_MONTHS)[month]} ${date.getUTCDate()}, ${year}`;
}

function intlFormat(style: UsDateStyle): Intl.DateTimeFormat {
  let format = formats.get(style);
  if (!format) formats.set(style, (format = new Intl.DateTimeFormat('en-US', US_DATE_OPTIONS[style])));
  return format;
}
