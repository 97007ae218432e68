// Renders a report as HTML: the body the website wraps in its layout, and one self-contained page for
// the CLI's --html. Every value goes through the escaping template; only our own fixed CSS is raw.
import { html, raw } from 'hono/html';
import type { Report } from '../../contracts/schema.ts';
import { type CitationContext, citationsOf, type Fragment, sentencesOf } from './citations.ts';
import { capitalize, DISCLAIMER, longDate, SOURCE_KIND_LABELS } from './format.ts';
import { dayOf, formatSpan, provenanceLine, readSpan, sentenceSpan, sourceMap, spanOf } from './provenance.ts';
import { REPORT_CSS } from './report-css.ts';

export type { Fragment } from './citations.ts';

export interface ReportBodyOptions {
  /** Where a follow-up question leads (default: `?q=<question>`); ignored when `followUpForm` is set. */
  followUpHref?: (question: string) => string;
  /** Each follow-up is a one-click form posting the question (and its parent) to this action. */
  followUpForm?: { action: string; parentId: string };
  /** The stored snapshot of source n (the website's copy); omitted in the CLI's page. */
  snapshotHref?: (n: number) => string;
  /** Each [n] opens a popover with its supporting quote (needs the site's CSS and script). */
  citationPopovers?: boolean;
  /** Shown under the disclaimer: corrections, an outdated-report notice, the parent report, versions. */
  notices?: Fragment | string;
  /** Shown after the summary: the timeline picture. */
  afterSummary?: Fragment | string;
  /** Where "Learn how reports are checked" in the disclaimer leads (link text that says where it goes). */
  methodologyHref?: string;
}

/** Only web and file links survive; anything else (javascript:, data:, vbscript:) becomes inert. */
export function safeUrl(url: string): string {
  return /^(https?:|file:)/i.test(url.trim()) ? url.trim() : '#';
}

/** "Checked on <day>" and when its sources were read, so the two dates never seem to disagree. */
export function checkedLine(report: Report): Fragment {
  const checked = html`Checked on <time datetime="${report.checkedAt}">${longDate(report.checkedAt)}</time>`;
  const read = readSpan(report);
  if (!read) return html`<p class="checked">${checked}</p>`;
  const checkedDay = dayOf(report.checkedAt);
  const when = read.from === read.to ? html`on <time datetime="${read.from}">${longDate(read.from)}</time>` : html`between <time datetime="${read.from}">${longDate(read.from)}</time> and <time datetime="${read.to}">${longDate(read.to)}</time>`;
  const readText = read.from === checkedDay && read.to === checkedDay ? html`<span class="read-dates">, with its sources read that day</span>` : html`<span class="read-dates">, against copies of its sources read ${when}</span>`;
  return html`<p class="checked">${checked}${readText}</p>`;
}

export function reportBody(report: Report, options: ReportBodyOptions = {}): Fragment {
  let counter = 0;
  const context: CitationContext = { report, sources: sourceMap(report), options: { popovers: options.citationPopovers, snapshotHref: options.snapshotHref }, next: () => ++counter };
  const provenance = provenanceLine(report.sources);
  return html`<article class="report">
  <h1>${report.title}</h1>
  ${checkedLine(report)}
  ${provenance ? html`<p class="provenance">${provenance}</p>` : ''}
  <p class="disclaimer">${DISCLAIMER}${options.methodologyHref ? html` <a href="${options.methodologyHref}">Learn how reports are checked</a>.` : ''}</p>
  ${options.notices ?? ''}
  ${report.insufficientEvidence ? html`<section><h2>Not enough evidence</h2><p>The sources found do not answer this question.</p></section>` : ''}
  ${report.summary.length > 0 ? html`<section class="summary"><h2>Executive summary</h2><p>${sentencesOf(report.summary, context)}</p></section>` : ''}
  ${options.afterSummary ?? ''}
  ${report.sections.map((section, index) => html`<section><h2>${index + 1}. ${section.heading}</h2><p>${sentencesOf(section.sentences, context)}</p></section>`)}
  ${report.positions?.length ? positionsTable(context) : ''}
  <section><h2>What the sources do and do not say</h2><ul>${report.limits.map((limit) => html`<li>${limit.text}${citationsOf(limit, context)}</li>`)}</ul></section>
  ${report.bottomLine.length > 0 ? html`<section><h2>Bottom line</h2><p>${sentencesOf(report.bottomLine, context)}</p></section>` : ''}
  ${report.verdict ? html`<section class="verdict"><h2>Verdict</h2><p><strong class="verdict-label verdict-${report.verdict.label.replace(/\s+/g, '-')}">${capitalize(report.verdict.label)}.</strong> ${sentencesOf(report.verdict.reason, context)}</p></section>` : ''}
  <section class="dive-deeper"><h2>Want to dive deeper?</h2>${followUps(report, options)}</section>
  <section><h2>Sources</h2>${report.sources.length > 0 ? html`<ol class="sources">${report.sources.map((source) => sourceItem(source, options))}</ol>` : html`<p>No source was cited.</p>`}</section>
  ${report.warnings.length > 0 ? html`<section class="warnings"><h2>Warnings</h2><ul>${report.warnings.map((warning) => html`<li>${warning}</li>`)}</ul></section>` : ''}
</article>`;
}

function followUps(report: Report, options: ReportBodyOptions): Fragment {
  const form = options.followUpForm;
  if (form) {
    // One click starts (or opens) the follow-up report: a form, so crawlers following links never start work.
    return html`<ul class="follow-ups">${report.followUps.map((question) => html`<li><form method="post" action="${form.action}"><input type="hidden" name="q" value="${question}"><input type="hidden" name="parent" value="${form.parentId}"><button type="submit" class="follow-up">${question}</button></form></li>`)}</ul>`;
  }
  const href = options.followUpHref ?? ((question: string) => `?q=${encodeURIComponent(question)}`);
  return html`<ul class="follow-ups">${report.followUps.map((question) => html`<li><a href="${href(question)}" rel="nofollow">${question}</a></li>`)}</ul>`;
}

function sourceItem(source: Report['sources'][number], options: ReportBodyOptions): Fragment {
  const published = source.publishedAt ? `, published ${longDate(source.publishedAt)}` : '';
  const snapshot = options.snapshotHref ? html` · <a href="${options.snapshotHref(source.n)}">stored copy</a>` : '';
  return html`<li id="source-${source.n}" value="${source.n}"><a href="${safeUrl(source.url)}" rel="noopener noreferrer nofollow">${source.title || source.url}</a>. ${source.outlet}${published}. <span class="meta">${SOURCE_KIND_LABELS[source.kind] ?? source.kind} · read ${longDate(source.fetchedAt)} · ${source.contentHash.slice(0, 19)}</span>${snapshot}</li>`;
}

function positionsTable(context: CitationContext): Fragment {
  return html`<section><h2>Positions</h2><table class="positions"><thead><tr><th scope="col">Actor</th><th scope="col">Stance</th><th scope="col">When stated</th><th scope="col">Stated reasons</th></tr></thead><tbody>${context.report.positions!.map((position) => {
    const span = spanOf(position.reasons.flatMap((reason) => { const own = sentenceSpan(reason, context.sources); return own ? [own.from, own.to] : []; }));
    return html`<tr><th scope="row">${position.actor}</th><td class="stance stance-${position.stance}">${position.stance}</td><td class="stated">${span ? html`<time datetime="${span.from}">${formatSpan(span, 'short')}</time>` : 'undated'}</td><td>${sentencesOf(position.reasons, context)}</td></tr>`;
  })}</tbody></table></section>`;
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
