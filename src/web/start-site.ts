// Starts the whole website in this process: the event bus, the in-process job runner (after the
// demo corpus, loading in the background, is ready), the app, and the HTTP server.
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Clock, EventBus, SiteStore } from '../contracts.ts';
import { createInProcessEventBus } from '../jobs/in-process-event-bus.ts';
import { createInProcessQueue, type InProcessQueue } from '../jobs/in-process-queue.ts';
import { createReportJob, engineReportMaker } from '../jobs/report-job.ts';
import type { Engine } from '../pipeline/run-report.ts';
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
}

export interface RunningSite {
  url: string;
  app: Hono;
  queue: InProcessQueue;
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
  const events = createInProcessEventBus();
  const job = createReportJob({ jobs: store, events, makeReport: engineReportMaker(options.engine, store, options.clock), clock: options.clock });
  const queue = createInProcessQueue({ jobs: store, job, concurrency: config.concurrency, clock: options.clock, ready, onError: (error) => log('error', 'report job crashed', { error: (error as Error).message }) });
  const recovered = await queue.recover();
  if (recovered > 0) log('info', `picked up ${recovered} unfinished report(s) from before the restart`);
  const stripe = config.stripe ? createStripeCheckout({ secretKey: config.stripe.secretKey, apiBase: config.stripe.apiBase, fetch: options.fetch ?? fetch }) : undefined;
  const app = createApp({
    store, queue, events, config, clock: options.clock, stripe,
    isReady: () => isReady,
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
    events,
    ready,
    async close() {
      await queue.close();
      // Open event streams would keep the server from closing: end them.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
