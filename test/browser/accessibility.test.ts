// WCAG 2.2 AA in real Chromium: axe-core on the home, report, archive and stored-copy pages in light and
// dark mode, on a desktop and a phone; every control a target of at least 24 × 24 px; focus visible.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { NATO_QUESTION } from '../support/fixtures.ts';
import { launchChromium, SKIP, startTestSite } from './browser-harness.ts';

const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
let harness: Awaited<ReturnType<typeof startTestSite>>;
let reportPath: string;

before(async () => {
  if (SKIP) return;
  browser = await launchChromium();
  harness = await startTestSite();
  const response = await fetch(`${harness.url}/ask`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: harness.url }, body: new URLSearchParams({ q: NATO_QUESTION }) });
  const progress = response.headers.get('location')!;
  for (let attempt = 0; attempt < 100 && !reportPath; attempt++) {
    const page = await fetch(`${harness.url}${progress}`, { redirect: 'manual' });
    if (page.status === 301) reportPath = new URL(page.headers.get('location')!, harness.url).pathname;
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(reportPath, 'the report was made');
});

after(async () => {
  await browser?.close();
  await harness?.site.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`));
  }, WCAG_TAGS);
  return violations;
}

const PAGES = () => [['home', '/'], ['report', reportPath], ['archive', '/archive'], ['stored copy', `${reportPath}/sources/1`], ['methodology', '/methodology']];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const device of ['desktop', 'phone'] as const) {
    test(`axe finds no WCAG 2.2 AA violation in ${colorScheme} mode on a ${device}`, { skip: SKIP }, async () => {
      const viewport = device === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 900 };
      // axe is injected as a script, which the site's CSP refuses: bypass it for this test only.
      const context = await browser.newContext({ viewport, colorScheme, bypassCSP: true, isMobile: device === 'phone', hasTouch: device === 'phone' });
      const page = await context.newPage();
      const found: string[] = [];
      for (const [name, path] of PAGES()) {
        await page.goto(`${harness.url}${path}`);
        found.push(...(await axeViolations(page)).map((violation) => `${name}: ${violation}`));
      }
      assert.deepEqual(found, []);
      // The check can fail: text at 1.3:1 is reported.
      await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p style="color:#777;background:#888">faint text</p>'));
      assert.ok((await axeViolations(page)).some((violation) => violation.startsWith('color-contrast')));
      await context.close();
    });
  }
}

test('every control on the report page is at least 24 × 24 px, and keyboard focus is visible', { skip: SKIP }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${harness.url}${reportPath}`);
  const small = await page.evaluate(() => [...document.querySelectorAll('button, .cite, input[type=radio], .follow-ups button, .quote-links a, nav a, .breadcrumb a')]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => ({ text: element.textContent?.trim().slice(0, 30), box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`));
  assert.deepEqual(small, []);
  const cite = page.locator('.summary button.cite').first();
  const size = (await cite.boundingBox())!;
  assert.ok(size.width >= 24 && size.height >= 24, `a citation is ${size.width}×${size.height}`);
  await cite.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await cite.evaluate((element) => getComputedStyle(element).outlineStyle + ' ' + getComputedStyle(element).outlineWidth);
  assert.match(outline, /^solid [2-9]/, 'focus is drawn');
  await context.close();
});
