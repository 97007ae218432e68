// Issue #13, security items 2–9, each reproduced from the user's side (app.request) and shown defended.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MakeReport } from '../../src/runtime/jobs/report-job.ts';
import { forwardedClient } from '../../src/interfaces/web/middleware/client-key.ts';
import { NATO_QUESTION } from '../support/fixtures.ts';
import { sampleReport } from '../support/sample-report.ts';
import { ADMIN_TOKEN, askAndWait, BASE, webHarness } from './web-harness.ts';

/** Jobs that stay running until `release()`: reports being made, for streams and caps. */
function held() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const wrap = (real: MakeReport): MakeReport => async (input) => {
    input.onEvent({ type: 'plan', at: '2026-11-22T10:00:00.000Z', message: 'Planning', data: { url: 'file:///home/alice/private/notes.md' } });
    await released;
    return real(input);
  };
  return { release, wrap };
}

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const tick = () => new Promise((resolve) => setImmediate(resolve));
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

test('item 2: an unpublished report is not streamed: its events, JSON, page and sources all answer 410', async () => {
  const site = await webHarness();
  const page = await askAndWait(site, NATO_QUESTION);
  const report = (await site.store.getReport(page.split('/').pop()!))!;
  assert.equal((await site.request(`/api/reports/${report.id}/events`)).status, 200, 'streamed while published');
  await site.store.moderate({ action: 'unpublish', reportId: report.id, actor: 'admin', at: '2026-11-22T11:00:00.000Z' });
  for (const path of [`/api/reports/${report.id}/events`, `/api/reports/${report.id}`, `/reports/${report.id}`, `/reports/${report.slug}`, `/reports/${report.slug}/sources/1`]) {
    const response = await site.request(path);
    assert.equal(response.status, 410, path);
    assert.doesNotMatch(await response.text(), /Hungary|Orbán/, `${path}: no report content`);
  }
});

test('item 2 and 4: a report still being made on a withdrawn question is hidden (progress page, JSON and events)', async () => {
  const gate = held();
  const site = await webHarness({ makeReport: gate.wrap });
  await site.store.saveReport(sampleReport({ id: 'rep_old', slug: 'old', question: 'Is the sample withdrawn?', title: 'Is the sample withdrawn?' }));
  const job = await site.store.createJob({ id: 'rep_late', question: 'is the sample WITHDRAWN', createdAt: '2026-11-22T10:00:00.000Z' });
  await site.store.moderate({ action: 'unpublish', reportId: 'rep_old', actor: 'admin', at: '2026-11-22T11:00:00.000Z' });
  for (const path of [`/reports/${job.id}`, `/api/reports/${job.id}`, `/api/reports/${job.id}/events`]) assert.equal((await site.request(path)).status, 410, path);
  gate.release();
});

test('item 3: behind one trusted proxy, rotating the left of X-Forwarded-For does not escape the rate limit', async () => {
  assert.equal(forwardedClient('6.6.6.6, 198.51.100.7', 1), '198.51.100.7', 'the entry our proxy appended');
  assert.equal(forwardedClient('6.6.6.6, 198.51.100.7, 10.0.0.2', 2), '198.51.100.7', 'two proxies: the second from the right');
  assert.equal(forwardedClient('198.51.100.7', 2), '198.51.100.7', 'fewer entries than proxies');
  assert.equal(forwardedClient('6.6.6.6', 0), undefined, 'no proxy trusted: the header is ignored');
  const site = await webHarness({ env: { CROSSCHECK_TRUST_PROXY: '1', CROSSCHECK_REPORTS_PER_HOUR: '1' } });
  const from = (spoofed: string) => ({ 'x-forwarded-for': `${spoofed}, 198.51.100.7` });
  assert.equal((await site.postForm('/ask', { q: 'First question about Hungary?' }, from('1.1.1.1'))).status, 303);
  const second = await site.postForm('/ask', { q: 'Second question about Poland?' }, from('2.2.2.2'));
  assert.equal(second.status, 429, 'a new left-most address is the same client');
  assert.ok(Number(second.headers.get('retry-after')) > 0);
  assert.equal((await site.postForm('/ask', { q: 'Third question about Turkey?' }, { 'x-forwarded-for': '203.0.113.5' })).status, 303, 'another client is admitted');
  await site.queue.idle();
});

