// The notice the admin page shows after a moderation action ("Unpublished “…”."). It travels in the
// redirect's query string, so it is signed with the admin token: a link someone else crafted
// (`/admin?done=<any text>`) shows nothing.
import { createHmac, timingSafeEqual } from 'node:crypto';

const MAX_NOTICE = 300;

function signature(secret: string, payload: string): string {
  return createHmac('sha256', `admin-notice:${secret}`).update(payload).digest('base64url');
}

/** The query value carrying a notice the server wrote. */
export function signNotice(secret: string, message: string): string {
  const payload = Buffer.from(message.slice(0, MAX_NOTICE), 'utf8').toString('base64url');
  return `${payload}.${signature(secret, payload)}`;
}

/** The notice, when the value was signed by this server; otherwise nothing. */
export function readNotice(secret: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  const [payload, given] = value.split('.', 2);
  if (!payload || !given) return undefined;
  const expected = Buffer.from(signature(secret, payload));
  const presented = Buffer.from(given);
  if (expected.length !== presented.length || !timingSafeEqual(expected, presented)) return undefined;
  return Buffer.from(payload, 'base64url').toString('utf8');
}
