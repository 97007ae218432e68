import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { MakeReport } from '../../src/runtime/jobs/report-job.ts';
import { NATO_QUESTION } from '../support/fixtures.ts';
import { askAndWait, assertPageBasics, webHarness } from './web-harness.ts';

function gated() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  // Holds the real pipeline after its first events, so the progress page can be seen mid-way.
  const wrap = (real: MakeReport): MakeReport => async (input) => {
    input.onEvent({ type: 'plan', at: '2026-11-22T10:00:00.000Z', message: 'Question about <b>Ukraine</b> joining NATO', data: {} });
    input.onEvent({ type: 'search', at: '2026-11-22T10:00:00.000Z', message: 'Searching', data: { queries: ['nato ukraine joining'] } });
    input.onEvent({ type: 'source-found', at: '2026-11-22T10:00:00.000Z', message: '<img src=x onerror=alert(1)> Wire story', data: { url: 'https://news.example/a' } });
    await opened;
    return real(input);
  };
  return { open, wrap };
}

test('asking: the form starts a job, the progress page shows its stages and becomes the report', async () => {
  const held = gated();
  const site = await webHarness({ makeReport: held.wrap });
  const asked = await site.postForm('/ask', { q: NATO_QUESTION });
  assert.equal(asked.status, 303);
  assert.equal(asked.headers.get('location'), '/reports/rep_test0001');
  await new Promise((resolve) => setImmediate(resolve));

  const progress = await site.request('/reports/rep_test0001');
  assert.equal(progress.status, 200);
  assert.equal(progress.headers.get('cache-control'), 'no-store');
  const html = await progress.text();
  const document = assertPageBasics(html, 'progress page');
  assert.equal(document.querySelector('h1')?.textContent, NATO_QUESTION);
  assert.match(html, /<noscript><meta http-equiv="refresh" content="2"><\/noscript>/, 'reloads itself without JavaScript');
  assert.match(html, /<script src="\/static\/progress\.[0-9a-f]{10}\.js" defer><\/script>/, 'streams with JavaScript');
  assert.equal(document.querySelector('[data-stage="plan"]')?.className, 'stage done');
  assert.equal(document.querySelector('[data-stage="search"]')?.className, 'stage active');
  assert.equal(document.querySelector('#progress-queries li')?.textContent, 'nato ukraine joining');
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; Wire story/, 'a hostile source title is escaped');
  assert.ok(!html.includes('<img src=x'));
  assert.match(html, /<meta name="robots" content="noindex">/);

  const again = await site.postForm('/ask', { q: `  ${NATO_QUESTION.toLowerCase()} ` });
  assert.equal(again.headers.get('location'), '/reports/rep_test0001', 'the same question joins the running job');

  held.open();
  await site.queue.idle();
  const done = await site.request('/reports/rep_test0001');
  assert.equal(done.status, 301, 'the job id forwards to the report slug');
  const slugPath = done.headers.get('location')!;
  assert.match(slugPath, /^\/reports\/which-nato-members-support-or-oppose-ukraine-joining/);
  const report = await site.request(slugPath);
  assert.equal(report.status, 200);
  const page = assertPageBasics(await report.text(), 'report page');
  assert.equal(page.querySelector('h1')?.textContent, NATO_QUESTION);

  const existing = await site.postForm('/ask', { q: NATO_QUESTION });
  assert.equal(existing.headers.get('location'), slugPath, 'asking again opens the report');
});

