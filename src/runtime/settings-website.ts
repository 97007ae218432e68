// The website's settings (`crosscheck serve`): where it listens, its public address, the supporter
// campaign, Stripe, the admin token and the limits that protect it.
import { httpUrl, kind, matching, text, wholeNumber } from './setting-kinds.ts';
import type { SettingSpec } from './settings-spec.ts';

export const DEFAULT_STATEMENT =
  'Whether you agree or disagree with a report, these conversations matter. We take no money from political groups or advertisers, so every report stays neutral and open to all.';

export type SupportGoal = { kind: 'supporters'; count: number } | { kind: 'amount'; amountMinor: number; currency: string };

/** "1000 supporters" or "5000 USD" (an amount in major units and a currency code). */
export function parseGoal(value: string): SupportGoal | undefined {
  const supporters = /^\s*(\d+)\s*supporters?\s*$/i.exec(value);
  if (supporters) return { kind: 'supporters', count: Number(supporters[1]) };
  const amount = /^\s*(\d+(?:\.\d{1,2})?)\s*([a-z]{3})\s*$/i.exec(value);
  if (amount) return { kind: 'amount', amountMinor: Math.round(Number(amount[1]) * 100), currency: amount[2].toLowerCase() };
  return undefined;
}

const deadline = kind<string | undefined>('a date such as 2026-12-31', undefined, (value) => {
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value) || Number.isNaN(Date.parse(value))) return undefined;
  return new Date(value.length === 10 ? `${value}T23:59:59Z` : value).toISOString();
});

const amounts = kind('comma-separated amounts from 1 to 10000, e.g. "5,10,25"', [500, 1000, 2500], (value) => {
  const parts = value.split(',').map((part) => Number(part.trim()));
  return parts.some((part) => !Number.isFinite(part) || part < 1 || part > 10000) ? undefined : parts.map((part) => Math.round(part * 100));
}, '`5,10,25`');

const trustProxy = kind('the number of reverse proxies in front of the site (0 to 9; true means 1, false 0)', 0, (value) => {
  const normalized = value.toLowerCase();
  if (['false', 'no'].includes(normalized)) return 0;
  if (['true', 'yes'].includes(normalized)) return 1;
  return /^\d$/.test(normalized) ? Number(normalized) : undefined;
});

const hostList = kind<string[]>('a list of host names without scheme or port, such as "www.example.org, example.org"', [], (value) => {
  const hosts = value.split(/[\s,]+/).map((host) => host.trim().toLowerCase()).filter(Boolean);
  return hosts.every((host) => /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(host)) ? hosts : undefined;
}, 'none');

