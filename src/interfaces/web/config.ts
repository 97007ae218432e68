// The website's configuration, built from the one settings schema (src/runtime/settings.ts): every value
// is validated at start and a bad one names the setting to fix. README.md's table is generated from it.
import { type Env, problemsIn, readSettings, type Settings } from '../../runtime/settings.ts';
import type { SupportGoal } from '../../runtime/settings-website.ts';

export interface SupportConfig {
  /** "Keep <site> independent" banner text: the independence statement. */
  statement: string;
  goal: SupportGoal;
  deadline?: string;
  /** Where the Donate button goes when Stripe is not configured. */
  donationUrl?: string;
  /** Suggested one-off amounts for Stripe Checkout, in minor units. */
  amountsMinor: number[];
  currency: string;
}

export interface SiteConfig {
  siteName: string;
  baseUrl: string;
  host: string;
  port: number;
  support: SupportConfig;
  stripe?: { secretKey: string; webhookSecret: string; apiBase: string };
  adminToken?: string;
  /** Reports one client may start per hour. */
  reportsPerHour: number;
  /** Reverse proxies in front of the site (0: none): the client is the address the farthest of them saw. */
  trustProxy: number;
  /** Host names the site answers to (any port); others get 421 (DNS rebinding). */
  allowedHosts: string[];
  /** Reports queued or running at once, site-wide; more are refused with 503 and Retry-After. */
  maxPendingReports: number;
  /** Progress streams (SSE) open at once per client, and in total; and seconds a stream may stay idle. */
  streams: { perClient: number; total: number; idleSeconds: number };
  /** Where files ingested from disk are published (their file name is appended); without it, only the name is shown. */
  filesBaseUrl?: string;
  /** Days after which a report says it may be outdated and offers a recheck. */
  freshnessDays: number;
  /** Reports made at the same time by the in-process runner. */
  concurrency: number;
  /** Seconds between refreshes of the progress page without JavaScript. */
  refreshSeconds: number;
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The website configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export { DEFAULT_STATEMENT, parseGoal } from '../../runtime/settings-website.ts';

/** The website's configuration from the parsed settings; throws a ConfigError naming every bad setting. */
export function siteConfigFrom(settings: Settings): SiteConfig {
  const problems = problemsIn(settings, { groups: ['website'], names: ['CROSSCHECK_CONCURRENCY'] }).map((problem) => problem.message);
  const values = settings.values;
  if (values.STRIPE_SECRET_KEY && !values.STRIPE_WEBHOOK_SECRET) {
    problems.push('STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set: without it no payment can be recorded (copy the signing secret, whsec_..., of your webhook endpoint for /support/webhook)');
  }
  if (values.STRIPE_WEBHOOK_SECRET && !values.STRIPE_SECRET_KEY) problems.push('STRIPE_WEBHOOK_SECRET is set but STRIPE_SECRET_KEY is not: set both to take donations through Stripe, or neither');
  if (problems.length > 0) throw new ConfigError(problems);
  const port = values.PORT;
  const baseUrl = values.CROSSCHECK_BASE_URL ?? `http://localhost:${port || 3000}`;
  return {
    siteName: values.CROSSCHECK_SITE_NAME,
    baseUrl,
    host: values.HOST,
    port,
    support: {
      statement: values.CROSSCHECK_SUPPORT_STATEMENT,
      goal: values.CROSSCHECK_SUPPORT_GOAL,
      deadline: values.CROSSCHECK_SUPPORT_DEADLINE,
      donationUrl: values.CROSSCHECK_DONATION_URL,
      amountsMinor: values.CROSSCHECK_SUPPORT_AMOUNTS,
      currency: values.CROSSCHECK_SUPPORT_CURRENCY,
    },
    stripe: values.STRIPE_SECRET_KEY && values.STRIPE_WEBHOOK_SECRET
      ? { secretKey: values.STRIPE_SECRET_KEY, webhookSecret: values.STRIPE_WEBHOOK_SECRET, apiBase: values.STRIPE_API_BASE ?? 'https://api.stripe.com' }
      : undefined,
    adminToken: values.ADMIN_TOKEN,
    reportsPerHour: values.CROSSCHECK_REPORTS_PER_HOUR,
    trustProxy: values.CROSSCHECK_TRUST_PROXY,
    allowedHosts: allowedHosts(baseUrl, values.CROSSCHECK_ALLOWED_HOSTS),
    maxPendingReports: values.CROSSCHECK_MAX_PENDING_REPORTS,
    streams: { perClient: values.CROSSCHECK_STREAMS_PER_CLIENT, total: values.CROSSCHECK_STREAMS_TOTAL, idleSeconds: values.CROSSCHECK_STREAM_IDLE_SECONDS },
    filesBaseUrl: values.CROSSCHECK_FILES_BASE_URL,
    freshnessDays: values.CROSSCHECK_FRESHNESS_DAYS,
    concurrency: values.CROSSCHECK_CONCURRENCY,
    refreshSeconds: values.CROSSCHECK_REFRESH_SECONDS,
  };
}

/** The same from an environment (tests, benches): parsed by the one settings schema. */
export function loadSiteConfig(env: Env): SiteConfig {
  return siteConfigFrom(readSettings(env));
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The host names the site answers to: the public URL's, the configured extras, and, when the public URL
 * is this machine (the default), its loopback spellings, so a local install works at 127.0.0.1 too.
 */
function allowedHosts(baseUrl: string, extra: string[]): string[] {
  const { hostname } = new URL(baseUrl);
  return [...new Set([hostname, ...extra, ...(LOOPBACK.includes(hostname) ? LOOPBACK : [])])];
}

/** Whether the supporter campaign can take money: otherwise the banner is not shown. */
export function campaignEnabled(config: SiteConfig): boolean {
  return Boolean(config.stripe || config.support.donationUrl);
}
