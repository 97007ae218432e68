// DNS rebinding defence: a page on evil.example whose name is re-pointed at this server sends requests with
// `Host: evil.example` (and a matching Origin, so the CSRF check alone passes). Only the configured public
// host names are answered; others get 421. Health probes and the metrics scrape, which address the
// process by its IP, are exempt.
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error.ts';

const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

export function hostCheck(allowedHosts: string[], baseUrl: string): MiddlewareHandler {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  return async (c, next) => {
    if (PROBES.has(c.req.path)) return next();
    const host = (c.req.header('host') ?? new URL(c.req.url).host).trim().toLowerCase().replace(/:\d*$/, '');
    if (!allowed.has(host)) {
      throw new HttpError(421, 'unknown-host', `This site answers only at ${baseUrl}: the address used is not one of its names.`);
    }
    await next();
  };
}
