// The page for an error: what happened, in plain words, and where to go next.
import { html } from 'hono/html';
import { TITLES } from '../http-error.ts';
import { page } from './layout.ts';
import type { Fragment, ViewContext } from './view-context.ts';

export function errorPage(view: ViewContext, status: number, message: string, path: string): Fragment {
  const title = TITLES[status] ?? 'Something went wrong';
  return page(view, { title, description: message, path, noindex: true }, html`<div class="prose">
  <p class="kicker">Error ${status}</p>
  <h1>${title}</h1>
  <p>${message}</p>
  <p><a href="/">Go to the home page</a> or <a href="/archive">search the archive</a>.</p>
</div>`);
}
