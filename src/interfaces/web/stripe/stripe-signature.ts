// Stripe webhook signatures: `Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=...]`, where each v1 is
// HMAC-SHA256 with the endpoint's signing secret over `${t}.${raw body}`; stale timestamps are refused.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DEFAULT_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: string };

export function computeStripeSignature(payload: string, secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
}

/** The header Stripe would send for this payload: for tests and for trying the endpoint by hand. */
export function signStripePayload(payload: string, secret: string, timestamp: number): string {
  return `t=${timestamp},v1=${computeStripeSignature(payload, secret, timestamp)}`;
}

export function parseSignatureHeader(header: string): { timestamp?: number; signatures: string[] } {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't' && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  return { timestamp, signatures };
}

export function verifyStripeSignature(options: {
  payload: string;
  header: string | undefined;
  secret: string;
  now: Date;
  toleranceSeconds?: number;
}): SignatureCheck {
  if (!options.header) return { ok: false, reason: 'missing Stripe-Signature header' };
  const { timestamp, signatures } = parseSignatureHeader(options.header);
  if (timestamp === undefined) return { ok: false, reason: 'Stripe-Signature has no timestamp' };
  if (signatures.length === 0) return { ok: false, reason: 'Stripe-Signature has no v1 signature' };
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (Math.abs(Math.floor(options.now.getTime() / 1000) - timestamp) > tolerance) {
    return { ok: false, reason: `timestamp outside the ${tolerance} s tolerance` };
  }
  const expected = Buffer.from(computeStripeSignature(options.payload, options.secret, timestamp), 'hex');
  const matches = signatures.some((signature) => timingSafeEqual(Buffer.from(signature, 'hex'), expected));
  return matches ? { ok: true, timestamp } : { ok: false, reason: 'no signature matches the payload' };
}
