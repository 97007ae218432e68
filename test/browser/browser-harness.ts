// Real Chromium (Debian's /usr/bin/chromium through playwright-core) against the real server on a free
// port, with an engine whose search and writing can be held, so progress can be watched mid-way.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { SearchProvider, Writer } from '../../src/contracts/ports.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { loadSiteConfig } from '../../src/interfaces/web/config.ts';
import { startSite } from '../../src/interfaces/web/start-site.ts';
import { createExtractiveWriter } from '../../src/pipeline/write/index.ts';
import { memoryStore } from '../support/fakes.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const SKIP = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium): browser tests skipped`;
export const RESULTS = path.resolve(import.meta.dirname, '../../test-results');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A gate that can be closed again: every caller waits while it is closed. */
export function createGate() {
  let open = true;
  let waiters: (() => void)[] = [];
  return {
    close() {
      open = false;
    },
    open() {
      open = true;
      for (const resolve of waiters) resolve();
      waiters = [];
    },
    wait(): Promise<void> {
      return open ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}

export async function startTestSite(env: Record<string, string> = {}) {
  const store = await memoryStore(NATO_CORPUS);
  const searchGate = createGate();
  const writeGate = createGate();
  const local = createLocalCorpusSearch({ store });
  const search: SearchProvider = {
    id: local.id,
    async search(request) {
      await searchGate.wait();
      return local.search(request);
    },
  };
  const extractive = createExtractiveWriter();
  const writer: Writer = {
    id: extractive.id,
    async write(input) {
      await writeGate.wait();
      return extractive.write(input);
    },
  };
  const config = loadSiteConfig({ PORT: '0', HOST: '127.0.0.1', CROSSCHECK_REFRESH_SECONDS: '1', CROSSCHECK_DONATION_URL: 'https://donate.example/support', ...env });
  const site = await startSite({ store, engine: { providers: [search], writer }, config });
  return { site, store, searchGate, writeGate, url: site.url };
}

/** Collects what must never happen on our pages: script dialogs, page errors, CSP violations. */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return problems;
}

/** Saves test-results/<name>.png: the whole page, or only what is on screen. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: options.fullPage ?? true });
}
