// robots.txt per origin, fetched through the same guard and cached: 4xx means no rules (RFC 9309 §2.3.1.3),
// an unreachable or failing robots.txt means the whole site is off limits for a while (§2.3.1.4).
import { isAllowed, parseRobots, type RobotsGroup } from './robots.ts';

export type RobotsFetch = (url: string, signal: AbortSignal) => Promise<{ ok: true; text: string } | { ok: false; status?: number; reason: string }>;

export interface RobotsCacheOptions {
  productToken: string;
  fetchRobots: RobotsFetch;
  clock: () => Date;
  /** How long a fetched robots.txt is trusted. */
  ttlMs?: number;
  /** How long an unreachable robots.txt keeps the site closed before we try again. */
  failureTtlMs?: number;
  maxEntries?: number;
}

type Entry = { expires: number; groups: RobotsGroup[] } | { expires: number; unreachable: string };

export interface RobotsCache {
  check(url: URL, signal: AbortSignal): Promise<{ ok: true } | { ok: false; reason: string }>;
}

export function createRobotsCache(options: RobotsCacheOptions): RobotsCache {
  const { productToken, fetchRobots, clock } = options;
  const ttlMs = options.ttlMs ?? 24 * 3600_000;
  const failureTtlMs = options.failureTtlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 2000;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Entry>>();

  const load = async (origin: string, signal: AbortSignal): Promise<Entry> => {
    const robotsUrl = `${origin}/robots.txt`;
    const outcome = await fetchRobots(robotsUrl, signal);
    const now = clock().getTime();
    let entry: Entry;
    if (outcome.ok) entry = { expires: now + ttlMs, groups: parseRobots(outcome.text) };
    else if (outcome.status !== undefined && outcome.status >= 400 && outcome.status < 500) entry = { expires: now + ttlMs, groups: [] };
    else entry = { expires: now + failureTtlMs, unreachable: outcome.reason };
    // A caller's deadline says nothing about the site: do not remember it.
    if (!signal.aborted) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(origin, entry);
    }
    return entry;
  };

  return {
    async check(url, signal) {
      const origin = url.origin;
      let entry = entries.get(origin);
      if (!entry || entry.expires <= clock().getTime()) {
        let pending = inFlight.get(origin);
        if (!pending) {
          pending = load(origin, signal).finally(() => inFlight.delete(origin));
          inFlight.set(origin, pending);
        }
        entry = await pending;
      }
      if ('unreachable' in entry) return { ok: false, reason: `robots.txt of ${url.host} could not be read (${entry.unreachable}), so the site is not fetched` };
      if (isAllowed(entry.groups, productToken, `${url.pathname}${url.search}`)) return { ok: true };
      return { ok: false, reason: `disallowed by ${origin}/robots.txt` };
    },
  };
}
