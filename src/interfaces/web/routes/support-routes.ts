// The supporter campaign: Stripe Checkout for a one-off gift, the signed webhook that records each
// supporter once, and the thank-you page. Without Stripe, the banner links to the donation URL instead.
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import { z } from 'zod';
import { HttpError } from '../http-error.ts';
import type { Site } from '../site.ts';
import { handleStripeEvent } from '../stripe/stripe-webhook.ts';
import { verifyStripeSignature } from '../stripe/stripe-signature.ts';
import { page } from '../views/layout.ts';
import { parseInput } from './validate.ts';

const CheckoutForm = z.object({ amount: z.coerce.number().int() });

export function registerSupportRoutes(app: Hono, site: Site) {
  const { config } = site;

  app.post('/support/checkout', async (c) => {
    if (!site.stripe || !config.stripe) {
      if (config.support.donationUrl) return c.redirect(config.support.donationUrl, 303);
      throw new HttpError(404, 'support-disabled', 'Donations are not set up on this site.');
    }
    const { amount } = parseInput(CheckoutForm, await c.req.parseBody());
    if (!config.support.amountsMinor.includes(amount)) throw new HttpError(422, 'invalid-amount', 'Choose one of the amounts offered.');
    const session = await site.stripe.createSession({
      amountMinor: amount,
      currency: config.support.currency,
      productName: `Support ${config.siteName}`,
      successUrl: `${config.baseUrl}/support/thanks`,
      cancelUrl: `${config.baseUrl}/#support`,
      idempotencyKey: randomUUID(),
    });
    if (!session.ok) throw new HttpError(502, 'payment-unavailable', 'The payment page could not be opened just now. Nothing was charged; please try again in a few minutes.');
    return c.redirect(session.url, 303);
  });

  app.post('/support/webhook', async (c) => {
    if (!config.stripe) throw new HttpError(404, 'support-disabled', 'Stripe is not configured on this site.');
    const payload = await c.req.text();
    const check = verifyStripeSignature({ payload, header: c.req.header('stripe-signature'), secret: config.stripe.webhookSecret, now: site.clock() });
    if (!check.ok) throw new HttpError(400, 'invalid-signature', `Webhook signature rejected: ${check.reason}.`);
    let event: unknown;
    try {
      event = JSON.parse(payload);
    } catch {
      throw new HttpError(400, 'invalid-json', 'The webhook body is not JSON.');
    }
    const outcome = await handleStripeEvent(event as Parameters<typeof handleStripeEvent>[0], site.store, site.clock());
    return c.json({ received: true, outcome: outcome.kind });
  });

  app.get('/support/thanks', async (c) => {
    const view = await site.view();
    return c.html(page(view, { title: 'Thank you', description: `Thank you for supporting ${config.siteName}.`, path: '/support/thanks', noindex: true }, html`<div class="prose">
  <h1>Thank you</h1>
  <p>Your support keeps ${config.siteName} independent: no political money, no advertisers, every report free to read. Stripe will email your receipt.</p>
  <p><a href="/">Back to the home page</a></p>
</div>`));
  });
}
