// Renders a report as HTML: the body the website wraps in its layout, and one self-contained page for
// the CLI's --html. Every value goes through the escaping template; only our own fixed CSS is raw.
import { html, raw } from 'hono/html';
import type { Report, Sentence } from '../model/schema.ts';
import { capitalize, DISCLAIMER, longDate, SOURCE_KIND_LABELS } from './format.ts';
import { REPORT_CSS } from './report-css.ts';

export type Fragment = ReturnType<typeof html>;

export interface ReportBodyOptions {
  /** Where a follow-up question leads (default: `?q=<question>`). */
  followUpHref?: (question: string) => string;
  /** The stored snapshot of source n (the website's copy); omitted in the CLI's page. */
  snapshotHref?: (n: number) => string;
  /** Show each citation's supporting quote in a tooltip on hover and keyboard focus (needs the site CSS). */
  quoteTooltips?: boolean;
  /** Shown under the disclaimer: corrections, an outdated-report notice, the parent report. */
  notices?: Fragment | string;
  /** Where "Learn more" in the disclaimer leads. */
  methodologyHref?: string;
}

/** Only web and file links survive; anything else (javascript:, data:, vbscript:) becomes inert. */
export function safeUrl(url: string): string {
  return /^(https?:|file:)/i.test(url.trim()) ? url.trim() : '#';
}

interface RenderContext {
  report: Report;
  options: ReportBodyOptions;
  /** Counts citations so every tooltip gets its own id. */
  next: () => number;
}

function quoteFor(sentence: Sentence, n: number): string {
  return sentence.support?.quotes.find((candidate) => candidate.source === n)?.text ?? '';
}

function citation(sentence: Sentence, n: number, context: RenderContext): Fragment {
  const source = context.report.sources.find((candidate) => candidate.n === n);
  const quote = quoteFor(sentence, n);
  if (!context.options.quoteTooltips) {
    return html` <a class="cite" href="#source-${n}" title="${quote ? `“${quote}” — ${source?.outlet ?? ''}` : (source?.title ?? '')}" aria-label="Source ${n}">[${n}]</a>`;
  }
  const id = `cite-${context.next()}`;
  const where = [source?.outlet, source?.publishedAt ? longDate(source.publishedAt) : undefined].filter(Boolean).join(', ');
  return html` <span class="cite-wrap"><a class="cite" href="#source-${n}" aria-describedby="${id}">[${n}]</a><span class="quote" role="tooltip" id="${id}">${quote ? html`<q>${quote}</q>` : (source?.title ?? `Source ${n}`)}${where ? html` <span class="quote-source">— ${where}</span>` : ''}</span></span>`;
}

function citationsOf(sentence: Sentence, context: RenderContext): Fragment {
  return html`${sentence.cites.map((n) => citation(sentence, n, context))}`;
}

function sentencesOf(list: Sentence[], context: RenderContext): Fragment {
  return html`${list.map((sentence) => html`<span class="sentence">${sentence.text}${citationsOf(sentence, context)}</span> `)}`;
}

export function reportBody(report: Report, options: ReportBodyOptions = {}): Fragment {
  let counter = 0;
  const context: RenderContext = { report, options, next: () => ++counter };
  const followUpHref = options.followUpHref ?? ((question: string) => `?q=${encodeURIComponent(question)}`);
  return html`<article class="report">
  <h1>${report.title}</h1>
  <p class="checked">Checked on <time datetime="${report.checkedAt}">${longDate(report.checkedAt)}</time></p>
  <p class="disclaimer">${DISCLAIMER}${options.methodologyHref ? html` <a href="${options.methodologyHref}">Learn more</a>.` : ''}</p>
  ${options.notices ?? ''}
  ${report.insufficientEvidence ? html`<section><h2>Not enough evidence</h2><p>The sources found do not answer this question.</p></section>` : ''}
  ${report.summary.length > 0 ? html`<section class="summary"><h2>Executive summary</h2><p>${sentencesOf(report.summary, context)}</p></section>` : ''}
  ${report.sections.map((section, index) => html`<section><h2>${index + 1}. ${section.heading}</h2><p>${sentencesOf(section.sentences, context)}</p></section>`)}
  ${report.positions?.length ? positionsTable(context) : ''}
  <section><h2>What the sources do and do not say</h2><ul>${report.limits.map((limit) => html`<li>${limit.text}${citationsOf(limit, context)}</li>`)}</ul></section>
  ${report.bottomLine.length > 0 ? html`<section><h2>Bottom line</h2><p>${sentencesOf(report.bottomLine, context)}</p></section>` : ''}
  ${report.verdict ? html`<section class="verdict"><h2>Verdict</h2><p><strong class="verdict-label verdict-${report.verdict.label.replace(/\s+/g, '-')}">${capitalize(report.verdict.label)}.</strong> ${sentencesOf(report.verdict.reason, context)}</p></section>` : ''}
  <section class="dive-deeper"><h2>Want to dive deeper?</h2><ul class="follow-ups">${report.followUps.map((question) => html`<li><a href="${followUpHref(question)}" rel="nofollow">${question}</a></li>`)}</ul></section>
  <section><h2>Sources</h2>${report.sources.length > 0 ? html`<ol class="sources">${report.sources.map((source) => sourceItem(source, options))}</ol>` : html`<p>No source was cited.</p>`}</section>
  ${report.warnings.length > 0 ? html`<section class="warnings"><h2>Warnings</h2><ul>${report.warnings.map((warning) => html`<li>${warning}</li>`)}</ul></section>` : ''}
</article>`;
}

function sourceItem(source: Report['sources'][number], options: ReportBodyOptions): Fragment {
  const published = source.publishedAt ? `, published ${longDate(source.publishedAt)}` : '';
  const snapshot = options.snapshotHref ? html` · <a href="${options.snapshotHref(source.n)}">stored copy</a>` : '';
  return html`<li id="source-${source.n}" value="${source.n}"><a href="${safeUrl(source.url)}" rel="noopener noreferrer nofollow">${source.title || source.url}</a>. ${source.outlet}${published}. <span class="meta">${SOURCE_KIND_LABELS[source.kind] ?? source.kind} · read ${longDate(source.fetchedAt)} · ${source.contentHash.slice(0, 19)}</span>${snapshot}</li>`;
}

function positionsTable(context: RenderContext): Fragment {
  return html`<section><h2>Positions</h2><table class="positions"><thead><tr><th scope="col">Actor</th><th scope="col">Stance</th><th scope="col">Stated reasons</th></tr></thead><tbody>${context.report.positions!.map(
    (position) => html`<tr><th scope="row">${position.actor}</th><td class="stance stance-${position.stance}">${position.stance}</td><td>${sentencesOf(position.reasons, context)}</td></tr>`,
  )}</tbody></table></section>`;
}

/** A short plain-text description of a report: its summary, cut at a word. */
export function reportDescription(report: Report, maxLength = 200): string {
  const text = report.summary.map((sentence) => sentence.text).join(' ').replace(/\s+/g, ' ').trim();
  if (!text) return report.insufficientEvidence ? `The sources found do not answer: ${report.question}` : report.title;
  if (text.length <= maxLength) return text;
  return `${text.slice(0, maxLength - 1).replace(/\s+\S*$/, '')}…`;
}

export async function renderHtml(report: Report): Promise<string> {
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${report.title} — Crosscheck</title>
<meta name="description" content="${reportDescription(report)}">
<style>${raw(REPORT_CSS)}</style></head>
<body>${reportBody(report)}</body></html>`;
  return (await page).toString();
}
