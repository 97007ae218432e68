// The timeline picture: the dated events a report cites, drawn as numbered marks on a time axis (an SVG
// rendered on the server, no script), with the numbered list of events beside it as its text.
import { html } from 'hono/html';
import type { Report, Sentence } from '../../contracts/schema.ts';
import type { Fragment } from './citations.ts';
import { formatSpan, sentenceSpan, sourceMap } from './provenance.ts';

export interface TimelineEvent {
  day: string;
  text: string;
  cites: number[];
}

const WIDTH = 720;
const AXIS_Y = 92;
const LEFT = 36;
const RIGHT = WIDTH - 36;
const RADIUS = 11;
const MAX_EVENTS = 20;

/** The report's dated sentences, one per text, oldest first (at most 20). */
export function timelineEvents(report: Report): TimelineEvent[] {
  const sources = sourceMap(report);
  const sentences: Sentence[] = [...report.summary, ...report.sections.flatMap((section) => section.sentences), ...(report.positions ?? []).flatMap((position) => position.reasons), ...report.bottomLine];
  const byText = new Map<string, TimelineEvent>();
  for (const sentence of sentences) {
    const span = sentenceSpan(sentence, sources);
    if (span && !byText.has(sentence.text)) byText.set(sentence.text, { day: span.from, text: sentence.text, cites: sentence.cites });
  }
  return [...byText.values()].sort((a, b) => a.day.localeCompare(b.day)).slice(0, MAX_EVENTS);
}

interface Mark {
  x: number;
  y: number;
  n: number;
}

function placeMarks(events: TimelineEvent[]): { marks: Mark[]; years: { x: number; year: number }[] } {
  const time = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const first = time(events[0].day);
  const last = time(events.at(-1)!.day);
  const spread = Math.max(last - first, 86_400_000);
  const xOf = (at: number) => LEFT + ((at - first) / spread) * (RIGHT - LEFT);
  const marks: Mark[] = [];
  for (const [index, event] of events.entries()) {
    const x = xOf(time(event.day));
    // Marks that would overlap stack upwards.
    const below = marks.filter((mark) => Math.abs(mark.x - x) < RADIUS * 2 + 2);
    marks.push({ x, y: AXIS_Y - 18 - below.length * (RADIUS * 2 + 2), n: index + 1 });
  }
  const firstYear = new Date(first).getUTCFullYear();
  const lastYear = new Date(last).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const years: { x: number; year: number }[] = [];
  for (let year = firstYear + (first === Date.UTC(firstYear, 0, 1) ? 0 : 1); year <= lastYear; year += step) years.push({ x: xOf(Date.UTC(year, 0, 1)), year });
  if (years.length === 0) years.push({ x: LEFT, year: firstYear });
  return { marks, years };
}

/** The timeline figure, or nothing when fewer than two distinct days are cited. */
export function timelineFigure(report: Report, options: { sourceHref?: (n: number) => string } = {}): Fragment | string {
  const events = timelineEvents(report);
  if (new Set(events.map((event) => event.day)).size < 2) return '';
  const { marks, years } = placeMarks(events);
  const top = Math.min(...marks.map((mark) => mark.y)) - RADIUS - 4;
  const height = AXIS_Y + 30 - Math.min(0, top);
  const offset = Math.min(0, top);
  const range = formatSpan({ from: events[0].day, to: events.at(-1)!.day });
  const href = options.sourceHref ?? ((n: number) => `#source-${n}`);
  return html`<section class="timeline" aria-labelledby="timeline-title"><h2 id="timeline-title">Timeline of the cited events</h2>
<figure>
<svg class="timeline-picture" viewBox="0 ${offset} ${WIDTH} ${height}" role="img" aria-labelledby="timeline-svg-title"><title id="timeline-svg-title">${events.length} cited events on a time line, ${range}; the list under the picture gives each by its number.</title>
<line class="axis" x1="${LEFT}" y1="${AXIS_Y}" x2="${RIGHT}" y2="${AXIS_Y}"></line>
${years.map((tick) => html`<line class="tick" x1="${tick.x.toFixed(1)}" y1="${AXIS_Y - 5}" x2="${tick.x.toFixed(1)}" y2="${AXIS_Y + 5}"></line><text class="year" x="${tick.x.toFixed(1)}" y="${AXIS_Y + 22}" text-anchor="middle">${tick.year}</text>`)}
${marks.map((mark) => html`<line class="stem" x1="${mark.x.toFixed(1)}" y1="${mark.y + RADIUS}" x2="${mark.x.toFixed(1)}" y2="${AXIS_Y}"></line>`)}
${marks.map((mark) => html`<circle class="mark" cx="${mark.x.toFixed(1)}" cy="${mark.y}" r="${RADIUS}"></circle><text class="mark-number" x="${mark.x.toFixed(1)}" y="${mark.y + 4}" text-anchor="middle">${mark.n}</text>`)}
</svg>
<figcaption><details><summary>The ${events.length} events in order</summary><ol class="timeline-events">${events.map((event) => html`<li><time datetime="${event.day}">${formatSpan({ from: event.day, to: event.day }, 'short')}</time> ${event.text}${event.cites.map((n) => html` <a href="${href(n)}" aria-label="Source ${n}">[${n}]</a>`)}</li>`)}</ol></details></figcaption>
</figure></section>`;
}
