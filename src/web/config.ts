// The website's configuration: one place that reads the environment, validates every value at start,
// and says exactly which setting to fix. README.md's configuration table lists the same names.
import { z } from 'zod';

export interface SupportConfig {
  /** "Keep <site> independent" banner text: the independence statement. */
  statement: string;
  goal: { kind: 'supporters'; count: number } | { kind: 'amount'; amountMinor: number; currency: string };
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

export const DEFAULT_STATEMENT =
  'Whether you agree or disagree with a report, these conversations matter. We take no money from political groups or advertisers, so every report stays neutral and open to all.';

type Env = Record<string, string | undefined>;

const integer = (name: string, min: number, max: number, fallback: number) =>
  z.string().optional().transform((value, context) => {
    if (value === undefined || value.trim() === '') return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      context.addIssue({ code: 'custom', message: `${name} must be a whole number from ${min} to ${max} (got "${value}")` });
      return z.NEVER;
    }
    return number;
  });

const httpUrl = (name: string, example: string) =>
  z.string().optional().transform((value, context) => {
    if (value === undefined || value.trim() === '') return undefined;
    try {
      const url = new URL(value.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString().replace(/\/$/, '');
    } catch {
      // Falls through to the message below.
    }
    context.addIssue({ code: 'custom', message: `${name} must be an absolute http(s) URL such as ${example} (got "${value}")` });
    return z.NEVER;
  });

/** "1000 supporters" or "5000 USD" (an amount in major units and a currency code). */
export function parseGoal(value: string): SupportConfig['goal'] | undefined {
  const supporters = /^\s*(\d+)\s*supporters?\s*$/i.exec(value);
  if (supporters) return { kind: 'supporters', count: Number(supporters[1]) };
  const amount = /^\s*(\d+(?:\.\d{1,2})?)\s*([a-z]{3})\s*$/i.exec(value);
  if (amount) return { kind: 'amount', amountMinor: Math.round(Number(amount[1]) * 100), currency: amount[2].toLowerCase() };
  return undefined;
}

const EnvSchema = z.object({
  CROSSCHECK_SITE_NAME: z.string().optional().transform((value) => value?.trim() || 'Crosscheck').pipe(z.string().max(60, 'CROSSCHECK_SITE_NAME must be at most 60 characters')),
  CROSSCHECK_BASE_URL: httpUrl('CROSSCHECK_BASE_URL', 'https://crosscheck.example.org'),
  HOST: z.string().optional().transform((value) => value?.trim() || '127.0.0.1'),
  PORT: integer('PORT', 0, 65535, 3000),
  CROSSCHECK_SUPPORT_STATEMENT: z.string().optional().transform((value) => value?.trim() || DEFAULT_STATEMENT),
  CROSSCHECK_SUPPORT_GOAL: z.string().optional().transform((value, context) => {
    const goal = parseGoal(value?.trim() || '1000 supporters');
    if (!goal) {
      context.addIssue({ code: 'custom', message: `CROSSCHECK_SUPPORT_GOAL must be "<number> supporters" or "<amount> <currency>", e.g. "1000 supporters" or "5000 USD" (got "${value}")` });
      return z.NEVER;
    }
    return goal;
  }),
  CROSSCHECK_SUPPORT_DEADLINE: z.string().optional().transform((value, context) => {
    if (!value?.trim()) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value.trim()) || Number.isNaN(Date.parse(value.trim()))) {
      context.addIssue({ code: 'custom', message: `CROSSCHECK_SUPPORT_DEADLINE must be a date such as 2026-12-31 (got "${value}")` });
      return z.NEVER;
    }
    return new Date(value.trim().length === 10 ? `${value.trim()}T23:59:59Z` : value.trim()).toISOString();
  }),
  CROSSCHECK_DONATION_URL: httpUrl('CROSSCHECK_DONATION_URL', 'https://opencollective.com/your-site'),
  CROSSCHECK_SUPPORT_AMOUNTS: z.string().optional().transform((value, context) => {
    const amounts = (value?.trim() || '5,10,25').split(',').map((part) => Number(part.trim()));
    if (amounts.some((amount) => !Number.isFinite(amount) || amount < 1 || amount > 10000)) {
      context.addIssue({ code: 'custom', message: `CROSSCHECK_SUPPORT_AMOUNTS must be comma-separated amounts from 1 to 10000, e.g. "5,10,25" (got "${value}")` });
      return z.NEVER;
    }
    return amounts.map((amount) => Math.round(amount * 100));
  }),
  CROSSCHECK_SUPPORT_CURRENCY: z.string().optional().transform((value) => (value?.trim() || 'usd').toLowerCase()).pipe(z.string().regex(/^[a-z]{3}$/, 'CROSSCHECK_SUPPORT_CURRENCY must be a three-letter currency code such as usd or eur')),
  STRIPE_SECRET_KEY: z.string().optional().transform((value) => value?.trim() || undefined).pipe(z.string().regex(/^(sk|rk)_/, 'STRIPE_SECRET_KEY must be a Stripe secret key starting with sk_ (or a restricted key, rk_)').optional()),
  STRIPE_WEBHOOK_SECRET: z.string().optional().transform((value) => value?.trim() || undefined).pipe(z.string().regex(/^whsec_/, 'STRIPE_WEBHOOK_SECRET must be the signing secret of your webhook endpoint, starting with whsec_').optional()),
  STRIPE_API_BASE: httpUrl('STRIPE_API_BASE', 'https://api.stripe.com'),
  ADMIN_TOKEN: z.string().optional().transform((value) => value?.trim() || undefined).pipe(z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters (try: openssl rand -hex 24)').optional()),
  CROSSCHECK_REPORTS_PER_HOUR: integer('CROSSCHECK_REPORTS_PER_HOUR', 1, 100000, 20),
  CROSSCHECK_TRUST_PROXY: z.string().optional().transform((value, context) => {
    const normalized = (value ?? '').trim().toLowerCase();
    if (['', 'false', 'no'].includes(normalized)) return 0;
    if (['true', 'yes'].includes(normalized)) return 1;
    if (/^\d$/.test(normalized)) return Number(normalized);
    context.addIssue({ code: 'custom', message: `CROSSCHECK_TRUST_PROXY must be the number of reverse proxies in front of the site (0 to 9; true means 1, false 0), got "${value}"` });
    return z.NEVER;
  }),
  CROSSCHECK_ALLOWED_HOSTS: z.string().optional().transform((value, context) => {
    const hosts = (value ?? '').split(/[\s,]+/).map((host) => host.trim().toLowerCase()).filter(Boolean);
    const bad = hosts.find((host) => !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(host));
    if (bad) {
      context.addIssue({ code: 'custom', message: `CROSSCHECK_ALLOWED_HOSTS must list host names without scheme or port, such as "www.example.org, example.org" (got "${bad}")` });
      return z.NEVER;
    }
    return hosts;
  }),
  CROSSCHECK_MAX_PENDING_REPORTS: integer('CROSSCHECK_MAX_PENDING_REPORTS', 1, 100000, 200),
  CROSSCHECK_STREAMS_PER_CLIENT: integer('CROSSCHECK_STREAMS_PER_CLIENT', 1, 1000, 8),
  CROSSCHECK_STREAMS_TOTAL: integer('CROSSCHECK_STREAMS_TOTAL', 1, 100000, 1000),
  CROSSCHECK_STREAM_IDLE_SECONDS: integer('CROSSCHECK_STREAM_IDLE_SECONDS', 5, 3600, 120),
  CROSSCHECK_FILES_BASE_URL: httpUrl('CROSSCHECK_FILES_BASE_URL', 'https://crosscheck.example.org/files'),
  CROSSCHECK_FRESHNESS_DAYS: integer('CROSSCHECK_FRESHNESS_DAYS', 1, 3650, 30),
  CROSSCHECK_CONCURRENCY: integer('CROSSCHECK_CONCURRENCY', 1, 32, 2),
  CROSSCHECK_REFRESH_SECONDS: integer('CROSSCHECK_REFRESH_SECONDS', 1, 60, 2),
});

/** Reads and validates the configuration; throws a ConfigError naming every bad setting. */
export function loadSiteConfig(env: Env): SiteConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message));
  const values = parsed.data;
  const problems: string[] = [];
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
