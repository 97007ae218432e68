// A report's versions on its page: a notice when a newer check exists, "what changed since <date>" against
// the version before, the version history with permanent links, and a button to check again.
import { html } from 'hono/html';
import type { Report } from '../../../contracts/schema.ts';
import type { ReportSummary } from '../../../contracts/types.ts';
import { longDate } from '../../render/format.ts';
import { safeUrl } from '../../render/html.ts';
import { hasChanges, type VersionDiff } from '../presenters/version-diff.ts';
import { reportHref } from './report-list.ts';
import type { Fragment } from './view-context.ts';

export function newerVersionNotice(report: Report, versions: ReportSummary[]): Fragment | string {
  const newest = versions.at(-1);
  if (!newest || newest.id === report.id) return '';
  return html`<aside class="notice newer" aria-label="A newer version"><p>This is an earlier version. The question was checked again on <a href="${reportHref(newest)}"><time datetime="${newest.checkedAt}">${longDate(newest.checkedAt)}</time></a>.</p></aside>`;
}

function sourceList(label: string, sources: Report['sources']): Fragment | string {
  if (sources.length === 0) return '';
  return html`<li>${label}: <ul>${sources.map((source) => html`<li><a href="${safeUrl(source.url)}" rel="noopener noreferrer nofollow">${source.title || source.url}</a> (${source.outlet})</li>`)}</ul></li>`;
}

/** "What changed since <date>": against the version before this one. */
export function changesSection(diff: VersionDiff): Fragment {
  const since = html`<time datetime="${diff.since}">${longDate(diff.since)}</time>`;
  if (!hasChanges(diff)) return html`<section class="notice changes" aria-labelledby="changes-title"><h2 id="changes-title">What changed since ${since}</h2><p>Nothing: the same sources, verdict and bottom line.</p></section>`;
  return html`<section class="notice changes" aria-labelledby="changes-title"><h2 id="changes-title">What changed since ${since}</h2><ul>
  ${diff.verdict ? html`<li class="verdict-change"><strong>Verdict changed</strong> from ${diff.verdict.from ?? 'no verdict'} to ${diff.verdict.to ?? 'no verdict'}.</li>` : ''}
  ${diff.bottomLine ? html`<li><strong>The bottom line changed.</strong> It was: <q>${diff.bottomLine.from || 'no bottom line'}</q></li>` : ''}
  ${sourceList(`${diff.added.length} new source${diff.added.length === 1 ? '' : 's'}`, diff.added)}
  ${sourceList(`${diff.dropped.length} source${diff.dropped.length === 1 ? '' : 's'} no longer cited`, diff.dropped)}
  ${sourceList(`${diff.updated.length} source${diff.updated.length === 1 ? '' : 's'} changed since last read`, diff.updated)}
</ul></section>`;
}

/** The version history with permanent links, and a button to check the question again. */
export function versionsSection(report: Report, versions: ReportSummary[]): Fragment {
  const recheck = html`<form method="post" action="/ask" class="recheck"><input type="hidden" name="q" value="${report.question}"><input type="hidden" name="recheck" value="1">${report.parentId ? html`<input type="hidden" name="parent" value="${report.parentId}">` : ''}<button type="submit">Check again now</button></form>`;
  return html`<section class="versions" aria-labelledby="versions-title"><h2 id="versions-title">Versions</h2>
${versions.length > 1
    ? html`<ol class="version-list">${versions.map((version) => html`<li>${version.id === report.id
      ? html`<span aria-current="page">Checked on <time datetime="${version.checkedAt}">${longDate(version.checkedAt)}</time> (this version)</span>`
      : html`<a href="${reportHref(version)}">Checked on <time datetime="${version.checkedAt}">${longDate(version.checkedAt)}</time></a>`}</li>`)}</ol>`
    : html`<p>This is the only check of this question so far. Each new check is kept as a version with its own link.</p>`}
${recheck}
</section>`;
}
