// Cited sentences as HTML: the sentence, the date it speaks of when the text does not already say it, and
// its [n] marks. On the website each [n] opens a popover with the supporting quote (no jump to the list);
// in the CLI's stand-alone page it is a plain link to the numbered source.
import { html } from 'hono/html';
import type { Report, Sentence, Source } from '../../contracts/schema.ts';
import { formatSpan, sentenceSpan, statesDate } from './provenance.ts';

export type Fragment = ReturnType<typeof html>;

export interface CitationOptions {
  /** Each [n] is a button opening a popover with its quote (the website; needs its CSS and script). */
  popovers?: boolean;
  /** The stored snapshot of source n (the website's copy). */
  snapshotHref?: (n: number) => string;
}

export interface CitationContext {
  report: Report;
  sources: Map<number, Source>;
  options: CitationOptions;
  /** Counts citations so every popover gets its own id. */
  next: () => number;
}

function quoteFor(sentence: Sentence, n: number): string {
  return sentence.support?.quotes.find((candidate) => candidate.source === n)?.text ?? '';
}

function sourceLine(source: Source | undefined): string {
  if (!source) return '';
  const published = source.publishedAt ? formatSpan({ from: source.publishedAt.slice(0, 10), to: source.publishedAt.slice(0, 10) }) : undefined;
  return [source.outlet, published].filter(Boolean).join(', ');
}

function citation(sentence: Sentence, n: number, context: CitationContext): Fragment {
  const source = context.sources.get(n);
  const quote = quoteFor(sentence, n);
  if (!context.options.popovers) {
    return html` <a class="cite" href="#source-${n}" title="${quote ? `“${quote}” — ${source?.outlet ?? ''}` : (source?.title ?? '')}" aria-label="Source ${n}">[${n}]</a>`;
  }
  const id = `cite-${context.next()}`;
  const where = sourceLine(source);
  const snapshot = context.options.snapshotHref && source ? html` · <a href="${context.options.snapshotHref(n)}">stored copy</a>` : '';
  return html` <button type="button" class="cite" popovertarget="${id}" popovertargetaction="show" aria-label="Source ${n}: show the quote">[${n}]</button><span class="quote" popover id="${id}">${quote ? html`<q>${quote}</q>` : (source?.title ?? `Source ${n}`)}${where ? html` <span class="quote-source">— ${where}</span>` : ''}<span class="quote-links"><a href="#source-${n}">Source ${n} in the list</a>${snapshot}</span></span>`;
}

export function citationsOf(sentence: Sentence, context: CitationContext): Fragment {
  return html`${sentence.cites.map((n) => citation(sentence, n, context))}`;
}

/** The date label of a sentence: its sources' publication day(s), unless the text already names them. */
export function dateLabel(sentence: Sentence, context: CitationContext): Fragment | string {
  const span = sentenceSpan(sentence, context.sources);
  if (!span || statesDate(sentence.text, span)) return '';
  return html`<time class="when" datetime="${span.from}">${formatSpan(span, 'short')}</time> `;
}

export function sentencesOf(list: Sentence[], context: CitationContext): Fragment {
  return html`${list.map((sentence) => html`<span class="sentence">${dateLabel(sentence, context)}${sentence.text}${citationsOf(sentence, context)}</span> `)}`;
}
