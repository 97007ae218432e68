// Starts the whole website in this process: the backend's event bus and job runner (in this process
// after the demo corpus, loading in the background, is ready; or pg-boss workers), the app, and the
// HTTP server; close() stops taking requests, lets running reports finish or hands them back.
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { type Backend, embeddedBackend } from '../../runtime/backend/create-backend.ts';
import type { Clock, EventBus, ReportQueue, SiteStore } from '../../contracts/ports.ts';
import type { JobRunner } from '../../runtime/jobs/job-runner.ts';
import { createReportJob, engineReportMaker, type MakeReport } from '../../runtime/jobs/report-job.ts';
import type { JobObserver } from '../../runtime/observability/job-observer.ts';
import type { Metrics } from '../../runtime/observability/metrics.ts';
import type { Engine } from '../../pipeline/run-report.ts';
import { createApp } from './app.ts';
import type { SiteConfig } from './config.ts';
import { createStripeCheckout } from './stripe/stripe-checkout.ts';

export interface StartSiteOptions {
  store: SiteStore;
  engine: Engine;
  config: SiteConfig;
  clock?: Clock;
  /** For the Stripe API (tests point it at a stub). */
  fetch?: typeof fetch;
  /** Fills an empty store (the demo corpus); the site serves at once and reports wait for it. */
  prepareStore?: (store: SiteStore) => Promise<unknown>;
  log?: (level: 'info' | 'error', message: string, fields?: Record<string, unknown>) => void;
  /** Where jobs queue and progress travels (default: the embedded runner and event bus, in this process). */
  backend?: Pick<Backend, 'events' | 'startJobs' | 'checkReady'>;
  /** Run report jobs in this process (default); false beside `crosscheck worker`s on PostgreSQL. */
  runJobs?: boolean;
  metrics?: Metrics;
  observer?: JobObserver;
  /** Attempts after the first for a failing report (default 1). */
  jobRetries?: number;
  /** How long close() lets running reports finish before handing them back (default 0: at once). */
  shutdownGraceMs?: number;
  /** How reports are made (default: the engine on this thread; `serve` passes a report thread pool's). */
  makeReport?: MakeReport;
}

export interface RunningSite {
  url: string;
  app: Hono;
  queue: ReportQueue;
  runner: JobRunner;
  events: EventBus;
  /** Resolves when the store is prepared (the demo corpus loaded). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export async function startSite(options: StartSiteOptions): Promise<RunningSite> {
  const { store, config } = options;
  const log = options.log ?? (() => {});
  let isReady = !options.prepareStore;
  const ready = (options.prepareStore?.(store) ?? Promise.resolve())
    .catch((error: unknown) => log('error', 'preparing the store failed; reports use what is there', { error: (error as Error).message }))
    .then(() => {
      isReady = true;
    });
  const backend = options.backend ?? embeddedBackend(store);
  const { events } = backend;
  const { observer } = options;
  const job = createReportJob({ jobs: store, events, makeReport: options.makeReport ?? engineReportMaker(options.engine, store, options.clock), clock: options.clock, retries: options.jobRetries, onFinished: observer?.onFinished });
  const runner = await backend.startJobs({
    job: observer ? observer.wrap(job) : job, work: options.runJobs ?? true, concurrency: config.concurrency, ready, clock: options.clock,
    onEnqueued: observer?.onEnqueued, onError: (error) => log('error', 'report job crashed', { error: (error as Error).message }),
  });
  const { queue } = runner;
  if (runner.recovered) log('info', `picked up ${runner.recovered} unfinished report(s) from before the restart`);
  const stripe = config.stripe ? createStripeCheckout({ secretKey: config.stripe.secretKey, apiBase: config.stripe.apiBase, fetch: options.fetch ?? fetch }) : undefined;
  const app = createApp({
    store, queue, events, config, clock: options.clock, stripe,
    isReady: () => isReady,
    checkReady: () => backend.checkReady(),
    metrics: options.metrics,
    onError: (error, path) => log('error', 'request failed', { path, error: error instanceof Error ? error.stack : String(error) }),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(started));
    started.once('error', reject);
  });
  const address = server.address() as { address: string; port: number; family: string };
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    app,
    queue,
    runner,
    events,
    ready,
    async close() {
      // No new connections; running reports get the grace period, and their readers keep their streams meanwhile.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await runner.stop(options.shutdownGraceMs ?? 0);
      // Open event streams would keep the server from closing: end them.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closed;
    },
  };
}
