// The live progress page: the stages as they happen. Without JavaScript it reloads itself until the
// report is ready; with JavaScript, static/progress.js streams the events (SSE) and opens the report.
import { html } from 'hono/html';
import type { ReportJob } from '../../../contracts/ports.ts';
import type { ProgressState } from '../presenters/progress-state.ts';
import { askForm } from './home-page.ts';
import { page } from './layout.ts';
import type { Fragment, ViewContext } from './view-context.ts';

function statusLine(job: ReportJob, state: ProgressState, libraryLoading: boolean): string {
  if (state.failure) return state.failure;
  if (state.finished) return 'The report is ready.';
  if (job.status === 'queued' && libraryLoading) return 'Loading the source library after a restart: your question starts as soon as it is ready.';
  if (job.status === 'queued') return 'Waiting for a free researcher: your question is next in line.';
  return 'Researching: this page follows each step and opens the report when it is ready.';
}

export function progressPage(view: ViewContext, job: ReportJob, state: ProgressState, options: { parent?: { title: string; slug: string }; libraryLoading?: boolean } = {}): Fragment {
  const { parent } = options;
  const failed = Boolean(state.failure);
  const main = html`<article class="progress-page">
  <p class="kicker">${failed ? 'Report failed' : 'Researching'}</p>
  <h1>${job.question}</h1>
  ${parent ? html`<p class="parent-link">A follow-up to <a href="/reports/${encodeURIComponent(parent.slug)}">${parent.title}</a></p>` : ''}
  <section class="progress" id="progress" data-report="${job.id}" data-after="${state.lastSeq}" data-status="${failed ? 'failed' : job.status}">
    <p class="status${failed ? ' failed' : ''}" id="progress-status" role="status" aria-live="polite">${statusLine(job, state, Boolean(options.libraryLoading))}</p>
    <ol class="stages">${state.stages.map((stage) => html`<li class="stage ${stage.state}" data-stage="${stage.key}"><span class="stage-label">${stage.label}</span> <span class="stage-detail">${stage.detail ?? ''}</span></li>`)}</ol>
    <div class="progress-columns">
      <section aria-labelledby="queries-title"><h2 id="queries-title">Queries</h2><ul class="queries" id="progress-queries">${state.queries.map((query) => html`<li>${query}</li>`)}</ul></section>
      <section aria-labelledby="sections-title"><h2 id="sections-title">Sections written</h2><ol class="sections-written" id="progress-sections">${state.sections.map((heading) => html`<li>${heading}</li>`)}</ol></section>
    </div>
    <section aria-labelledby="found-title"><h2 id="found-title">Sources found <span class="count" id="progress-source-count">${state.sources.length}</span></h2><ul class="found" id="progress-sources">${state.sources.map((source) => html`<li>${source.title}${source.url ? html` <span class="meta">${hostOf(source.url)}</span>` : ''}</li>`)}</ul></section>
  </section>
  ${failed ? html`<section aria-labelledby="retry-title"><h2 id="retry-title">Try again</h2>${askForm({ value: job.question, parentId: job.parentId, label: 'Ask again, or rephrase the question' })}</section>` : ''}
  <noscript><p class="meta">This page reloads itself every ${view.config.refreshSeconds} seconds until the report is ready.</p></noscript>
</article>`;
  return page(view, {
    title: failed ? `Failed: ${job.question}` : `Researching: ${job.question}`,
    description: `Live progress of the ${view.config.siteName} report on: ${job.question}`,
    path: `/reports/${job.id}`,
    noindex: true,
    refreshSeconds: failed ? undefined : view.config.refreshSeconds,
    scripts: failed ? [] : [view.assets.progressScript],
  }, main);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
