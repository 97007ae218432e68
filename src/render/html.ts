// Renders a report as one self-contained HTML page (the CLI's --html). Every value goes through the
// escaping template; only our own fixed CSS is raw.
import { html, raw } from 'hono/html';
import type { Report, Sentence } from '../model/schema.ts';
import { capitalize, DISCLAIMER, longDate, SOURCE_KIND_LABELS } from './format.ts';
import { REPORT_CSS } from './report-css.ts';

type Fragment = ReturnType<typeof html>;

function safeUrl(url: string): string {
  return /^(https?:|file:)/i.test(url) ? url : '#';
}

export function citations(sentence: Sentence, report: Report): Fragment {
  return html`${sentence.cites.map((n) => {
    const quote = sentence.support?.quotes.find((candidate) => candidate.source === n)?.text ?? '';
    const source = report.sources.find((candidate) => candidate.n === n);
    return html` <a class="cite" href="#source-${n}" title="${quote ? `“${quote}” — ${source?.outlet ?? ''}` : (source?.title ?? '')}" aria-label="Source ${n}">[${n}]</a>`;
  })}`;
}

export function sentences(list: Sentence[], report: Report): Fragment {
  return html`${list.map((sentence) => html`<span class="sentence">${sentence.text}${citations(sentence, report)}</span> `)}`;
}

export function reportBody(report: Report, options: { followUpHref?: (question: string) => string } = {}): Fragment {
  const followUpHref = options.followUpHref ?? ((question: string) => `?q=${encodeURIComponent(question)}`);
  return html`<article class="report">
  <h1>${report.title}</h1>
  <p class="checked">Checked on <time datetime="${report.checkedAt}">${longDate(report.checkedAt)}</time></p>
  <p class="disclaimer">${DISCLAIMER}</p>
  ${report.insufficientEvidence ? html`<section><h2>Not enough evidence</h2><p>The sources found do not answer this question.</p></section>` : ''}
  ${report.summary.length > 0 ? html`<section><h2>Executive summary</h2><p>${sentences(report.summary, report)}</p></section>` : ''}
  ${report.sections.map((section, index) => html`<section><h2>${index + 1}. ${section.heading}</h2><p>${sentences(section.sentences, report)}</p></section>`)}
  ${report.positions?.length ? positionsTable(report) : ''}
  <section><h2>What the sources do and do not say</h2><ul>${report.limits.map((limit) => html`<li>${limit.text}${citations(limit, report)}</li>`)}</ul></section>
  ${report.bottomLine.length > 0 ? html`<section><h2>Bottom line</h2><p>${sentences(report.bottomLine, report)}</p></section>` : ''}
  ${report.verdict ? html`<section class="verdict"><h2>Verdict</h2><p><strong>${capitalize(report.verdict.label)}.</strong> ${sentences(report.verdict.reason, report)}</p></section>` : ''}
  <section><h2>Want to dive deeper?</h2><ul class="follow-ups">${report.followUps.map((question) => html`<li><a href="${followUpHref(question)}">${question}</a></li>`)}</ul></section>
  <section><h2>Sources</h2><ol class="sources">${report.sources.map((source) => html`<li id="source-${source.n}" value="${source.n}"><a href="${safeUrl(source.url)}" rel="noopener noreferrer">${source.title}</a>. ${source.outlet}${source.publishedAt ? `, published ${longDate(source.publishedAt)}` : ''}. <span class="meta">Read ${longDate(source.fetchedAt)} · ${SOURCE_KIND_LABELS[source.kind] ?? source.kind} · ${source.contentHash.slice(0, 19)}</span></li>`)}</ol></section>
  ${report.warnings.length > 0 ? html`<section class="warnings"><h2>Warnings</h2><ul>${report.warnings.map((warning) => html`<li>${warning}</li>`)}</ul></section>` : ''}
</article>`;
}

function positionsTable(report: Report): Fragment {
  return html`<section><h2>Positions</h2><table class="positions"><thead><tr><th scope="col">Actor</th><th scope="col">Stance</th><th scope="col">Stated reasons</th></tr></thead><tbody>${report.positions!.map(
    (position) => html`<tr><th scope="row">${position.actor}</th><td class="stance stance-${position.stance}">${position.stance}</td><td>${sentences(position.reasons, report)}</td></tr>`,
  )}</tbody></table></section>`;
}

export async function renderHtml(report: Report): Promise<string> {
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${report.title} — Crosscheck</title>
<meta name="description" content="${report.summary.map((sentence) => sentence.text).join(' ').slice(0, 200) || report.title}">
<style>${raw(REPORT_CSS)}</style></head>
<body>${reportBody(report)}</body></html>`;
  return (await page).toString();
}