test('item 3: a site-wide cap on queued and running reports answers 503 with Retry-After; joining a running report still works', async () => {
  const gate = held();
  const site = await webHarness({ makeReport: gate.wrap, env: { CROSSCHECK_MAX_PENDING_REPORTS: '2', CROSSCHECK_REPORTS_PER_HOUR: '100' } });
  assert.equal((await site.postForm('/ask', { q: 'Does Hungary oppose it?' })).status, 303);
  assert.equal((await site.request('/api/reports', json({ question: 'Does Poland back it?' }))).status, 202);
  const full = await site.postForm('/ask', { q: 'Does Turkey back it?' });
  assert.equal(full.status, 503);
  assert.equal(full.headers.get('retry-after'), '60');
  assert.match(await full.text(), /making as many reports as it can \(2 queued or running\)/);
  const api = await site.request('/api/reports', json({ question: 'Does Turkey back it?' }));
  assert.equal(api.status, 503);
  assert.equal((await api.json()).error.id, 'busy');
  assert.equal((await site.postForm('/ask', { q: 'Does Hungary oppose it?' })).status, 303, 'the same question joins its job');
  assert.equal((await site.store.listActiveJobs()).length, 2);
  gate.release();
  await site.queue.idle();
});

test('item 4: asking a withdrawn question again is refused (form, link and API) and starts nothing', async () => {
  const site = await webHarness();
  const page = await askAndWait(site, NATO_QUESTION);
  const report = (await site.store.getReport(page.split('/').pop()!))!;
  await site.store.moderate({ action: 'unpublish', reportId: report.id, actor: 'admin', at: '2026-11-22T11:00:00.000Z' });
  const again = await site.postForm('/ask', { q: NATO_QUESTION.toUpperCase(), recheck: '1' });
  assert.equal(again.status, 410);
  assert.match(await again.text(), /editors withdrew the report on this question/);
  assert.equal((await site.request(`/ask?q=${encodeURIComponent(NATO_QUESTION)}`)).status, 410);
  const api = await site.request('/api/reports', json({ question: NATO_QUESTION }));
  assert.equal(api.status, 410);
  assert.equal((await api.json()).error.id, 'withdrawn-question');
  assert.deepEqual(await site.store.listActiveJobs(), []);
  assert.ok(!(await (await site.request('/archive')).text()).includes(report.slug));
});

test('item 5: a report without evidence is shown to its asker (noindex) but not in the archive, feeds, sitemap or most read', async () => {
  const site = await webHarness();
  const page = await askAndWait(site, 'asdf qwerty zxcv');
  const response = await site.request(page);
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.match(html, /<meta name="robots" content="noindex">/);
  const report = (await site.store.getReport(page.split('/').pop()!))!;
  assert.equal(report.insufficientEvidence, true);
  for (const path of ['/', '/archive', '/feed.atom', '/feed.rss', '/sitemap.xml', '/api/reports', `/category/${report.category}`]) {
    const listed = await site.request(path);
    assert.ok(!(await listed.text()).includes(report.slug), `${path} does not list it`);
  }
  const good = await askAndWait(site, NATO_QUESTION);
  assert.doesNotMatch(await (await site.request(good)).text(), /content="noindex"/, 'a report with evidence is indexed');
});

test('item 6: sources ingested from files show their file name (or the configured public URL), never the local path', async () => {
  const source = { n: 1, url: 'file:///home/alice/private/briefing%20notes.md', title: 'Briefing notes', outlet: 'briefing notes.md', fetchedAt: '2026-11-22T10:00:00.000Z', kind: 'other' as const, contentHash: 'sha256:abc' };
  for (const [env, expected] of [[{}, 'briefing notes.md'], [{ CROSSCHECK_FILES_BASE_URL: 'https://files.example/corpus' }, 'https://files.example/corpus/briefing%20notes.md']] as const) {
    const site = await webHarness({ env });
    await site.store.saveReport(sampleReport({ id: 'rep_file', slug: 'from-a-file', sources: [source] }));
    for (const path of ['/reports/from-a-file', '/reports/from-a-file/sources/1', '/api/reports/rep_file']) {
      const body = await (await site.request(path)).text();
      assert.doesNotMatch(body, /file:|\/home\/alice/, path);
      assert.ok(body.includes(expected) || body.includes(expected.replace(' ', '%20')), `${path} shows ${expected}`);
    }
  }
  const gate = held();
  const site = await webHarness({ makeReport: gate.wrap });
  await site.postForm('/ask', { q: NATO_QUESTION });
  await tick();
  for (const path of ['/api/reports/rep_test0001', '/reports/rep_test0001']) assert.doesNotMatch(await (await site.request(path)).text(), /file:|\/home\/alice/, `${path}: progress events`);
  gate.release();
  await site.queue.idle();
});