test('the report page: checked and read dates, provenance, disclaimer, numbered sections, dated positions, sources with stored copies, quote popovers, one-click follow-ups, JSON-LD', async () => {
  const site = await webHarness();
  const path = await askAndWait(site, NATO_QUESTION);
  const html = await (await site.request(path)).text();
  const { document } = parseHTML(html);
  // The check and the reading of its sources are two dates, said together so they never seem to disagree.
  assert.equal(document.querySelector('.checked')?.textContent, 'Checked on November 22, 2026, against copies of its sources read on March 28, 2026');
  assert.match(document.querySelector('.provenance')?.textContent ?? '', /^\d+ sources from \d+ publishers: Wire [A-N] \(\d\); /);
  assert.match(document.querySelector('.disclaimer')?.textContent ?? '', /can make mistakes/);
  const headings = [...document.querySelectorAll('h2')].map((heading) => heading.textContent);
  assert.ok(headings.includes('Executive summary') && headings.includes('Positions') && headings.includes('Bottom line') && headings.includes('Want to dive deeper?') && headings.includes('Sources'));
  assert.ok(headings.some((heading) => /^1\. /.test(heading ?? '')), 'numbered sections');
  // A citation is a button opening a popover (no jump to the list); the popover links to the source.
  const cite = document.querySelector('.summary button.cite')!;
  const popover = document.getElementById(cite.getAttribute('popovertarget')!)!;
  assert.equal(popover.getAttribute('popover'), '');
  assert.ok((popover.querySelector('q')?.textContent ?? '').length > 10, 'the supporting quote is in the popover');
  const target = document.querySelector(popover.querySelector('.quote-links a')!.getAttribute('href')!)!;
  assert.equal(target.tagName, 'LI', 'a citation links to its numbered source');
  const snapshot = target.querySelector('a[href$="/sources/1"]') ?? document.querySelector('#source-1 a[href*="/sources/"]');
  assert.ok(snapshot, 'each source links to its stored copy');
  // Dated evidence shows its date: each summary sentence starts with its source's day unless it says it.
  const summary = [...document.querySelectorAll('.summary .sentence')];
  assert.ok(summary.length > 0 && summary.every((sentence) => /^\d{4}-\d{2}-\d{2}$/.test(sentence.querySelector('time.when')?.getAttribute('datetime') ?? '')));
  const stated = [...document.querySelectorAll('table.positions td.stated')].map((cell) => cell.textContent ?? '');
  assert.ok(stated.length > 0 && stated.every((text) => /\b(19|20)\d{2}\b/.test(text)), `positions say when they were stated: ${stated.join(' | ')}`);
  // A follow-up is one click: a form posting the question with this report as its parent.
  const followUps = [...document.querySelectorAll('.follow-ups form')];
  assert.equal(followUps.length, 5);
  assert.ok(followUps.every((form) => form.getAttribute('method') === 'post' && form.getAttribute('action') === '/ask' && form.querySelector('input[name="parent"]')?.getAttribute('value') === 'rep_test0001' && form.querySelector('button')?.textContent === form.querySelector('input[name="q"]')?.getAttribute('value')));
  const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
  assert.equal(jsonLd['@type'], 'Article');
  assert.equal(jsonLd.headline, NATO_QUESTION);
  assert.equal(document.querySelector('meta[property="og:type"]')?.getAttribute('content'), 'article');
  assert.equal(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), 'summary_large_image');
  assert.equal(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), `http://crosscheck.test${path}`);
});

test('a source’s stored copy shows the text read, with the quoted passages highlighted', async () => {
  const site = await webHarness();
  const path = await askAndWait(site, NATO_QUESTION);
  const report = (await site.store.getReport(path.split('/').pop()!))!;
  const response = await site.request(`${path}/sources/1`);
  assert.equal(response.status, 200);
  const document = assertPageBasics(await response.text(), 'stored copy');
  assert.equal(document.querySelector('h1')?.textContent, report.sources[0].title);
  const marked = [...document.querySelectorAll('.snapshot-text mark')].map((mark) => mark.textContent);
  assert.ok(marked.length > 0, 'the quote is highlighted');
  assert.equal((await site.request(`${path}/sources/99`)).status, 404);
});

test('a follow-up opens a page to start its report; the new report links to its parent', async () => {
  const site = await webHarness();
  const parentPath = await askAndWait(site, NATO_QUESTION);
  const parent = (await site.store.getReport(parentPath.split('/').pop()!))!;
  const question = parent.followUps[0];
  const opened = await site.request(`/ask?q=${encodeURIComponent(question)}&parent=${parent.id}`);
  assert.equal(opened.status, 200, 'a link never starts a report by itself');
  const confirm = assertPageBasics(await opened.text(), 'ask page');
  assert.equal(confirm.querySelector('textarea[name="q"]')?.textContent, question);
  assert.equal(confirm.querySelector('input[name="parent"]')?.getAttribute('value'), parent.id);
  assert.equal(confirm.querySelector('.parent-link a')?.getAttribute('href'), parentPath);

  const childPath = await askAndWait(site, question, { parent: parent.id });
  const child = (await site.store.getReport(childPath.split('/').pop()!))!;
  assert.equal(child.parentId, parent.id);
  const { document } = parseHTML(await (await site.request(childPath)).text());
  assert.equal(document.querySelector('.parent-link a')?.getAttribute('href'), parentPath);
  const reopened = await site.request(`/ask?q=${encodeURIComponent(question)}&parent=${parent.id}`);
  assert.equal(reopened.status, 303, 'a follow-up whose report exists opens it');
  assert.equal(reopened.headers.get('location'), childPath);
});

