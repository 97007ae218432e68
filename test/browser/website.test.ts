// The website in real Chromium: ask, watch the progress stream, read the report, follow a citation to
// its stored source, follow up; the same without JavaScript; on a phone. Screenshots in test-results/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { NATO_QUESTION } from '../support/fixtures.ts';
import { launchChromium, screenshot, SKIP, startTestSite, watchPage } from './browser-harness.ts';

let browser: Browser;
let harness: Awaited<ReturnType<typeof startTestSite>>;

before(async () => {
  if (SKIP) return;
  browser = await launchChromium();
  harness = await startTestSite();
});

after(async () => {
  await browser?.close();
  await harness?.site.close();
});

test('ask, watch the research stream in, read the report; follow a citation to its stored source', { skip: SKIP }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(harness.url);
  await screenshot(page, 'home');
  harness.searchGate.close();
  harness.writeGate.close();
  await page.getByLabel('Ask a question about the news, or paste a claim to check').fill(NATO_QUESTION);
  await page.getByRole('button', { name: 'Research' }).click();
  await page.waitForURL(/\/reports\/rep_[0-9a-f]{16}$/);
  assert.equal(await page.locator('h1').textContent(), NATO_QUESTION);
  assert.equal(await page.locator('[data-stage="search"]').getAttribute('class'), 'stage active');

  harness.searchGate.open();
  // Sources and stages arrive over SSE, after the page was rendered: the list grows without a reload.
  await page.waitForFunction(() => document.querySelectorAll('#progress-sources li').length > 3);
  await page.waitForSelector('[data-stage="write"].active');
  assert.ok(Number(await page.locator('#progress-source-count').textContent()) > 3);
  assert.equal(await page.locator('[data-stage="read"]').getAttribute('class'), 'stage done');
  await screenshot(page, 'progress');

  harness.writeGate.open();
  await page.waitForURL(/\/reports\/which-nato-members-support-or-oppose-ukraine-joining/);
  assert.equal(await page.locator('h1').textContent(), NATO_QUESTION);
  assert.match((await page.locator('.checked').textContent()) ?? '', /^Checked on /);
  await screenshot(page, 'report');

  // A citation shows its supporting quote on hover and on keyboard focus.
  const cite = page.locator('.summary a.cite').first();
  const tooltip = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
  assert.equal(await tooltip.isVisible(), false);
  await cite.hover();
  await tooltip.waitFor({ state: 'visible' });
  assert.ok(((await tooltip.locator('q').textContent()) ?? '').length > 10);
  await screenshot(page, 'report-citation-hover', { fullPage: false });
  await page.mouse.move(0, 0);
  await tooltip.waitFor({ state: 'hidden' });
  await cite.focus();
  await tooltip.waitFor({ state: 'visible' });

  // Following the citation leads to the numbered source, and from there to the stored copy.
  const href = (await cite.getAttribute('href'))!;
  await cite.click();
  await page.waitForURL((url) => url.hash === href);
  const source = page.locator(href);
  assert.ok(await source.isVisible());
  await source.getByRole('link', { name: 'stored copy' }).click();
  await page.waitForURL(/\/sources\/\d+$/);
  assert.ok((await page.locator('.snapshot-text mark').count()) > 0, 'the quoted passage is highlighted');
  await screenshot(page, 'source-copy');
  assert.deepEqual(problems, []);
  await context.close();
});

test('follow a follow-up: a new report, linked to its parent', { skip: SKIP }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(`${harness.url}/archive`);
  await page.getByRole('link', { name: NATO_QUESTION }).first().click();
  const parentUrl = page.url();
  const followUp = page.locator('.follow-ups a').first();
  const question = (await followUp.textContent())!;
  await followUp.click();
  await page.waitForURL(/\/ask\?/);
  assert.equal(await page.locator('h1').textContent(), 'Research this question');
  await screenshot(page, 'follow-up-ask');
  await page.getByRole('button', { name: 'Research' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/reports/') && !url.pathname.startsWith('/reports/rep_'));
  assert.equal(await page.locator('h1').textContent(), question);
  const parentLink = page.locator('.parent-link a');
  assert.equal(new URL((await parentLink.getAttribute('href'))!, harness.url).href, parentUrl);
  await screenshot(page, 'follow-up-report');
  await parentLink.click();
  await page.waitForURL(parentUrl);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the same without JavaScript: the progress page reloads itself until the report is ready', { skip: SKIP }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(harness.url);
  harness.searchGate.close();
  await page.getByLabel('Ask a question about the news, or paste a claim to check').fill('Which countries oppose Ukraine joining NATO?');
  await page.getByRole('button', { name: 'Research' }).click();
  await page.waitForURL(/\/reports\/rep_/);
  assert.equal(await page.locator('[data-stage="search"]').getAttribute('class'), 'stage active');
  await screenshot(page, 'progress-no-js');
  harness.searchGate.open();
  await page.waitForURL(/\/reports\/which-countries-oppose-ukraine-joining-nato/, { timeout: 15_000 });
  assert.equal(await page.locator('h1').textContent(), 'Which countries oppose Ukraine joining NATO?');
  const firstSource = page.locator('ol.sources li').first();
  await page.locator('.summary a.cite').first().click();
  assert.match(page.url(), /#source-\d+$/);
  assert.ok(await firstSource.isVisible());
  await screenshot(page, 'report-no-js');
  await context.close();
});

test('on a phone: no sideways scrolling, readable report, the citation quote as a bottom sheet', { skip: SKIP }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const problems = watchPage(page);
  for (const [path, name] of [['/', 'phone-home'], ['/archive', 'phone-archive'], ['/methodology', 'phone-methodology']]) {
    await page.goto(`${harness.url}${path}`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path}: no sideways scroll`);
    await screenshot(page, name);
  }
  await page.goto(`${harness.url}/archive`);
  await page.getByRole('link', { name: NATO_QUESTION }).first().click();
  await page.waitForURL(/\/reports\/which-nato/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'report: no sideways scroll');
  const fontSize = await page.locator('.summary p').evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
  assert.ok(fontSize >= 16, `body text at least 16px, got ${fontSize}`);
  await screenshot(page, 'phone-report');
  await page.locator('table.positions').scrollIntoViewIfNeeded();
  await screenshot(page, 'phone-positions', { fullPage: false });
  const cite = page.locator('.summary a.cite').first();
  await cite.focus();
  const box = await page.locator(`#${await cite.getAttribute('aria-describedby')}`).boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'the quote fits on the screen');
  await screenshot(page, 'phone-citation', { fullPage: false });
  assert.deepEqual(problems, []);
  await context.close();
});

test('dark mode and print use their own styles', { skip: SKIP }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${harness.url}/archive`);
  await page.getByRole('link', { name: NATO_QUESTION }).first().click();
  await page.waitForURL(/\/reports\/which-nato/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(18, 18, 18)');
  await screenshot(page, 'report-dark');
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  assert.equal(await page.locator('.site-header nav').isVisible(), false, 'no navigation in print');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  await context.close();
});
