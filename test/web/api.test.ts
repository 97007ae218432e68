import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MakeReport } from '../../src/runtime/jobs/report-job.ts';
import { ReportSchema } from '../../src/contracts/schema.ts';
import { NATO_QUESTION } from '../support/fixtures.ts';
import { assertPageBasics, webHarness } from './web-harness.ts';

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Parses an SSE body into its events. */
function parseSse(text: string) {
  return text.split('\n\n').filter((block) => block.trim() && !block.startsWith(':')).map((block) => {
    const fields = Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
    return { event: fields.event, id: fields.id, data: JSON.parse(fields.data) };
  });
}

test('POST /api/reports queues a report (202), GET reads its state and then the report, list and search find it', async () => {
  const site = await webHarness();
  const created = await site.request('/api/reports', json({ question: NATO_QUESTION }));
  assert.equal(created.status, 202);
  assert.equal(created.headers.get('location'), '/api/reports/rep_test0001');
  const body = await created.json();
  assert.deepEqual(body, {
    id: 'rep_test0001', status: 'queued', question: NATO_QUESTION, joined: false,
    links: { page: '/reports/rep_test0001', self: '/api/reports/rep_test0001', events: '/api/reports/rep_test0001/events' },
  });
  await site.queue.idle();
  const read = await site.request('/api/reports/rep_test0001');
  assert.equal(read.status, 200);
  const done = await read.json();
  assert.equal(done.status, 'done');
  assert.deepEqual(ReportSchema.parse(done.report).id, 'rep_test0001');
  assert.deepEqual(done.corrections, []);
  const again = await site.request('/api/reports', json({ question: NATO_QUESTION }));
  assert.equal(again.status, 200);
  assert.equal((await again.json()).existing, true);
  const listed = await (await site.request('/api/reports?limit=5')).json();
  assert.deepEqual(listed.reports.map((report: { id: string }) => report.id), ['rep_test0001']);
  const searched = await (await site.request('/api/reports?q=Hungary%20NATO')).json();
  assert.equal(searched.reports.length, 1);
  const none = await (await site.request('/api/reports?q=volcano')).json();
  assert.deepEqual(none.reports, []);
});

test('the event stream sends the stored events, then live ones, then the end with the report URL; Last-Event-ID resumes', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const site = await webHarness({ makeReport: (real: MakeReport): MakeReport => async (input) => {
    input.onEvent({ type: 'plan', at: '2026-11-22T10:00:00.000Z', message: 'early event' });
    await held;
    return real(input);
  } });
  await site.request('/api/reports', json({ question: NATO_QUESTION }));
  await new Promise((resolve) => setImmediate(resolve));
  const streaming = site.request('/api/reports/rep_test0001/events');
  const response = await streaming;
  assert.equal(response.headers.get('content-type'), 'text/event-stream');
  setImmediate(release);
  const events = parseSse(await response.text());
  assert.equal(events[0].data.message, 'early event', 'the past first');
  assert.deepEqual(events.filter((event) => event.event === 'progress').map((event) => Number(event.id)), events.slice(0, -1).map((_, index) => index + 1), 'numbered, none missing, none twice');
  assert.ok(events.some((event) => event.data.type === 'source-found'));
  const end = events.at(-1)!;
  assert.equal(end.event, 'end');
  assert.equal(end.data.status, 'done');
  assert.match(end.data.url, /^\/reports\/which-nato-members/);
  const resumed = parseSse(await (await site.request('/api/reports/rep_test0001/events', { headers: { 'last-event-id': '3' } })).text());
  assert.equal(resumed[0].id, '4', 'resumes after the last event seen');
  assert.equal(resumed.at(-1)?.event, 'end');
});

test('a failed report streams its reason and ends', async () => {
  const site = await webHarness({ makeReport: () => async () => {
    throw new Error('no provider answered');
  } });
  await site.request('/api/reports', json({ question: 'Will it fail?' }));
  await site.queue.idle();
  const events = parseSse(await (await site.request('/api/reports/rep_test0001/events')).text());
  assert.deepEqual(events.at(-1), { event: 'end', id: undefined, data: { status: 'failed', reason: 'The report could not be made: no provider answered' } });
  const state = await (await site.request('/api/reports/rep_test0001')).json();
  assert.equal(state.status, 'failed');
  assert.match(state.reason, /no provider answered/);
});