test('item 7: RTL overrides, zero-width characters and NUL in a question never reach the title or the slug', async () => {
  const site = await webHarness();
  const hostile = 'Which NATO members support or oppose\u202e Ukraine\u200b joining,\u0000 and what are their\u2066 stated reasons?';
  const page = await askAndWait(site, hostile);
  const report = (await site.store.getReport(page.split('/').pop()!))!;
  for (const text of [report.question, report.title, report.slug]) assert.doesNotMatch(text, /[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/, JSON.stringify(text));
  assert.equal(report.question, NATO_QUESTION);
  const api = await site.request('/api/reports', json({ question: 'Is \u202eNATO\ufeff expanding?\u0000' }));
  assert.equal((await api.json()).question, 'Is NATO expanding?');
  const empty = await site.request('/api/reports', json({ question: '\u200b\u202e\u0000' }));
  assert.equal(empty.status, 422, 'nothing visible left: a clear error');
  assert.match((await empty.json()).error.message, /question is empty/);
  await site.queue.idle();
});

test('item 8: progress streams are capped per client and in total, and an idle stream is closed', async () => {
  const gate = held();
  const site = await webHarness({ makeReport: gate.wrap, env: { CROSSCHECK_STREAMS_PER_CLIENT: '2', CROSSCHECK_STREAMS_TOTAL: '3', CROSSCHECK_TRUST_PROXY: '1' }, streamTimings: { keepaliveMs: 10_000, idleMs: 10_000 } });
  await site.postForm('/ask', { q: NATO_QUESTION });
  const open = (client: string) => site.request('/api/reports/rep_test0001/events', { headers: { 'x-forwarded-for': client } });
  const first = await open('198.51.100.1');
  const second = await open('198.51.100.1');
  assert.deepEqual([first.status, second.status], [200, 200]);
  const third = await open('198.51.100.1');
  assert.equal(third.status, 429);
  assert.equal((await third.json()).error.id, 'too-many-streams');
  assert.equal((await open('198.51.100.2')).status, 200, 'another client');
  const full = await open('198.51.100.3');
  assert.equal(full.status, 503, 'the total is reached');
  assert.ok(full.headers.get('retry-after'));
  await first.body!.cancel();
  await tick();
  assert.equal((await open('198.51.100.1')).status, 200, 'a closed stream frees its place');
  gate.release();
  await site.queue.idle();

  const idle = held();
  const quiet = await webHarness({ makeReport: idle.wrap, streamTimings: { keepaliveMs: 5, idleMs: 30 } });
  await quiet.postForm('/ask', { q: NATO_QUESTION });
  const text = await (await quiet.request('/api/reports/rep_test0001/events')).text();
  assert.match(text, /event: progress/, 'the stored progress is sent');
  assert.doesNotMatch(text, /event: end/, 'the stream closed for idleness, not because the report ended');
  idle.release();
  await quiet.queue.idle();
});

test('item 9: requests for another host name (DNS rebinding) are refused; health probes are not', async () => {
  const site = await webHarness();
  const rebound = await site.app.request('http://evil.example/ask', {
    method: 'POST',
    headers: { host: 'evil.example', origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ q: NATO_QUESTION }).toString(),
  });
  assert.equal(rebound.status, 421);
  assert.deepEqual(await site.store.listActiveJobs(), [], 'no report started');
  assert.equal((await site.app.request('http://evil.example/', { headers: { host: 'evil.example:3000' } })).status, 421);
  assert.equal((await site.app.request('http://10.0.0.5:3000/healthz', { headers: { host: '10.0.0.5:3000' } })).status, 200);
  assert.equal((await site.app.request(`${BASE}/`, { headers: { host: 'crosscheck.test' } })).status, 200);
});

test('item 9: the admin page shows only notices the server signed, never text from the link', async () => {
  const site = await webHarness();
  const forged = await site.request(`/admin?done=${encodeURIComponent('Your session expired: sign in again at https://evil.example')}`, { headers: auth });
  assert.doesNotMatch(await forged.text(), /evil\.example|session expired/);
  await site.store.saveReport(sampleReport({ id: 'rep_mod', slug: 'moderated', title: 'A report to moderate' }));
  const done = await site.postForm('/admin/moderate', { report: 'moderated', action: 'unpublish' }, auth);
  assert.equal(done.status, 303);
  const notice = await (await site.request(done.headers.get('location')!, { headers: auth })).text();
  assert.match(notice, /<p class="notice" role="status">Unpublished “A report to moderate”\.<\/p>/);
  const tampered = done.headers.get('location')!.replace(/done=([^.]+)/, 'done=$1A');
  assert.doesNotMatch(await (await site.request(tampered, { headers: auth })).text(), /class="notice"/);
});
