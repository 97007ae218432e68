// The page a follow-up link (or an example) opens when no report exists yet: the question, ready to
// research with one click. Links never start work by themselves, so crawlers cannot start reports.
import { html } from 'hono/html';
import { askForm } from './home-page.ts';
import { page } from './layout.ts';
import { reportHref } from './report-list.ts';
import type { Fragment, ViewContext } from './view-context.ts';

export function askPage(view: ViewContext, options: { question: string; parent?: { id: string; title: string; slug: string }; error?: string }): Fragment {
  const main = html`<div class="prose">
  <p class="kicker">New report</p>
  <h1>Research this question</h1>
  ${options.parent ? html`<p class="parent-link">A follow-up to <a href="${reportHref(options.parent)}">${options.parent.title}</a></p>` : ''}
  <p>No report answers this question yet. ${view.config.siteName} will search its sources, read them and write a report citing every sentence; you can watch it happen.</p>
  ${askForm({ value: options.question, error: options.error, parentId: options.parent?.id, label: 'Your question (edit it if you like)' })}
</div>`;
  return page(view, { title: 'Research this question', description: `Start a ${view.config.siteName} report on: ${options.question}`, path: '/ask', noindex: true }, main);
}
