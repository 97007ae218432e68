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

  // A citation opens a popover with its supporting quote: on click, on hover with a mouse, with Enter; Escape closes it.
  const cite = page.locator('.summary button.cite').first();
  const popover = page.locator(`#${await cite.getAttribute('popovertarget')}`);
  assert.equal(await popover.isVisible(), false);
  await cite.hover();
  await popover.waitFor({ state: 'visible' });
  assert.ok(((await popover.locator('q').textContent()) ?? '').length > 10);
  await screenshot(page, 'report-citation-hover', { fullPage: false });
  await page.mouse.move(5, 5);
  await popover.waitFor({ state: 'hidden' });
  await cite.focus();
  await page.keyboard.press('Enter');
  await popover.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'hidden' });
  await cite.click();
  await popover.waitFor({ state: 'visible' });

  // From the popover, the numbered source, and from there the stored copy.
  const listLink = popover.locator('.quote-links a').first();
  const href = (await listLink.getAttribute('href'))!;
  await listLink.click();
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

test('one click on a follow-up makes a new report, linked to its parent', { skip: SKIP }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(`${harness.url}/archive`);
  await page.getByRole('link', { name: NATO_QUESTION }).first().click();
  const parentUrl = page.url();
  // One click on a follow-up starts its report (a form post; links never start work).
  const followUp = page.locator('.follow-ups button.follow-up').first();
  const question = (await followUp.textContent())!;
  await followUp.click();
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
  // The timeline is drawn on the server: there without script, its events one click away.
  assert.ok(await page.locator('.timeline svg[role="img"] circle.mark').first().isVisible());
  await page.locator('.timeline summary').click();
  assert.ok((await page.locator('.timeline-events li').count()) >= 2);
  // Popovers need no script: a citation still opens its quote, as a sheet at the bottom of the screen.
  const cite = page.locator('.summary button.cite').first();
  await cite.click();
  const popover = page.locator(`#${await cite.getAttribute('popovertarget')}`);
  await popover.waitFor({ state: 'visible' });
  const sheet = (await popover.boundingBox())!;
  assert.ok(sheet.y + sheet.height <= 900 && sheet.y > 450, 'a bottom sheet on screen');
  await popover.locator('.quote-links a').first().click();
  assert.match(page.url(), /#source-\d+$/);
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
  // A tap opens the quote as a bottom sheet without moving the page; a tap outside closes it.
  const cite = page.locator('.summary button.cite').first();
  await cite.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => ({ y: window.scrollY, url: location.href }));
  await cite.tap();
  const popover = page.locator(`#${await cite.getAttribute('popovertarget')}`);
  await popover.waitFor({ state: 'visible' });
  const box = (await popover.boundingBox())!;
  assert.ok(box.x >= 0 && box.x + box.width <= 390 && box.y >= 0 && box.y + box.height <= 844, 'the quote fits on the screen');
  assert.deepEqual(await page.evaluate(() => ({ y: window.scrollY, url: location.href })), before, 'the tap did not jump');
  await screenshot(page, 'phone-citation', { fullPage: false });
  await page.touchscreen.tap(195, 60);
  await popover.waitFor({ state: 'hidden' });
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
