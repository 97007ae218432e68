// The report page: the report in the layout of SPEC §1 with the website's notices (corrections, an
// outdated report with a recheck, the report it follows up), quotes on citations and stored copies.
import { html } from 'hono/html';
import type { Correction } from '../../../contracts/ports.ts';
import type { Report } from '../../../contracts/schema.ts';
import { longDate } from '../../render/format.ts';
import { reportBody, reportDescription } from '../../render/html.ts';
import { timelineFigure } from '../../render/timeline.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../card/card-svg.ts';
import type { ReportSummary } from '../../../contracts/types.ts';
import { reportJsonLd } from '../presenters/json-ld.ts';
import type { VersionDiff } from '../presenters/version-diff.ts';
import { changesSection, newerVersionNotice, versionsSection } from './versions.ts';
import { page } from './layout.ts';
import { categoryHref, categoryLabel, reportHref } from './report-list.ts';
import { absoluteUrl, type Fragment, type ViewContext } from './view-context.ts';

export interface ReportPageData {
  report: Report;
  corrections: Correction[];
  parent?: { title: string; slug: string };
  /** Set when the report is older than the freshness window. */
  staleDays?: number;
  /** Every version of the report (rechecks of its question), oldest first. */
  versions: ReportSummary[];
  /** What changed against the version before this one. */
  diff?: VersionDiff;
}

function notices(data: ReportPageData): Fragment {
  const { report } = data;
  return html`${newerVersionNotice(report, data.versions)}${data.diff ? changesSection(data.diff) : ''}${data.parent ? html`<p class="parent-link">A follow-up to <a href="${reportHref(data.parent)}">${data.parent.title}</a></p>` : ''}
  ${data.corrections.map((correction) => html`<aside class="notice correction" aria-label="Correction"><p><strong>Correction, <time datetime="${correction.at}">${longDate(correction.at)}</time>:</strong> ${correction.note}</p></aside>`)}
  ${data.staleDays !== undefined
    ? html`<aside class="notice stale" aria-label="This report may be outdated"><p>This report was checked ${data.staleDays} days ago and may be outdated.</p>
    <form method="post" action="/ask"><input type="hidden" name="q" value="${report.question}"><input type="hidden" name="recheck" value="1">${report.parentId ? html`<input type="hidden" name="parent" value="${report.parentId}">` : ''}<button type="submit">Check it again</button></form></aside>`
    : ''}`;
}

export function reportPage(view: ViewContext, data: ReportPageData): Fragment {
  const { report } = data;
  const path = reportHref(report);
  const lastCorrection = data.corrections.at(-1)?.at;
  // The campaign box comes first, above the report, as in the seeds.
  const main = html`<div class="report-page">${view.banner ?? ''}<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="${categoryHref(report.category)}">${categoryLabel(report.category)}</a> › ${report.kind === 'claim' ? 'Fact check' : 'Report'}</nav>
${reportBody(report, {
  followUpForm: { action: '/ask', parentId: report.id },
  snapshotHref: (n) => `${path}/sources/${n}`,
  citationPopovers: true,
  afterSummary: timelineFigure(report),
  notices: notices(data),
  methodologyHref: '/methodology',
})}
${versionsSection(report, data.versions)}
<p class="report-tools"><a href="/api/reports/${encodeURIComponent(report.id)}">This report as JSON</a></p></div>`;
  return page(view, {
    title: report.title,
    description: reportDescription(report),
    path,
    ogType: 'article',
    publishedAt: report.checkedAt,
    // A report without evidence is shown to whoever has the link, never offered to search engines.
    noindex: report.insufficientEvidence || report.sources.length === 0,
    scripts: [view.assets.reportScript],
    image: { url: absoluteUrl(view.config, `${path}/card.png`), alt: `${report.title}: ${report.verdict ? `${report.verdict.label}, ` : ''}checked on ${longDate(report.checkedAt)}`, width: CARD_WIDTH, height: CARD_HEIGHT },
    jsonLd: reportJsonLd(report, view.config, absoluteUrl(view.config, path), lastCorrection),
  }, main);
}
