// Versions in real Chromium: "Check again now" after the library changed makes a new version whose page
// says what changed and links the earlier one; screenshots of both themes on a desktop and a phone.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { NATO_QUESTION } from '../support/fixtures.ts';
import { launchChromium, RESULTS, screenshot, SKIP, startTestSite } from './browser-harness.ts';

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

test('a recheck with a changed library shows what changed and the version history', { skip: SKIP }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${harness.url}/ask?q=${encodeURIComponent(NATO_QUESTION)}`);
  await page.getByRole('button', { name: 'Research' }).click();
  await page.waitForURL(/\/reports\/which-nato-members/);
  const firstUrl = page.url();
  await harness.store.upsertDocuments([{
    url: 'https://news.example/2026-12-01/estonia', title: 'Estonia backs Ukraine in NATO', outlet: 'Wire Z', publishedAt: '2026-12-01', fetchedAt: '2026-03-28T00:00:00.000Z', kind: 'news', origin: 'test', topics: ['Ukraine–NATO relations'],
    text: 'Estonian Prime Minister Kristen Michal says Estonia supports Ukraine joining NATO, arguing that membership is the only lasting security guarantee for Ukraine.',
  }]);
  await page.getByRole('button', { name: 'Check again now' }).click();
  await page.waitForURL((url) => url.href !== firstUrl && /\/reports\/which-nato-members/.test(url.pathname));
  const changes = page.locator('.notice.changes');
  assert.match((await changes.locator('h2').textContent()) ?? '', /^What changed since /);
  assert.match((await changes.textContent()) ?? '', /1 new source:\s*Estonia backs Ukraine in NATO/);
  await changes.screenshot({ path: path.join(RESULTS, 'versions-changes.png') });
  await page.locator('.version-list a').first().click();
  await page.waitForURL(firstUrl);
  assert.match((await page.locator('.notice.newer').textContent()) ?? '', /This is an earlier version/);
  await context.close();
});

test('screenshots of a report: light and dark, desktop and phone', { skip: SKIP }, async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
      const context = await browser.newContext({ viewport, colorScheme, isMobile: device === 'phone', hasTouch: device === 'phone', deviceScaleFactor: device === 'phone' ? 2 : 1 });
      const page = await context.newPage();
      await page.goto(`${harness.url}/ask?q=${encodeURIComponent(NATO_QUESTION)}`);
      await page.waitForURL(/\/reports\/which-nato-members/);
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), colorScheme === 'dark');
      await screenshot(page, `report-${colorScheme}-${device}`, { fullPage: false });
      await context.close();
    }
  }
});
