import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { NATO_QUESTION } from '../support/fixtures.ts';
import { sampleReport } from '../support/sample-report.ts';
import { ADMIN_TOKEN, askAndWait, assertPageBasics, BASE, webHarness } from './web-harness.ts';

const basic = (password: string) => `Basic ${Buffer.from(`moderator:${password}`).toString('base64')}`;

test('every response carries a strict CSP (no inline script or style) and the other security headers', async () => {
  const site = await webHarness();
  for (const path of ['/', '/api/reports', '/no/such/page', '/robots.txt']) {
    const response = await site.request(path);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/, path);
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.match(csp, /style-src 'self'(;|$)/, path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
  }
});

test('static files are served under hashed names with long caching; unknown ones are 404', async () => {
  const site = await webHarness();
  const home = await (await site.request('/')).text();
  const css = /href="(\/static\/site\.[0-9a-f]{10}\.css)"/.exec(home)![1];
  const response = await site.request(css);
  assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
  assert.match(response.headers.get('cache-control') ?? '', /immutable/);
  assert.match(await response.text(), /\.quote\[popover\]/);
  assert.equal((await site.request('/static/site.0000000000.css')).status, 404);
});

test('report creation is rate limited per client; opening an existing report is not', async () => {
  const site = await webHarness({ env: { CROSSCHECK_REPORTS_PER_HOUR: '2' } });
  const path = await askAndWait(site, NATO_QUESTION);
  assert.equal((await site.postForm('/ask', { q: 'Second question?' })).status, 303);
  for (let index = 0; index < 3; index++) assert.equal((await site.postForm('/ask', { q: NATO_QUESTION })).headers.get('location'), path, 'existing report: free');
  const limited = await site.postForm('/ask', { q: 'Third question?' });
  assert.equal(limited.status, 429);
  assert.ok(Number(limited.headers.get('retry-after')) > 0);
  assertPageBasics(await limited.text(), 'rate limit page');
  const api = await site.request('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Fourth question?' }) });
  assert.equal(api.status, 429);
  assert.equal((await api.json()).error.id, 'rate-limited');
  await site.queue.idle();
});

test('forms posted from another site are refused; oversized bodies are refused', async () => {
  const site = await webHarness();
  const crossSite = await site.postForm('/ask', { q: NATO_QUESTION }, { origin: 'https://evil.example' });
  assert.equal(crossSite.status, 403);
  const huge = await site.postForm('/ask', { q: 'a'.repeat(100_000) });
  assert.equal(huge.status, 413);
  assert.deepEqual(await site.store.listActiveJobs(), []);
});

test('moderation needs the admin token; without ADMIN_TOKEN it is off', async () => {
  const site = await webHarness();
  const anonymous = await site.request('/admin');
  assert.equal(anonymous.status, 401);
  assert.match(anonymous.headers.get('www-authenticate') ?? '', /^Basic/);
  assert.equal((await site.request('/admin', { headers: { authorization: basic('wrong-token-wrong-token') } })).status, 401);
  const page = await site.request('/admin', { headers: { authorization: basic(ADMIN_TOKEN) } });
  assert.equal(page.status, 200);
  assertPageBasics(await page.text(), 'admin');
  assert.equal((await site.request('/admin', { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).status, 200);
  const off = await webHarness({ env: { ADMIN_TOKEN: '' } });
  assert.equal((await off.request('/admin', { headers: { authorization: basic(ADMIN_TOKEN) } })).status, 404);
});

test('moderators correct (dated note on the report and the corrections page), unpublish, republish and delete, all in the audit log', async () => {
  const site = await webHarness();
  await site.store.saveReport(sampleReport({ id: 'rep_mod', slug: 'moderated', title: 'A report to moderate' }));
  const auth = { authorization: basic(ADMIN_TOKEN) };
  const moderate = (fields: Record<string, string>) => site.postForm('/admin/moderate', fields, auth);

  assert.equal((await moderate({ report: 'moderated', action: 'correct', note: 'x' })).status, 422, 'a correction needs a note');
  const corrected = await moderate({ report: 'moderated', action: 'correct', note: 'The source date was wrong; it is now fixed.' });
  assert.equal(corrected.status, 303);
  const { document } = parseHTML(await (await site.request('/reports/moderated')).text());
  assert.match(document.querySelector('.notice.correction')?.textContent ?? '', /Correction, November 22, 2026: The source date was wrong/);
  assert.match(await (await site.request('/corrections')).text(), /The source date was wrong/);

  await moderate({ report: 'moderated', action: 'unpublish' });
  assert.equal((await site.request('/reports/moderated')).status, 410);
  assert.equal((await site.request('/api/reports/rep_mod')).status, 410);
  assert.ok(!(await (await site.request('/archive')).text()).includes('/reports/moderated'));
  await moderate({ report: 'moderated', action: 'republish' });
  assert.equal((await site.request('/reports/moderated')).status, 200);

  assert.equal((await moderate({ report: 'moderated', action: 'delete' })).status, 422, 'deleting needs a confirmation');
  const deleted = await site.request('/admin/moderate', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ report: 'rep_mod', action: 'delete', confirm: true }) });
  assert.deepEqual(await deleted.json(), { ok: true, action: 'delete', reportId: 'rep_mod', message: 'Deleted “A report to moderate”.' });
  assert.equal((await site.request('/reports/moderated')).status, 404);
  const admin = await (await site.request('/admin', { headers: auth })).text();
  for (const action of ['correct', 'unpublish', 'republish', 'delete']) assert.ok(admin.includes(`<td>${action}</td>`), `audit log shows ${action}`);
  assert.equal((await moderate({ report: 'rep_gone', action: 'unpublish' })).status, 404);
  assert.equal((await site.postForm('/admin/moderate', { report: 'rep_mod', action: 'unpublish' }, { ...auth, origin: 'https://evil.example' })).status, 403, 'no cross-site moderation');
});

test('hostile report content is escaped on the page; javascript: links are neutralised', async () => {
  const site = await webHarness();
  await site.store.saveReport(sampleReport({
    id: 'rep_hostile', slug: 'hostile', title: 'Is <script>alert(1)</script> safe?', category: '<b>world</b>',
    summary: [{ text: 'A source says <img src=x onerror=alert(1)>.', cites: [1], support: { score: 1, quotes: [{ source: 1, text: '"><script>steal()</script>' }] } }],
    followUps: ['<a href="javascript:alert(1)">click</a>?', 'Two?', 'Three?', 'Four?', 'Five?'],
    sources: [{ n: 1, url: 'javascript:alert(1)', title: '<svg onload=alert(1)>', outlet: '</li><script>x()</script>', fetchedAt: '2026-11-22T10:00:00.000Z', kind: 'news', contentHash: 'sha256:abc' }],
  }));
  const html = await (await site.request('/reports/hostile')).text();
  assert.ok(!/<script(?! type="application\/ld\+json")(?! src=)/.test(html), 'no script element but JSON-LD and our own file');
  assert.ok(!/<(img|svg)\b/i.test(html.replace(/<img src="\/static\/logo\.[0-9a-f]+\.svg"/, '')), 'no injected img or svg');
  assert.ok(!html.includes('href="javascript:'), 'no javascript: link');
  const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1];
  assert.ok(!jsonLd.includes('</script'), 'JSON-LD cannot close its element');
  assert.equal(JSON.parse(jsonLd).headline, 'Is <script>alert(1)</script> safe?');
  assert.ok(html.includes(`${BASE}/reports/hostile`));
});
