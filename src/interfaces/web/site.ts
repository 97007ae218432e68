// What every route needs, built once per app: the store, the queue, the events, the configuration,
// the clock, the rate limiter and a way to make the per-request view context.
import type { Context } from 'hono';
import type { Clock, EventBus, ReportQueue, SiteStore } from '../../contracts/ports.ts';
import type { Metrics } from '../../runtime/observability/metrics.ts';
import type { ReadyCheck } from '../../runtime/observability/ops-server.ts';
import type { StaticAsset } from './assets.ts';
import { campaignEnabled, type SiteConfig } from './config.ts';
import type { RateLimiter } from './middleware/rate-limiter.ts';
import { createStreamLimiter, type StreamLimiter } from './middleware/stream-limiter.ts';
import type { StripeCheckout } from './stripe/stripe-checkout.ts';
import { supportBanner } from './views/support-banner.ts';
import type { ViewContext } from './views/view-context.ts';

export interface AppDeps {
  store: SiteStore;
  queue: ReportQueue;
  events: EventBus;
  config: SiteConfig;
  clock?: Clock;
  /** Present when STRIPE_SECRET_KEY is set (built with an injected fetch). */
  stripe?: StripeCheckout;
  /** False while the demo corpus is still loading. */
  isReady?: () => boolean;
  /** The store answers and its migrations are applied (for /readyz). */
  checkReady?: ReadyCheck;
  /** Served at /metrics, and counts every request. */
  metrics?: Metrics;
  clientKey?: (c: Context) => string;
  /** Unexpected errors, for the log (they reach readers only as a generic message). */
  onError?: (error: unknown, path: string) => void;
  /** Progress stream timings in milliseconds, for tests (otherwise 15 s keepalives and the configured idle time). */
  streamTimings?: { keepaliveMs?: number; idleMs?: number };
}

export interface StreamSettings {
  limiter: StreamLimiter;
  keepaliveMs: number;
  /** A stream with no progress for this long is closed (EventSource reconnects with Last-Event-ID). */
  idleMs: number;
}

export interface Site {
  store: SiteStore;
  queue: ReportQueue;
  events: EventBus;
  config: SiteConfig;
  clock: Clock;
  stripe?: StripeCheckout;
  isReady: () => boolean;
  checkReady: ReadyCheck;
  metrics?: Metrics;
  clientKey: (c: Context) => string;
  limiter: RateLimiter;
  streams: StreamSettings;
  files: Map<string, StaticAsset>;
  /** The view context; with the supporter banner when `banner` and the campaign is enabled. */
  view(options?: { banner?: boolean }): Promise<ViewContext>;
}

export function createSite(deps: AppDeps, extra: { limiter: RateLimiter; files: Map<string, StaticAsset>; urls: ViewContext['assets']; clientKey: (c: Context) => string }): Site {
  const clock = deps.clock ?? (() => new Date());
  return {
    store: deps.store,
    queue: deps.queue,
    events: deps.events,
    config: deps.config,
    clock,
    stripe: deps.stripe,
    isReady: deps.isReady ?? (() => true),
    checkReady: deps.checkReady ?? (async () => ({ ok: true })),
    metrics: deps.metrics,
    clientKey: deps.clientKey ?? extra.clientKey,
    limiter: extra.limiter,
    streams: {
      limiter: createStreamLimiter({ perClient: deps.config.streams.perClient, total: deps.config.streams.total }),
      keepaliveMs: deps.streamTimings?.keepaliveMs ?? 15_000,
      idleMs: deps.streamTimings?.idleMs ?? deps.config.streams.idleSeconds * 1000,
    },
    files: extra.files,
    async view(options = {}) {
      const now = clock();
      const base: ViewContext = { config: deps.config, assets: extra.urls, now };
      if (!options.banner || !campaignEnabled(deps.config)) return base;
      return { ...base, banner: supportBanner(deps.config, await deps.store.supportTally(), now) };
    },
  };
}
