// The home page: the ask box, recent and most-read reports, categories, the supporter banner.
import { html } from 'hono/html';
import type { ReportSummary } from '../../../contracts/types.ts';
import { MAX_QUESTION_CHARS } from '../../../pipeline/understand/question-error.ts';
import { page } from './layout.ts';
import { categoryHref, categoryLabel, reportList } from './report-list.ts';
import type { Fragment, ViewContext } from './view-context.ts';

export const EXAMPLE_QUESTIONS = [
  'Which NATO members support or oppose Ukraine joining, and what are their stated reasons?',
  'Which countries have recognised the State of Palestine?',
  'Claim: Finland joined NATO in 2023',
];

export interface HomeData {
  recent: ReportSummary[];
  mostRead: (ReportSummary & { views: number })[];
  categories: { category: string; count: number }[];
  ready: boolean;
}

export function askForm(options: { value?: string; error?: string; parentId?: string; autofocus?: boolean; label?: string }): Fragment {
  return html`<form class="ask-form" method="post" action="/ask">
  <label for="question">${options.label ?? 'Ask a question about the news, or paste a claim to check'}</label>
  <div class="ask-row">
    <textarea id="question" name="q" rows="2" maxlength="${MAX_QUESTION_CHARS}" required${options.autofocus ? html` autofocus` : ''}${options.error ? html` aria-invalid="true" aria-describedby="question-error"` : ''} placeholder="e.g. Which NATO members support or oppose Ukraine joining?">${options.value ?? ''}</textarea>
    <button type="submit">Research</button>
  </div>
  ${options.parentId ? html`<input type="hidden" name="parent" value="${options.parentId}">` : ''}
  ${options.error ? html`<p class="form-error" id="question-error" role="alert">${options.error}</p>` : ''}
</form>`;
}

export function homePage(view: ViewContext, data: HomeData, form: { value?: string; error?: string } = {}): Fragment {
  const { siteName } = view.config;
  const main = html`<section class="hero">
  <h1>Ask a question. Read what the sources say.</h1>
  <p class="lede">${siteName} searches the sources, reads them in full and writes a neutral, dated report in which every sentence cites a source it has checked.</p>
  ${askForm({ ...form, autofocus: false })}
  ${data.ready ? '' : html`<p class="notice" role="status">The source library is still loading after a restart; a question asked now starts as soon as it is ready.</p>`}
  <p class="examples">Try: ${EXAMPLE_QUESTIONS.map((question, index) => html`${index > 0 ? ' · ' : ''}<a href="/ask?q=${encodeURIComponent(question)}" rel="nofollow">${question}</a>`)}</p>
</section>
${view.banner ?? ''}
<div class="columns">
  <section aria-labelledby="recent-title"><h2 id="recent-title">Recent reports</h2>${reportList(data.recent, { empty: 'No reports yet: ask the first question above.' })}${data.recent.length > 0 ? html`<p><a href="/archive">All reports →</a></p>` : ''}</section>
  <section aria-labelledby="popular-title"><h2 id="popular-title">Most read</h2>${reportList(data.mostRead, { empty: 'Nothing read yet.', showViews: true })}</section>
</div>
${data.categories.length > 0 ? html`<section aria-labelledby="categories-title"><h2 id="categories-title">Categories</h2><ul class="categories">${data.categories.map((entry) => html`<li><a href="${categoryHref(entry.category)}">${categoryLabel(entry.category)}</a> <span class="count">${entry.count}</span></li>`)}</ul></section>` : ''}`;
  return page(view, {
    title: siteName,
    description: `${siteName}: ask a question about the news or check a claim, and read a neutral report whose every sentence cites a checked source.`,
    path: '/',
    jsonLd: { '@context': 'https://schema.org', '@type': 'WebSite', name: siteName, url: view.config.baseUrl, potentialAction: { '@type': 'SearchAction', target: `${view.config.baseUrl}/archive?q={query}`, 'query-input': 'required name=query' } },
  }, main);
}
