// Turns a verified Stripe event into a supporter: a paid Checkout Session is recorded once, by event id.
import type { SupporterLedger } from '../../../contracts/ports.ts';

export type WebhookOutcome = { kind: 'recorded' | 'duplicate' | 'ignored'; detail: string };

interface CheckoutSessionObject {
  id?: unknown;
  object?: unknown;
  payment_status?: unknown;
  amount_total?: unknown;
  currency?: unknown;
}

interface StripeEvent {
  id?: unknown;
  type?: unknown;
  created?: unknown;
  data?: { object?: CheckoutSessionObject };
}

const PAID_TYPES = new Set(['checkout.session.completed', 'checkout.session.async_payment_succeeded']);

export async function handleStripeEvent(event: StripeEvent, ledger: SupporterLedger, now: Date): Promise<WebhookOutcome> {
  if (typeof event.id !== 'string' || typeof event.type !== 'string') return { kind: 'ignored', detail: 'not a Stripe event' };
  if (!PAID_TYPES.has(event.type)) return { kind: 'ignored', detail: `event type ${event.type} is not a payment` };
  const session = event.data?.object;
  // A completed session paid by a delayed method is not paid yet: its async_payment_succeeded event counts.
  if (session?.payment_status !== 'paid') return { kind: 'ignored', detail: 'session not paid yet' };
  if (typeof session.amount_total !== 'number' || typeof session.currency !== 'string') return { kind: 'ignored', detail: 'session without an amount' };
  const at = typeof event.created === 'number' ? new Date(event.created * 1000).toISOString() : now.toISOString();
  const { recorded } = await ledger.recordSupport({
    eventId: event.id,
    at,
    amountMinor: session.amount_total,
    currency: session.currency,
    ...(typeof session.id === 'string' ? { reference: session.id } : {}),
  });
  return recorded ? { kind: 'recorded', detail: event.id } : { kind: 'duplicate', detail: event.id };
}