export const WEBSITE_SETTINGS = {
  PORT: { group: 'website', flag: 'serve --port', kind: wholeNumber(0, 65535, 3000), description: 'the port the website listens on' },
  HOST: { group: 'website', flag: 'serve --host', kind: text('127.0.0.1'), description: 'the address the website listens on (`0.0.0.0` for every interface, e.g. in a container)' },
  CROSSCHECK_SITE_NAME: { group: 'website', kind: matching('at most 60 characters', /^.{1,60}$/, 'Crosscheck'), description: 'the site\'s name in titles, the banner ("Keep <name> independent") and feeds' },
  CROSSCHECK_BASE_URL: { group: 'website', kind: httpUrl('https://crosscheck.example.org', { normalize: true, shown: '`http://localhost:<PORT>`' }), description: 'the public address, for canonical links, feeds, the sitemap, Open Graph and Stripe\'s return URLs' },
  CROSSCHECK_SUPPORT_STATEMENT: { group: 'website', kind: text(DEFAULT_STATEMENT, 'a neutral default'), description: 'the banner\'s independence statement' },
  CROSSCHECK_SUPPORT_GOAL: { group: 'website', kind: kind('"<number> supporters" or "<amount> <currency>", e.g. "1000 supporters" or "5000 USD"', parseGoal('1000 supporters')!, parseGoal, '`1000 supporters`'), description: 'the campaign goal, `"1000 supporters"` or `"5000 USD"`' },
  CROSSCHECK_SUPPORT_DEADLINE: { group: 'website', kind: deadline, description: 'the campaign\'s end date (`2026-12-31`), shown as time left' },
  CROSSCHECK_DONATION_URL: { group: 'website', kind: httpUrl('https://opencollective.com/your-site', { normalize: true, shown: 'none (no banner)' }), description: 'where "Donate" leads when Stripe is not configured; the banner shows only when this or Stripe is set' },
  STRIPE_SECRET_KEY: { group: 'website', kind: matching('a Stripe secret key starting with sk_ (or a restricted key, rk_)', /^(sk|rk)_/, undefined, 'off'), description: 'Stripe Checkout for one-off gifts (set `STRIPE_WEBHOOK_SECRET` too)' },
  STRIPE_WEBHOOK_SECRET: { group: 'website', kind: matching('the signing secret of your webhook endpoint, starting with whsec_', /^whsec_/, undefined, 'off'), description: 'the signing secret of the webhook endpoint `/support/webhook` (event `checkout.session.completed`); both Stripe settings or neither' },
  STRIPE_API_BASE: { group: 'website', kind: httpUrl('https://api.stripe.com', { normalize: true, shown: '`https://api.stripe.com`' }), description: 'Stripe\'s API address (tests, proxies)' },
  CROSSCHECK_SUPPORT_AMOUNTS: { group: 'website', kind: amounts, description: 'the amounts offered in Checkout' },
  CROSSCHECK_SUPPORT_CURRENCY: { group: 'website', kind: kind('a three-letter currency code such as usd or eur', 'usd', (value) => (/^[a-z]{3}$/i.test(value) ? value.toLowerCase() : undefined)), description: 'the currency of those amounts' },
  ADMIN_TOKEN: { group: 'website', kind: matching('at least 16 characters (try: openssl rand -hex 24)', /^.{16,}$/, undefined, 'off'), description: 'turns on `/admin` (moderation, audit log, supporter tally): the password for HTTP Basic, or `Authorization: Bearer`' },
  CROSSCHECK_REPORTS_PER_HOUR: { group: 'website', kind: wholeNumber(1, 100000, 20), description: 'new reports one client may start per hour (opening existing reports is free)' },
  CROSSCHECK_TRUST_PROXY: { group: 'website', kind: trustProxy, description: 'how many reverse proxies are in front of the site (`true` = 1): the client is the `X-Forwarded-For` entry the farthest of them appended, counted from the right' },
  CROSSCHECK_ALLOWED_HOSTS: { group: 'website', kind: hostList, description: 'more host names the site answers to besides `CROSSCHECK_BASE_URL`\'s (others get 421)' },
  CROSSCHECK_MAX_PENDING_REPORTS: { group: 'website', kind: wholeNumber(1, 100000, 200), description: 'reports queued or running at once, site-wide; more answer 503 with Retry-After' },
  CROSSCHECK_STREAMS_PER_CLIENT: { group: 'website', kind: wholeNumber(1, 1000, 8), description: 'open progress streams per client (429 above)' },
  CROSSCHECK_STREAMS_TOTAL: { group: 'website', kind: wholeNumber(1, 100000, 1000), description: 'open progress streams per process (503 above)' },
  CROSSCHECK_STREAM_IDLE_SECONDS: { group: 'website', kind: wholeNumber(5, 3600, 120), description: 'a progress stream with no news for this long is closed (the browser reconnects)' },
  CROSSCHECK_FILES_BASE_URL: { group: 'website', kind: httpUrl('https://crosscheck.example.org/files', { normalize: true, shown: 'none' }), description: 'where files ingested from disk are published; without it public pages show only their file name' },
  CROSSCHECK_FRESHNESS_DAYS: { group: 'website', kind: wholeNumber(1, 3650, 30), description: 'after this many days a report says it may be outdated and offers a recheck' },
  CROSSCHECK_REFRESH_SECONDS: { group: 'website', kind: wholeNumber(1, 60, 2), description: 'how often the progress page reloads without JavaScript' },
} satisfies Record<string, SettingSpec>;
