// Share and speed in real Chromium: the report page arrives compressed with an ETag, a reload is a 304,
// and the Open Graph card named in the page loads as a 1200 × 630 image.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { NATO_QUESTION } from '../support/fixtures.ts';
import { launchChromium, screenshot, SKIP, startTestSite } from './browser-harness.ts';

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

test('compressed pages, an ETag and a 304 on reload; the Open Graph card is a 1200 × 630 PNG', { skip: SKIP }, async () => {
  let context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let page = await context.newPage();
  await page.goto(harness.url);
  await page.getByLabel('Ask a question about the news, or paste a claim to check').fill(NATO_QUESTION);
  await page.getByRole('button', { name: 'Research' }).click();
  await page.waitForURL(/\/reports\/which-nato-members/);
  // A fresh browser (nothing cached) opens the report.
  const reportUrl = page.url();
  await context.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  const response = await page.goto(reportUrl);
  assert.equal(response!.status(), 200);
  const headers = await response!.allHeaders();
  // Chromium offers brotli only over HTTPS: on this plain-HTTP test server it gets gzip.
  const offered = (await response!.request().allHeaders())['accept-encoding'] ?? '';
  assert.equal(headers['content-encoding'], offered.includes('br') ? 'br' : 'gzip', `asked for ${offered}`);
  assert.match(headers.etag ?? '', /^W\//);
  const css = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel=stylesheet]')!.href)).headers.get('content-length'));
  assert.ok(Number(css) > 0 && Number(css) < 8000, `the stylesheet arrives compressed: ${css} bytes`);
  const revalidated = await page.evaluate(async () => (await fetch(location.href, { headers: { 'if-none-match': (await fetch(location.href)).headers.get('etag')! } })).status);
  assert.equal(revalidated, 304);

  const card = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  const image = await page.goto(card.replace(/^https?:\/\/[^/]+/, harness.url));
  assert.equal((await image!.allHeaders())['content-type'], 'image/png');
  const size = await page.evaluate(() => {
    const element = document.querySelector('img')!;
    return { width: element.naturalWidth, height: element.naturalHeight };
  });
  assert.deepEqual(size, { width: 1200, height: 630 });
  await screenshot(page, 'og-card', { fullPage: false });
  await context.close();
});
