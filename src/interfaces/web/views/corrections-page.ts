// The corrections page: every dated correction note, newest first, with the report it corrects.
import { html } from 'hono/html';
import type { Correction } from '../../../contracts/ports.ts';
import { longDate } from '../../render/format.ts';
import { page } from './layout.ts';
import { reportHref } from './report-list.ts';
import type { Fragment, ViewContext } from './view-context.ts';

export function correctionsPage(view: ViewContext, corrections: (Correction & { slug: string; title: string })[]): Fragment {
  const main = html`<div class="prose">
  <h1>Corrections</h1>
  <p>When a report is wrong, we say so on the report itself with a dated note, and list it here. Reports that mislead beyond correction are withdrawn; every change is kept in a moderation log.</p>
  ${corrections.length === 0
    ? html`<p class="empty">No corrections so far.</p>`
    : html`<ul class="report-list">${corrections.map((correction) => html`<li><a class="report-link" href="${reportHref(correction)}">${correction.title}</a><span class="meta"><time datetime="${correction.at}">${longDate(correction.at)}</time></span><p>${correction.note}</p></li>`)}</ul>`}
  <p>Found a mistake? Every sentence cites its source: follow the citation, and if the source does not say what the report says, tell the site's editors.</p>
</div>`;
  return page(view, { title: 'Corrections', description: `Dated corrections to ${view.config.siteName} reports.`, path: '/corrections' }, main);
}
