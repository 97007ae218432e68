// The methodology page: how a report is made and verified, what the labels mean, what the engine cannot do.
import { html } from 'hono/html';
import { VERDICT_LABELS } from '../../../contracts/schema.ts';
import { capitalize, SOURCE_KIND_LABELS } from '../../render/format.ts';
import { page } from './layout.ts';
import type { Fragment, ViewContext } from './view-context.ts';

const VERDICT_MEANINGS: Record<(typeof VERDICT_LABELS)[number], string> = {
  supported: 'the cited sources state what the claim says',
  'mostly supported': 'the sources back the claim, with a detail missing or overstated',
  mixed: 'some sources back the claim and others contradict it',
  misleading: 'the facts are partly right but the claim gives a wrong impression',
  unsupported: 'no source found backs the claim (which is not the same as proving it false)',
  false: 'the sources contradict the claim',
};

export function methodologyPage(view: ViewContext): Fragment {
  const { siteName } = view.config;
  const main = html`<div class="prose">
  <h1>How ${siteName} makes and checks a report</h1>
  <p>${siteName} is an automated research engine. It does not have opinions; it reports what sources say, attributes every statement to them, and checks its own work before publishing. It can still be wrong, which is why every sentence links to the passage it rests on.</p>

  <h2>From a question to a report</h2>
  <ol>
    <li><strong>Understand.</strong> Is it a question or a claim to check? What is it about, who is named, which dates matter? The question becomes several search queries, one per facet.</li>
    <li><strong>Search.</strong> Every query goes to every source the site is configured with — always the site's own library of dated news items, and, where enabled, web and news search and existing fact-checks.</li>
    <li><strong>Read.</strong> The best pages are read in full, not from search snippets. Menus, adverts, cookie banners and scripts are removed; what remains is stored, with a fingerprint of its text, so the report stays checkable after the original page changes or disappears.</li>
    <li><strong>Rank.</strong> The passages that bear on each facet are picked, with no single outlet allowed to dominate.</li>
    <li><strong>Write.</strong> A summary, themed sections, a table of who holds which position and why, what the sources do not cover, and a bottom line. Every sentence must cite the passages it comes from. Without a language model, sentences are quoted from the sources themselves.</li>
    <li><strong>Verify.</strong> Every sentence is checked against the passages it cites. A citation is kept only if the cited text supports the sentence; unsupported sentences are rewritten or removed, never published silently. Each citation keeps the quote that supports it: select a citation (click, tap or Enter) to read it beside the sentence.</li>
    <li><strong>Follow up.</strong> Five further questions, each of which opens its own report.</li>
  </ol>

  <h2>Reading a report</h2>
  <p>“Checked on” is the day the report was written and every sentence checked against its sources; the same line says when those sources were read, since a stored copy can be older than the check. A sentence that reports a dated event or statement starts with its date (its source’s publication day) unless the text already says it; the positions table says when each actor stated its position. The line under the date counts publishers honestly: a portal that summarises the news (such as Wikipedia Current Events) is one publisher, with the outlets it cites named after it. A report older than ${view.config.freshnessDays} days says it may be outdated and offers to check again. Each numbered source shows its outlet, when it was published, when it was read, what kind of source it is and a link to the stored copy that was actually read.</p>
  <dl>${Object.entries(SOURCE_KIND_LABELS).map(([kind, label]) => html`<dt>${capitalize(label)}</dt><dd>${KIND_MEANINGS[kind] ?? ''}</dd>`)}</dl>

  <h2>Verdicts on claims</h2>
  <p>A claim gets one label from this scale, with a one-sentence reason that cites its sources:</p>
  <dl>${VERDICT_LABELS.map((label) => html`<dt>${capitalize(label)}</dt><dd>${capitalize(VERDICT_MEANINGS[label])}.</dd>`)}</dl>

  <h2>What the engine cannot do</h2>
  <ul>
    <li>It knows only what its sources say. If no source covers something, the report says so (“no source found states …”) instead of guessing, and a question the sources do not answer gets a short report that says exactly that.</li>
    <li>It cannot judge a source's honesty beyond its kind and outlet; a false statement repeated by a source can be reported as that source's statement.</li>
    <li>The support check compares words, names, numbers and negations, and — when a model is configured — meaning. It catches citations that do not fit, not every subtle misreading.</li>
    <li>News moves on. A report is true to its sources on the day it was checked, not after.</li>
    <li>Text found on the web is treated as data, never as instructions: a page cannot tell the engine what to write.</li>
  </ul>

  <h2>Corrections and independence</h2>
  <p>Mistakes are corrected with a dated note on the report and listed on the <a href="/corrections">corrections page</a>. ${siteName} takes no money from political groups or advertisers.</p>
</div>`;
  return page(view, {
    title: 'Methodology',
    description: `How ${siteName} researches a question, cites and verifies every sentence, labels claims, and what it cannot do.`,
    path: '/methodology',
  }, main);
}

const KIND_MEANINGS: Record<string, string> = {
  official: 'governments, international organisations, courts, companies speaking for themselves',
  news: 'news outlets and wire services',
  analysis: 'think tanks, research institutes and expert analysis',
  encyclopedia: 'reference works such as Wikipedia',
  'fact-checker': 'professional fact-checking organisations',
  social: 'social media posts',
  other: 'anything else',
};
