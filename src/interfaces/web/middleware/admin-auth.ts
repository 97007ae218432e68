// The moderator's door: `Authorization: Bearer <ADMIN_TOKEN>` for scripts, HTTP Basic (any user name,
// the token as password) for a browser. Compared in constant time; no token configured, no door.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error.ts';

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function presentedToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const [scheme, value = ''] = authorization.split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return value;
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return undefined;
}

export function adminAuth(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) throw new HttpError(404, 'admin-disabled', 'Moderation is turned off: set ADMIN_TOKEN to enable it.');
    const given = presentedToken(c.req.header('authorization'));
    if (!given || !sameSecret(given, token)) {
      throw new HttpError(401, 'unauthorized', 'This page is for moderators: sign in with the admin token as the password.', {
        'www-authenticate': 'Basic realm="moderation", charset="UTF-8"',
      });
    }
    await next();
  };
}
