// Creates Stripe Checkout Sessions for one-off donations: a form-encoded POST to /v1/checkout/sessions
// through an injected fetch, so tests run against a local stub of the Stripe API.
export interface CheckoutRequest {
  amountMinor: number;
  currency: string;
  productName: string;
  successUrl: string;
  cancelUrl: string;
  /** The same key for a retried request makes Stripe return the same session. */
  idempotencyKey: string;
}

export type CheckoutOutcome = { ok: true; id: string; url: string } | { ok: false; reason: string; status?: number };

export interface StripeCheckout {
  createSession(request: CheckoutRequest): Promise<CheckoutOutcome>;
}

/** Stripe's form encoding: nested keys in brackets, `line_items[0][price_data][currency]=usd`. */
export function formEncode(value: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  const add = (prefix: string, item: unknown) => {
    if (item === undefined || item === null) return;
    if (Array.isArray(item)) item.forEach((entry, index) => add(`${prefix}[${index}]`, entry));
    else if (typeof item === 'object') for (const [key, entry] of Object.entries(item)) add(prefix ? `${prefix}[${key}]` : key, entry);
    else params.append(prefix, String(item));
  };
  add('', value);
  return params;
}

export function createStripeCheckout(options: { secretKey: string; apiBase?: string; fetch: typeof fetch; timeoutMs?: number }): StripeCheckout {
  const endpoint = `${(options.apiBase ?? 'https://api.stripe.com').replace(/\/$/, '')}/v1/checkout/sessions`;
  return {
    async createSession(request) {
      const body = formEncode({
        mode: 'payment',
        submit_type: 'donate',
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
        line_items: [{ quantity: 1, price_data: { currency: request.currency, unit_amount: request.amountMinor, product_data: { name: request.productName } } }],
        metadata: { purpose: 'supporter' },
      });
      let response: Response;
      try {
        response = await options.fetch(endpoint, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${options.secretKey}`,
            'content-type': 'application/x-www-form-urlencoded',
            'idempotency-key': request.idempotencyKey,
          },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (error) {
        return { ok: false, reason: `Stripe could not be reached (${(error as Error).message})` };
      }
      const payload = (await response.json().catch(() => undefined)) as { id?: unknown; url?: unknown; error?: { message?: unknown } } | undefined;
      if (!response.ok) {
        const message = typeof payload?.error?.message === 'string' ? payload.error.message : `HTTP ${response.status}`;
        const hint = response.status === 401 ? ' (check STRIPE_SECRET_KEY)' : '';
        return { ok: false, status: response.status, reason: `Stripe refused the checkout session: ${message}${hint}` };
      }
      if (typeof payload?.id !== 'string' || typeof payload.url !== 'string' || !/^https:\/\//.test(payload.url)) {
        return { ok: false, reason: 'Stripe answered without a checkout URL' };
      }
      return { ok: true, id: payload.id, url: payload.url };
    },
  };
}
