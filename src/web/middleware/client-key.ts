// Who a request comes from, for rate limits: the socket's address, or the first X-Forwarded-For
// address when the site runs behind a proxy we trust (CROSSCHECK_TRUST_PROXY).
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientKeyFor(trustProxy: boolean): (c: Context) => string {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // In-process requests (tests, app.request) have no socket.
      return 'local';
    }
  };
}
