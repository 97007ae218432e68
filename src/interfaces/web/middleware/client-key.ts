// Who a request comes from, for rate limits and stream caps: the socket's address or, behind reverse proxies
// we trust (CROSSCHECK_TRUST_PROXY = how many), the X-Forwarded-For entry the farthest of them appended.
// Entries to the left of it were written by the client and can say anything, so they are never read.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The client address in an X-Forwarded-For chain that `hops` proxies of ours appended to (right-most first). */
export function forwardedClient(header: string | undefined, hops: number): string | undefined {
  if (!header || hops < 1) return undefined;
  const entries = header.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return undefined;
  // Fewer entries than proxies: the request skipped one of them; its first entry is all there is.
  return entries[Math.max(0, entries.length - hops)];
}

export function clientKeyFor(trustProxy: number): (c: Context) => string {
  return (c) => {
    const forwarded = forwardedClient(c.req.header('x-forwarded-for'), trustProxy);
    if (forwarded) return forwarded;
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // In-process requests (tests, app.request) have no socket.
      return 'local';
    }
  };
}
