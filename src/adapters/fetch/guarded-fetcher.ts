// The one guarded fetcher (SPEC §6) for every URL that came from outside: checks the scheme and every
// resolved address, connects to the checked address, re-checks each redirect, honours robots.txt and caps
// time, size (after decompression), content type and per-host concurrency. Failures are values with reasons.
import type { Clock, Fetcher, FetchOutcome } from '../../contracts/ports.ts';
import { type AllowList, allowList, parseAllowList } from './allow-list.ts';
import { checkAddresses, checkUrl, type Resolver, systemResolver } from './check-target.ts';
import { checkDeclaredType } from './content-type.ts';
import { createHostLimiter } from './host-limiter.ts';
import { openRequest } from './open-request.ts';
import { type BodyOutcome, readBody } from './read-body.ts';
import { createRobotsCache, type RobotsFetch } from './robots-cache.ts';
import { ROBOTS_MAX_BYTES } from './robots.ts';
import { PRODUCT_TOKEN, userAgent } from './user-agent.ts';

export const FETCH_DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  perHost: 2,
  robots: true,
} as const;

export interface GuardedFetcherOptions {
  /** Resolves host names to all their addresses; the system resolver by default. */
  resolver?: Resolver;
  /** Hosts or addresses reachable although not public (tests and local stubs only). */
  allow?: AllowList | string;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  perHost?: number;
  /** Honour robots.txt (default true). */
  robots?: boolean;
  /** A URL or e-mail address site owners can reach the operator at; it goes into the User-Agent. */
  contact?: string;
  clock?: Clock;
}

type Step = { redirect: string } | (BodyOutcome & { status?: number });

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function createGuardedFetcher(options: GuardedFetcherOptions = {}): Fetcher & { readonly userAgent: string } {
  const resolver = options.resolver ?? systemResolver;
  const allow = typeof options.allow === 'string' ? parseAllowList(options.allow).list : (options.allow ?? allowList([]));
  const { timeoutMs, maxBytes, maxRedirects, perHost } = { ...FETCH_DEFAULTS, ...definedOnly(options) };
  const clock = options.clock ?? (() => new Date());
  const agent = userAgent(options.contact);
  const limiter = createHostLimiter(perHost);
  const headers = {
    'user-agent': agent,
    accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8',
    'accept-encoding': 'gzip, deflate, br',
    'accept-language': 'en;q=1, *;q=0.5',
  };

  const fetchRobots: RobotsFetch = async (url, signal) => {
    const outcome = await follow(url, signal, { robots: false, maxBytes: ROBOTS_MAX_BYTES, overflow: 'truncate', sniff: false }).catch(
      (error: unknown) => ({ ok: false as const, reason: describeError(error) }),
    );
    return outcome.ok ? { ok: true, text: new TextDecoder().decode(outcome.body) } : outcome;
  };
  const robots = (options.robots ?? FETCH_DEFAULTS.robots) ? createRobotsCache({ productToken: PRODUCT_TOKEN, fetchRobots, clock }) : undefined;

  type FollowOptions = { robots: boolean; maxBytes: number; overflow: 'refuse' | 'truncate'; sniff: boolean };
  type Followed = ({ ok: true; finalUrl: string; status: number; contentType: string; body: Uint8Array }) | { ok: false; status?: number; reason: string };

  async function follow(start: string, signal: AbortSignal, how: FollowOptions): Promise<Followed> {
    let current = start;
    for (let hop = 0; ; hop++) {
      const via = hop === 0 ? '' : `redirect to ${current.slice(0, 300)}: `;
      const target = checkUrl(current);
      if (!target.ok) return { ok: false, reason: `${via}${target.reason}` };
      const checked = await untilAborted(checkAddresses(target, resolver, allow), signal);
      if (!checked.ok) return { ok: false, reason: `${via}${checked.reason}` };
      if (how.robots && robots) {
        const verdict = await robots.check(target.url, signal);
        if (!verdict.ok) return { ok: false, reason: `${via}${verdict.reason}` };
      }
      const step: Step = await limiter.run(target.hostname, signal, async () => {
        const response = await openRequest({ ...target, address: checked.address, headers, signal });
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (REDIRECTS.has(status) && location) {
          response.destroy();
          return URL.canParse(location, target.url) ? { redirect: new URL(location, target.url).href } : { ok: false, status, reason: `HTTP ${status} with a malformed Location` };
        }
        if (status < 200 || status > 299) {
          response.destroy();
          return { ok: false, status, reason: `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}` };
        }
        const refused = how.sniff ? checkDeclaredType(response.headers['content-type']) : undefined;
        if (refused) {
          response.destroy();
          return { ok: false, status, reason: refused };
        }
        return { ...(await readBody(response, { maxBytes: how.maxBytes, overflow: how.overflow, sniff: how.sniff })), status };
      });
      if ('redirect' in step) {
        if (hop >= maxRedirects) return { ok: false, reason: `refused: more than ${maxRedirects} redirects` };
        current = step.redirect;
        continue;
      }
      if (!step.ok) return step;
      return { ok: true, finalUrl: current, status: step.status ?? 200, contentType: step.contentType, body: step.body };
    }
  }

  return {
    id: 'guarded',
    userAgent: agent,
    async fetch(url, fetchOptions = {}): Promise<FetchOutcome> {
      const timer = AbortSignal.timeout(timeoutMs);
      const signal = fetchOptions.signal ? AbortSignal.any([timer, fetchOptions.signal]) : timer;
      let outcome: Followed;
      try {
        outcome = await follow(url, signal, { robots: true, maxBytes, overflow: 'refuse', sniff: true });
      } catch (error) {
        outcome = { ok: false, reason: `request failed (${describeError(error)})` };
      }
      if (!outcome.ok && timer.aborted) return { ok: false, url, reason: `timed out after ${timeoutMs} ms` };
      if (!outcome.ok && signal.aborted) return { ok: false, url, reason: 'aborted: the report ran out of time' };
      if (!outcome.ok) return { ok: false, url, reason: outcome.reason };
      const { finalUrl, status, contentType, body } = outcome;
      return { ok: true, url, finalUrl, status, contentType, body, fetchedAt: clock().toISOString() };
    },
  };
}

function definedOnly(options: GuardedFetcherOptions) {
  const { timeoutMs, maxBytes, maxRedirects, perHost } = options;
  return Object.fromEntries(Object.entries({ timeoutMs, maxBytes, maxRedirects, perHost }).filter(([, value]) => value !== undefined)) as Partial<typeof FETCH_DEFAULTS>;
}

/** DNS lookups cannot be cancelled; stop waiting for one when the deadline passes. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = (error as Error).message ?? String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
