// When and from whom: the date a cited sentence speaks of (its sources' publication dates), the days the
// sources were read, and an honest count of who published them ("Wikipedia Current Events, citing Reuters, …").
import type { Report, Sentence, Source } from '../../contracts/schema.ts';
import { usDate } from '../../shared/text/us-date.ts';
import { longDate } from './format.ts';

/** A day or a span of days (ISO `YYYY-MM-DD`); `from === to` for a single day. */
export interface DaySpan {
  from: string;
  to: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The calendar day of an ISO date or timestamp, or undefined when it is not a date. */
export function dayOf(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

export function spanOf(days: (string | undefined)[]): DaySpan | undefined {
  const known = days.filter((day): day is string => Boolean(day)).sort();
  return known.length > 0 ? { from: known[0], to: known.at(-1)! } : undefined;
}

export function formatSpan(span: DaySpan, style: 'long' | 'short' = 'long'): string {
  const format = (day: string) => (style === 'long' ? longDate(day) : usDate(Date.parse(`${day}T00:00:00Z`), 'short'));
  return span.from === span.to ? format(span.from) : `${format(span.from)} – ${format(span.to)}`;
}

/** The days the sentence's cited sources were published: what the sentence reports happened or was said then. */
export function sentenceSpan(sentence: Sentence, sources: Map<number, Source>): DaySpan | undefined {
  return spanOf(sentence.cites.map((n) => dayOf(sources.get(n)?.publishedAt)));
}

/** True when the text already names the span's first day (its year and month), so a date label would repeat it. */
export function statesDate(text: string, span: DaySpan): boolean {
  const [year, month] = span.from.split('-');
  if (!text.includes(year)) return false;
  const name = MONTHS[Number(month) - 1];
  return name !== undefined && (text.includes(name) || text.includes(name.slice(0, 3)));
}

export function sourceMap(report: Report): Map<number, Source> {
  return new Map(report.sources.map((source) => [source.n, source]));
}

/** The days the cited sources were read (fetched or stored), which may be before the report was checked. */
export function readSpan(report: Report): DaySpan | undefined {
  return spanOf(report.sources.map((source) => dayOf(source.fetchedAt)));
}

export interface Publisher {
  name: string;
  sources: number;
  /** Outlets the publisher's items cite (a portal citing Reuters, AP, …), most cited first. */
  citing: string[];
}

const CITING = /^(.*?)\s*\(citing (.+)\)\s*$/;

/** Sources grouped by who published them: a portal that cites outlets is one publisher, not many outlets. */
export function publishersOf(sources: Source[]): Publisher[] {
  const byName = new Map<string, { sources: number; citing: Map<string, number> }>();
  for (const source of sources) {
    const match = CITING.exec(source.outlet.trim());
    const name = (match ? match[1] : source.outlet).trim() || 'Unknown publisher';
    const entry = byName.get(name) ?? { sources: 0, citing: new Map<string, number>() };
    entry.sources += 1;
    for (const outlet of match ? match[2].split(/,\s*/) : []) {
      if (outlet.trim()) entry.citing.set(outlet.trim(), (entry.citing.get(outlet.trim()) ?? 0) + 1);
    }
    byName.set(name, entry);
  }
  return [...byName.entries()]
    .map(([name, entry]) => ({ name, sources: entry.sources, citing: [...entry.citing.entries()].sort((a, b) => b[1] - a[1]).map(([outlet]) => outlet) }))
    .sort((a, b) => b.sources - a.sources || a.name.localeCompare(b.name));
}

function describePublisher(publisher: Publisher, shown: number): string {
  if (publisher.citing.length === 0) return publisher.name;
  const named = publisher.citing.slice(0, shown).join(', ');
  const rest = publisher.citing.length - shown;
  return `${publisher.name}, citing ${named}${rest > 0 ? `, … (${publisher.citing.length} outlets)` : ''}`;
}

/** "14 sources, all from Wikipedia Current Events, citing Reuters, AP, … (13 outlets)"; undefined without sources. */
export function provenanceLine(sources: Source[]): string | undefined {
  if (sources.length === 0) return undefined;
  const publishers = publishersOf(sources);
  const count = `${sources.length} source${sources.length === 1 ? '' : 's'}`;
  if (publishers.length === 1) return `${count}, ${sources.length === 1 ? 'from' : 'all from'} ${describePublisher(publishers[0], 4)}`;
  const shown = publishers.slice(0, 4).map((publisher) => `${describePublisher(publisher, 2)} (${publisher.sources})`);
  const more = publishers.length > 4 ? `; ${publishers.length - 4} more` : '';
  return `${count} from ${publishers.length} publishers: ${shown.join('; ')}${more}`;
}