test('a bad question is sent back with the reason and the text kept', async () => {
  const site = await webHarness();
  for (const [question, reason] of [['   ', /The question is empty/], ['?!?!', /no words/], ['x'.repeat(700), /keep it under 500/]] as const) {
    const response = await site.postForm('/ask', { q: question });
    assert.equal(response.status, 422);
    const html = await response.text();
    const document = assertPageBasics(html, 'ask error');
    assert.match(document.querySelector('#question-error')?.textContent ?? '', reason);
    assert.equal(document.querySelector('textarea')?.getAttribute('aria-invalid'), 'true');
  }
  assert.deepEqual(await site.store.listActiveJobs(), [], 'nothing was queued');
});

test('a report older than the freshness window says so and offers a recheck, which makes a new report', async () => {
  let now = new Date('2026-11-22T10:00:00.000Z');
  const site = await webHarness({ clock: () => now });
  const path = await askAndWait(site, NATO_QUESTION);
  assert.ok(!(await (await site.request(path)).text()).includes('may be outdated'));
  now = new Date('2027-01-15T10:00:00.000Z');
  const { document } = parseHTML(await (await site.request(path)).text());
  assert.match(document.querySelector('.notice.stale')?.textContent ?? '', /checked 54 days ago and may be outdated/);
  const form = document.querySelector('.notice.stale form')!;
  assert.equal(form.querySelector('input[name="recheck"]')?.getAttribute('value'), '1');
  const recheck = await site.postForm('/ask', { q: NATO_QUESTION, recheck: '1' });
  assert.equal(recheck.headers.get('location'), '/reports/rep_test0002', 'a new job despite the existing report');
  await site.queue.idle();
});

test('while the source library loads after a start, the site says so and questions wait for it', async () => {
  let loaded!: () => void;
  let ready = false;
  const library = new Promise<void>((resolve) => {
    loaded = () => {
      ready = true;
      resolve();
    };
  });
  const site = await webHarness({ ready: library, isReady: () => ready });
  assert.match(await (await site.request('/')).text(), /The source library is still loading/);
  assert.equal((await site.request('/readyz')).status, 503);
  const asked = await site.postForm('/ask', { q: NATO_QUESTION });
  const waiting = await (await site.request(asked.headers.get('location')!)).text();
  assert.match(waiting, /Loading the source library after a restart: your question starts as soon as it is ready/);
  loaded();
  await site.queue.idle();
  assert.equal((await site.request('/readyz')).status, 200);
  assert.equal((await site.request(asked.headers.get('location')!)).status, 301, 'then the report is made');
});

test('a failed report says why and offers to ask again', async () => {
  const site = await webHarness({ makeReport: () => async () => {
    throw new Error('every search provider failed');
  } });
  const asked = await site.postForm('/ask', { q: 'Will this work?' });
  await site.queue.idle();
  const response = await site.request(asked.headers.get('location')!);
  const html = await response.text();
  const document = assertPageBasics(html, 'failed report');
  assert.match(document.querySelector('#progress-status')?.textContent ?? '', /could not be made: every search provider failed/);
  assert.ok(!html.includes('http-equiv="refresh"'), 'a failed report stops reloading');
  assert.equal(document.querySelector('form textarea')?.textContent, 'Will this work?');
});

test('unknown pages answer 404 with a real page', async () => {
  const site = await webHarness();
  for (const path of ['/reports/nothing-here', '/no/such/page', '/category/nothing']) {
    const response = await site.request(path);
    assert.equal(response.status, 404, path);
    assertPageBasics(await response.text(), path);
  }
});