test('API errors have a status, a stable id and a message', async () => {
  const site = await webHarness();
  const cases: [Response | Promise<Response>, number, string][] = [
    [site.request('/api/reports', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }), 415, 'unsupported-media-type'],
    [site.request('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }), 400, 'invalid-json'],
    [site.request('/api/reports', json({ question: '   ' })), 422, 'invalid-question'],
    [site.request('/api/reports', json({ question: 42 })), 422, 'invalid-input'],
    [site.request('/api/reports', json({ question: 'Fine?', parentId: 'rep_missing' })), 422, 'unknown-parent'],
    [site.request('/api/reports/rep_missing'), 404, 'not-found'],
    [site.request('/api/reports?limit=5000'), 400, 'invalid-request'],
  ];
  for (const [pending, status, id] of cases) {
    const response = await pending;
    assert.equal(response.status, status, id);
    const body = await response.json();
    assert.equal(body.error.id, id);
    assert.ok(body.error.message.length > 5);
  }
});

test('the OpenAPI document describes the API with the report schema', async () => {
  const site = await webHarness();
  const document = await (await site.request('/api/openapi.json')).json();
  assert.equal(document.openapi, '3.1.0');
  assert.deepEqual(Object.keys(document.paths).sort(), ['/api/reports', '/api/reports/{id}', '/api/reports/{id}/events']);
  assert.ok(document.components.schemas.Report.properties.sources);
  assert.ok(document.components.schemas.Report.required.includes('followUps'));
  assert.equal(document.servers[0].url, 'http://crosscheck.test');
});

test('reading pages: archive with search, categories, methodology, corrections, all with the page basics', async () => {
  const site = await webHarness();
  await site.request('/api/reports', json({ question: NATO_QUESTION }));
  await site.queue.idle();
  const report = (await site.store.getReport('rep_test0001'))!;
  for (const path of ['/', '/archive', '/archive?q=Hungary', '/archive?q=volcano', `/category/${encodeURIComponent(report.category)}`, '/methodology', '/corrections']) {
    const response = await site.request(path);
    assert.equal(response.status, 200, path);
    const html = await response.text();
    assertPageBasics(html, path);
    if (path !== '/methodology' && path !== '/corrections' && path !== '/archive?q=volcano') assert.ok(html.includes(`/reports/${report.slug}`), `${path} links the report`);
  }
  assert.match(await (await site.request('/archive?q=volcano')).text(), /No report matches every word/);
  assert.match(await (await site.request('/methodology')).text(), /What the engine cannot do/);
  const home = await (await site.request('/')).text();
  assert.match(home, /Most read/);
  await site.request(`/reports/${report.slug}`);
  assert.match(await (await site.request('/')).text(), /1 read</, 'a read counts toward most read');
});

test('feeds, sitemap and robots.txt', async () => {
  const site = await webHarness();
  await site.request('/api/reports', json({ question: NATO_QUESTION }));
  await site.queue.idle();
  const report = (await site.store.getReport('rep_test0001'))!;
  const atom = await site.request('/feed.atom');
  assert.equal(atom.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
  const atomText = await atom.text();
  assert.match(atomText, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  assert.ok(atomText.includes(`<link rel="alternate" href="http://crosscheck.test/reports/${report.slug}"/>`));
  const rss = await (await site.request('/feed.rss')).text();
  assert.ok(rss.includes(`<guid isPermaLink="false">${report.id}</guid>`));
  const sitemap = await (await site.request('/sitemap.xml')).text();
  assert.ok(sitemap.includes(`<loc>http://crosscheck.test/reports/${report.slug}</loc>`));
  const robots = await (await site.request('/robots.txt')).text();
  assert.match(robots, /Disallow: \/ask\n/);
  assert.match(robots, /Sitemap: http:\/\/crosscheck.test\/sitemap.xml/);
});

test('a claim report carries ClaimReview JSON-LD with the verdict as reviewRating.alternateName', async () => {
  const site = await webHarness();
  const { sampleReport } = await import('../support/sample-report.ts');
  await site.store.saveReport(sampleReport({
    id: 'rep_claim', slug: 'claim', kind: 'claim', question: 'Finland joined NATO in 2023', title: 'Fact check: Finland joined NATO in 2023',
    verdict: { label: 'supported', reason: [{ text: 'Finland officially joins NATO.', cites: [1] }] },
  }));
  const html = await (await site.request('/reports/claim')).text();
  const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1];
  const data = JSON.parse(block);
  assert.equal(data['@type'], 'ClaimReview');
  assert.equal(data.claimReviewed, 'Finland joined NATO in 2023');
  assert.deepEqual(data.reviewRating, { '@type': 'Rating', ratingValue: 6, bestRating: 6, worstRating: 1, alternateName: 'supported' });
  await site.store.saveReport(sampleReport({ id: 'rep_open', slug: 'open-claim', kind: 'claim', question: 'Mars has two moons', title: 'Fact check: Mars has two moons' }));
  const unrated = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(await (await site.request('/reports/open-claim')).text())![1];
  assert.equal(JSON.parse(unrated)['@type'], 'Article', 'a claim without a verdict is not marked up as a review');
});
