// Builds the website in-process for route tests: a memory store with the NATO fixture corpus, the
// real in-process queue and event bus, a fixed clock, and the app (no port: app.request()).
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { Clock, SiteStore } from '../../src/contracts/ports.ts';
import { createInProcessEventBus } from '../../src/adapters/queue/in-process-event-bus.ts';
import { createInProcessQueue } from '../../src/adapters/queue/in-process-queue.ts';
import { createReportJob, engineReportMaker, type MakeReport } from '../../src/runtime/jobs/report-job.ts';
import type { Engine } from '../../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { createApp } from '../../src/interfaces/web/app.ts';
import { loadSiteConfig } from '../../src/interfaces/web/config.ts';
import type { StripeCheckout } from '../../src/interfaces/web/stripe/stripe-checkout.ts';
import { memoryStore } from '../support/fakes.ts';
import { FIXED_NOW, NATO_CORPUS } from '../support/fixtures.ts';

export const BASE = 'http://crosscheck.test';
export const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';

export interface HarnessOptions {
  env?: Record<string, string>;
  clock?: Clock;
  stripe?: StripeCheckout;
  /** Replaces the pipeline (e.g. to hold a report mid-way or make it fail). */
  makeReport?: (fallback: MakeReport) => MakeReport;
  store?: SiteStore;
  /** Jobs wait for this (the demo corpus loading, in the real server). */
  ready?: Promise<unknown>;
  isReady?: () => boolean;
  /** Short progress-stream timings, so idle streams can be seen closing without waiting minutes. */
  streamTimings?: { keepaliveMs?: number; idleMs?: number };
  /** Report ids (default rep_test0001, rep_test0002, …; their slugs share the first six characters). */
  newId?: () => string;
}

export async function webHarness(options: HarnessOptions = {}) {
  const store = options.store ?? (await memoryStore(NATO_CORPUS));
  const clock = options.clock ?? (() => new Date(FIXED_NOW));
  const events = createInProcessEventBus();
  const engine: Engine = { providers: [createLocalCorpusSearch({ store })] };
  const real = engineReportMaker(engine, store, clock);
  const job = createReportJob({ jobs: store, events, makeReport: options.makeReport ? options.makeReport(real) : real, clock, retries: 0 });
  let counter = 0;
  const queue = createInProcessQueue({ jobs: store, job, clock, ready: options.ready, newId: options.newId ?? (() => `rep_test${String(++counter).padStart(4, '0')}`) });
  const config = loadSiteConfig({ CROSSCHECK_BASE_URL: BASE, ADMIN_TOKEN, ...options.env });
  const app = createApp({ store, queue, events, config, clock, stripe: options.stripe, isReady: options.isReady, streamTimings: options.streamTimings });
  const request = (path: string, init: RequestInit = {}) => app.request(`${BASE}${path}`, init);
  /** A form post as a browser on this site sends it. */
  const postForm = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BASE, ...headers }, body: new URLSearchParams(fields).toString() });
  return { app, store, queue, events, config, clock, request, postForm };
}

export type Harness = Awaited<ReturnType<typeof webHarness>>;

/** Asks a question through the form, waits for the report, returns its page path. */
export async function askAndWait(harness: Harness, question: string, extra: Record<string, string> = {}): Promise<string> {
  const response = await harness.postForm('/ask', { q: question, ...extra });
  assert.equal(response.status, 303);
  await harness.queue.idle();
  const progress = response.headers.get('location')!;
  const final = await harness.request(progress);
  if (final.status === 301) return final.headers.get('location')!;
  return progress;
}

/** The checks every page must pass: a title, a description, one h1, labelled fields, alt text. */
export function assertPageBasics(html: string, where: string) {
  const { document } = parseHTML(html);
  assert.ok(document.querySelector('title')?.textContent?.trim(), `${where}: a title`);
  assert.ok(document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), `${where}: a description`);
  assert.equal(document.querySelectorAll('h1').length, 1, `${where}: exactly one h1`);
  for (const field of document.querySelectorAll('input, textarea, select')) {
    const type = field.getAttribute('type') ?? '';
    if (['hidden', 'submit', 'button'].includes(type)) continue;
    const id = field.getAttribute('id');
    const labelled = (id && document.querySelector(`label[for="${id}"]`)) || field.closest('label') || field.getAttribute('aria-label');
    assert.ok(labelled, `${where}: the ${field.tagName.toLowerCase()} named ${field.getAttribute('name')} has a label`);
  }
  for (const image of document.querySelectorAll('img')) assert.ok(image.getAttribute('alt')?.trim(), `${where}: an image has alt text`);
  assert.ok(!/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/i.test(html), `${where}: no inline script`);
  assert.ok(!/\sstyle=/i.test(html) && !/<style/i.test(html), `${where}: no inline style`);
  return document;
}
