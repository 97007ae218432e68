// A source's stored copy: the text the engine actually read, with the passages the report quotes
// highlighted, so a reader can check a citation even after the original page changed or vanished.
import { html } from 'hono/html';
import type { Report } from '../../../contracts/schema.ts';
import type { StoredDocument } from '../../../contracts/types.ts';
import { longDate, SOURCE_KIND_LABELS } from '../../render/format.ts';
import { safeUrl } from '../../render/html.ts';
import type { Piece } from '../presenters/highlight.ts';
import { page } from './layout.ts';
import { reportHref } from './report-list.ts';
import type { Fragment, ViewContext } from './view-context.ts';

export function sourcePage(view: ViewContext, report: Report, source: Report['sources'][number], document: StoredDocument | undefined, pieces: Piece[]): Fragment {
  const back = `${reportHref(report)}#source-${source.n}`;
  const title = source.title || source.url;
  const main = html`<article class="prose snapshot">
  <p class="breadcrumb"><a href="${back}">← Back to the report</a> · Source ${source.n} of “${report.title}”</p>
  <h1>${title}</h1>
  <p class="snapshot-meta">${source.outlet}${source.publishedAt ? `, published ${longDate(source.publishedAt)}` : ''} · ${SOURCE_KIND_LABELS[source.kind] ?? source.kind} · read ${longDate(source.fetchedAt)}<br>
  Original: <a href="${safeUrl(source.url)}" rel="noopener noreferrer nofollow">${source.url}</a><br>
  Fingerprint of the text read: <code>${source.contentHash}</code></p>
  ${document
    ? html`<p class="notice">This is the text as the engine read it, with page menus and scripts removed. Highlighted: the passages the report quotes from it.</p>
  <div class="snapshot-text"><p>${pieces.map((piece) => (piece.marked ? html`<mark>${piece.text}</mark>` : piece.text))}</p></div>`
    : html`<p class="notice">No stored copy of this source is kept on this site; follow the original link.</p>`}
</article>`;
  return page(view, {
    title: `Source ${source.n}: ${title}`,
    description: `The stored copy of “${title}” (${source.outlet}), source ${source.n} of the report “${report.title}”.`,
    path: `${reportHref(report)}/sources/${source.n}`,
    noindex: true,
  }, main);
}
