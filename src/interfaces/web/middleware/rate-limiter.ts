// A token bucket per client: `perHour` new reports an hour, refilled continuously, so a burst is
// allowed and a steady stream is capped. In memory: each web process counts its own clients.
import type { Clock } from '../../../contracts/ports.ts';

export interface RateLimiter {
  /** Takes one token; when none is left, says how many seconds until one is. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

const MAX_TRACKED = 50_000;

export function createRateLimiter(options: { perHour: number; clock?: Clock }): RateLimiter {
  const clock = options.clock ?? (() => new Date());
  const capacity = options.perHour;
  const perMs = options.perHour / 3_600_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const now = clock().getTime();
      const bucket = buckets.get(key) ?? { tokens: capacity, at: now };
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
      if (buckets.size >= MAX_TRACKED && !buckets.has(key)) {
        // Forget clients whose bucket is full again: they are indistinguishable from new ones.
        for (const [other, entry] of buckets) if (entry.tokens + (now - entry.at) * perMs >= capacity) buckets.delete(other);
      }
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return { ok: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / perMs / 1000) };
      bucket.tokens -= 1;
      return { ok: true };
    },
  };
}
