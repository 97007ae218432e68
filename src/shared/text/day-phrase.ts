// Dates as a report writes them in running text: "4 April 2023", "April 2023", "2023".
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function dayPhrase(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (!month) return String(year);
  if (!day) return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Whether a source's date is a full day (YYYY-MM-DD), the precision a dated sentence needs. */
export function isFullDay(iso: string | undefined): iso is string {
  return iso !== undefined && /^\d{4}-\d{2}-\d{2}/.test(iso);
}

/**
 * A day-dated event item (Wikipedia's Current Events) reports what happened on its day, so that day is part
 * of what it says: the writer dates its sentences with it and verify reads it as part of the source.
 */
export function isDayDatedItem(kind: string | undefined, publishedAt: string | undefined): publishedAt is string {
  return kind === 'encyclopedia' && isFullDay(publishedAt);
}
