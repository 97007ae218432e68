// Hostile content renders inert, checked in the browser: source titles and text, model output and
// progress events carrying script tags, event handlers, javascript: URLs and broken markup. CSP is
// bypassed in one run so the escaping alone is what is tested; no script may run in either.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { sampleReport } from '../support/sample-report.ts';
import { launchChromium, screenshot, SKIP, startTestSite, watchPage } from './browser-harness.ts';

let browser: Browser;
let harness: Awaited<ReturnType<typeof startTestSite>>;

/** Each payload sets a different mark if it ever runs. */
const SCRIPT = '<script>window.__pwned = "script"</script>';
const HANDLER = '<img src=x onerror="window.__pwned = \'onerror\'">';
const SVG = '"><svg onload="window.__pwned = \'svg\'">';
const BROKEN = '</li></ol></section><b>unclosed <i>italic <!-- comment ]]> </textarea></title><a href="javascript:window.__pwned=\'link\'">click</a>';
const JS_URL = 'javascript:window.__pwned = "href"';

async function assertInert(page: Page, where: string) {
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined, `${where}: no injected script ran`);
  const injected = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((script) => !script.src && script.type !== 'application/ld+json').length,
    handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
    jsLinks: [...document.querySelectorAll('[href], [src]')].filter((element) => /^\s*javascript:/i.test(element.getAttribute('href') ?? element.getAttribute('src') ?? '')).length,
    svgs: document.querySelectorAll('main svg, main img').length,
  }));
  assert.deepEqual(injected, { scripts: 0, handlers: 0, jsLinks: 0, svgs: 0 }, `${where}: nothing executable in the DOM`);
}

before(async () => {
  if (SKIP) return;
  browser = await launchChromium();
  harness = await startTestSite();
  const [document] = await harness.store.upsertDocuments([{
    url: JS_URL, title: `${SCRIPT} Source title ${HANDLER}`, outlet: `Outlet ${SVG}`, publishedAt: '2026-11-01', fetchedAt: '2026-11-22T10:00:00.000Z',
    kind: 'news', text: `Body text ${SCRIPT} with ${HANDLER} and ${BROKEN}. The quoted sentence is here. ${SCRIPT}`, origin: 'test',
  }]);
  await harness.store.saveReport(sampleReport({
    id: 'rep_hostile', slug: 'hostile', question: `Is ${SCRIPT} safe?`, title: `Is ${SCRIPT} safe? ${BROKEN}`, category: `world ${HANDLER}`,
    summary: [{ text: `The model wrote ${HANDLER} and ${SVG}.`, cites: [1], support: { score: 1, quotes: [{ source: 1, text: `The quoted sentence is here. ${SCRIPT}` }] } }],
    sections: [{ heading: `Heading ${BROKEN}`, sentences: [{ text: `Section ${SCRIPT}`, cites: [1] }] }],
    positions: [{ actor: `Actor ${HANDLER}`, stance: 'opposes', reasons: [{ text: `Reason ${SVG}`, cites: [1] }] }],
    limits: [{ text: `Limit ${BROKEN}`, cites: [] }],
    bottomLine: [{ text: `Bottom ${SCRIPT}`, cites: [1] }],
    followUps: [`${SCRIPT}?`, `${HANDLER}?`, `${BROKEN}?`, `${JS_URL}?`, 'Five?'],
    sources: [{ n: 1, url: JS_URL, title: `${SCRIPT} Source title ${HANDLER}`, outlet: `Outlet ${SVG}`, publishedAt: '2026-11-01', fetchedAt: '2026-11-22T10:00:00.000Z', kind: 'news', contentHash: document.document.contentHash, documentId: document.document.id }],
    warnings: [`Warning ${BROKEN}`],
  }));
  // A report still being made, whose progress events carry hostile source titles.
  await harness.store.createJob({ id: 'rep_hostilejob', question: `Hostile ${SCRIPT} question?`, createdAt: '2026-11-22T10:00:00.000Z' });
  await harness.store.updateJob('rep_hostilejob', { status: 'running', at: '2026-11-22T10:00:00.000Z' });
  await harness.store.appendEvent('rep_hostilejob', { type: 'plan', at: '2026-11-22T10:00:00.000Z', message: `Plan ${HANDLER}` });
  await harness.store.appendEvent('rep_hostilejob', { type: 'search', at: '2026-11-22T10:00:00.000Z', message: 'Searching', data: { queries: [`query ${SCRIPT}`] } });
});

after(async () => {
  await browser?.close();
  await harness?.site.close();
});

for (const bypassCSP of [true, false]) {
  const label = bypassCSP ? 'escaping alone (CSP bypassed)' : 'with the Content-Security-Policy';
  test(`hostile report, stored copy and progress stream render inert: ${label}`, { skip: SKIP }, async () => {
    const context = await browser.newContext({ bypassCSP, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchPage(page);

    await page.goto(`${harness.url}/reports/hostile`);
    await assertInert(page, 'report');
    assert.match((await page.locator('h1').textContent()) ?? '', /^Is <script>window.__pwned = "script"<\/script> safe\?/, 'shown as text');
    assert.equal(await page.locator('h1').count(), 1, 'broken markup cannot add headings or close the article');
    await page.locator('.summary button.cite').first().click();
    assert.match((await page.locator('.summary .quote q').first().textContent()) ?? '', /The quoted sentence is here\. <script>/, 'the hostile quote is shown as text');
    await page.keyboard.press('Escape');
    await page.locator('.sources a').first().click();
    await page.locator('.follow-ups button').nth(3).click();
    await page.waitForLoadState();
    await assertInert(page, 'after clicking the hostile links');
    if (bypassCSP) await page.goto(`${harness.url}/reports/hostile`).then(() => screenshot(page, 'hostile-report'));

    await page.goto(`${harness.url}/reports/hostile/sources/1`);
    await assertInert(page, 'stored copy');
    assert.match((await page.locator('.snapshot-text').textContent()) ?? '', /Body text <script>window.__pwned = "script"<\/script> with <img src=x onerror=/);
    assert.equal(await page.locator('.snapshot-text mark').first().textContent(), `The quoted sentence is here. ${SCRIPT}`, 'the hostile quote is highlighted as text');

    await page.goto(`${harness.url}/reports/rep_hostilejob`);
    await assertInert(page, 'progress page');
    const sectionsBefore = await page.locator('#progress-sections li').count();
    // Live events arrive over SSE and are added with textContent.
    const event = await harness.store.appendEvent('rep_hostilejob', { type: 'source-found', at: '2026-11-22T10:00:01.000Z', message: `${SCRIPT}${HANDLER} Live title`, data: { url: JS_URL } });
    await harness.site.events.publish(event);
    const section = await harness.store.appendEvent('rep_hostilejob', { type: 'section', at: '2026-11-22T10:00:02.000Z', message: `Section ${SVG}${BROKEN}` });
    await harness.site.events.publish(section);
    await page.waitForFunction((before) => document.querySelectorAll('#progress-sections li').length === before + 1, sectionsBefore);
    assert.match((await page.locator('#progress-sources li').last().textContent()) ?? '', /<script>window.__pwned = "script"<\/script><img src=x/);
    await assertInert(page, 'progress page after live events');
    if (bypassCSP) await screenshot(page, 'hostile-progress');
    assert.deepEqual(problems, [], 'no dialog, no page error, no CSP violation');
    await context.close();
  });
}
