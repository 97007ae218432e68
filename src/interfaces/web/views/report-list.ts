// Lists of reports as cards (home, archive, categories), and the small labels they share.
import { html } from 'hono/html';
import type { ReportSummary } from '../../../contracts/types.ts';
import { longDate } from '../../render/format.ts';
import type { Fragment } from './view-context.ts';

export function categoryLabel(category: string): string {
  const words = category.split(/[-_\s]+/).filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function categoryHref(category: string): string {
  return `/category/${encodeURIComponent(category)}`;
}

export function reportHref(report: Pick<ReportSummary, 'slug'>): string {
  return `/reports/${encodeURIComponent(report.slug)}`;
}

export function reportList(reports: (ReportSummary & { views?: number })[], options: { empty: string; showViews?: boolean }): Fragment {
  if (reports.length === 0) return html`<p class="empty">${options.empty}</p>`;
  return html`<ul class="report-list">${reports.map(
    (report) => html`<li>
    <a class="report-link" href="${reportHref(report)}">${report.title}</a>
    <span class="meta">${report.kind === 'claim' ? 'Fact check · ' : ''}<a href="${categoryHref(report.category)}">${categoryLabel(report.category)}</a> · checked <time datetime="${report.checkedAt}">${longDate(report.checkedAt)}</time> · ${report.sourceCount} source${report.sourceCount === 1 ? '' : 's'}${options.showViews && report.views !== undefined ? ` · ${report.views.toLocaleString('en-US')} read${report.views === 1 ? '' : 's'}` : ''}</span>
  </li>`,
  )}</ul>`;
}

export function pager(options: { path: string; params: Record<string, string | undefined>; page: number; hasNext: boolean }): Fragment {
  const href = (page: number) => {
    const query = new URLSearchParams(Object.entries({ ...options.params, page: page > 1 ? String(page) : undefined }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const text = query.toString();
    return text ? `${options.path}?${text}` : options.path;
  };
  if (options.page <= 1 && !options.hasNext) return html``;
  return html`<nav class="pager" aria-label="Pages">${options.page > 1 ? html`<a rel="prev" href="${href(options.page - 1)}">← Newer</a>` : ''}${options.hasNext ? html`<a rel="next" href="${href(options.page + 1)}">Older →</a>` : ''}</nav>`;
}
