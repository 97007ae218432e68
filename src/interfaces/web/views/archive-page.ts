// The archive (every report, newest first, with full-text search) and the category pages.
import { html } from 'hono/html';
import type { ReportSummary } from '../../../contracts/types.ts';
import { page } from './layout.ts';
import { categoryHref, categoryLabel, pager, reportList } from './report-list.ts';
import type { Fragment, ViewContext } from './view-context.ts';

export interface ArchiveData {
  reports: ReportSummary[];
  query?: string;
  page: number;
  hasNext: boolean;
  categories: { category: string; count: number }[];
}

function searchForm(query: string | undefined): Fragment {
  return html`<form class="search-form" method="get" action="/archive" role="search">
  <label for="archive-q">Search the reports</label>
  <input type="search" id="archive-q" name="q" value="${query ?? ''}" maxlength="200" placeholder="e.g. NATO Ukraine">
  <button type="submit">Search</button>
</form>`;
}

export function archivePage(view: ViewContext, data: ArchiveData): Fragment {
  const title = data.query ? `Reports matching “${data.query}”` : 'Archive';
  const main = html`<div class="prose">
  <h1>${title}</h1>
  ${searchForm(data.query)}
  ${reportList(data.reports, { empty: data.query ? 'No report matches every word of that search. Try fewer or other words, or ask it as a new question.' : 'No reports yet.' })}
  ${pager({ path: '/archive', params: { q: data.query }, page: data.page, hasNext: data.hasNext })}
  ${data.categories.length > 0 ? html`<h2>Categories</h2><ul class="categories">${data.categories.map((entry) => html`<li><a href="${categoryHref(entry.category)}">${categoryLabel(entry.category)}</a> <span class="count">${entry.count}</span></li>`)}</ul>` : ''}
</div>`;
  return page(view, {
    title: data.page > 1 ? `${title}, page ${data.page}` : title,
    description: data.query ? `${view.config.siteName} reports matching “${data.query}”.` : `Every ${view.config.siteName} report, newest first, with full-text search.`,
    path: data.query ? `/archive?q=${encodeURIComponent(data.query)}` : '/archive',
    noindex: Boolean(data.query),
  }, main);
}

export function categoryPage(view: ViewContext, category: string, reports: ReportSummary[], pageNumber: number, hasNext: boolean): Fragment {
  const label = categoryLabel(category);
  const main = html`<div class="prose">
  <p class="breadcrumb"><a href="/archive">Archive</a> › Category</p>
  <h1>${label}</h1>
  ${reportList(reports, { empty: 'No reports in this category yet.' })}
  ${pager({ path: categoryHref(category), params: {}, page: pageNumber, hasNext })}
</div>`;
  return page(view, { title: `${label} reports`, description: `${view.config.siteName} reports in the ${label} category, newest first.`, path: categoryHref(category) }, main);
}
