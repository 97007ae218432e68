import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { createStripeCheckout, formEncode } from '../../src/interfaces/web/stripe/stripe-checkout.ts';
import { computeStripeSignature, signStripePayload, verifyStripeSignature } from '../../src/interfaces/web/stripe/stripe-signature.ts';
import { FIXED_NOW } from '../support/fixtures.ts';
import { ADMIN_TOKEN, assertPageBasics, webHarness } from './web-harness.ts';

const WEBHOOK_SECRET = 'whsec_test_0123456789abcdef';
const NOW_SECONDS = Math.floor(FIXED_NOW.getTime() / 1000);

/** A local stand-in for the Stripe API: records what we send, answers like /v1/checkout/sessions. */
const received: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: { id: 'cs_test_123', object: 'checkout.session', url: 'https://checkout.stripe.com/c/pay/cs_test_123' } };
const stub = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    received.push({ method: request.method, url: request.url, headers: request.headers, body });
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body));
  });
});
await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
const stripeBase = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
after(() => stub.close());

const stripeEnv = { STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: stripeBase, CROSSCHECK_SUPPORT_GOAL: '1000 supporters', CROSSCHECK_SUPPORT_DEADLINE: '2026-12-31' };

function paidEvent(id: string, amount = 1000) {
  return JSON.stringify({ id, object: 'event', type: 'checkout.session.completed', created: NOW_SECONDS, data: { object: { id: `cs_${id}`, object: 'checkout.session', payment_status: 'paid', amount_total: amount, currency: 'usd' } } });
}

test('Stripe signatures: a generated signature verifies; a changed body, a wrong secret or a stale timestamp does not', () => {
  const payload = paidEvent('evt_sig');
  const header = signStripePayload(payload, WEBHOOK_SECRET, NOW_SECONDS);
  assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/);
  assert.deepEqual(verifyStripeSignature({ payload, header, secret: WEBHOOK_SECRET, now: FIXED_NOW }), { ok: true, timestamp: NOW_SECONDS });
  assert.equal(verifyStripeSignature({ payload: `${payload} `, header, secret: WEBHOOK_SECRET, now: FIXED_NOW }).ok, false);
  assert.equal(verifyStripeSignature({ payload, header, secret: 'whsec_other', now: FIXED_NOW }).ok, false);
  const late = verifyStripeSignature({ payload, header, secret: WEBHOOK_SECRET, now: new Date(FIXED_NOW.getTime() + 301_000) });
  assert.deepEqual(late, { ok: false, reason: 'timestamp outside the 300 s tolerance' });
  // Stripe may send several v1 signatures (secret rotation) and other schemes: any matching v1 counts.
  const rotated = `t=${NOW_SECONDS},v1=${'0'.repeat(64)},v0=abc,v1=${computeStripeSignature(payload, WEBHOOK_SECRET, NOW_SECONDS)}`;
  assert.equal(verifyStripeSignature({ payload, header: rotated, secret: WEBHOOK_SECRET, now: FIXED_NOW }).ok, true);
  assert.deepEqual(verifyStripeSignature({ payload, header: undefined, secret: WEBHOOK_SECRET, now: FIXED_NOW }), { ok: false, reason: 'missing Stripe-Signature header' });
  assert.equal(verifyStripeSignature({ payload, header: 'garbage', secret: WEBHOOK_SECRET, now: FIXED_NOW }).ok, false);
});

test('checkout sessions are created with a form-encoded POST that Stripe understands', async () => {
  received.length = 0;
  answer = { status: 200, body: { id: 'cs_test_123', object: 'checkout.session', url: 'https://checkout.stripe.com/c/pay/cs_test_123' } };
  const checkout = createStripeCheckout({ secretKey: 'sk_test_abc123', apiBase: stripeBase, fetch });
  const outcome = await checkout.createSession({ amountMinor: 1000, currency: 'usd', productName: 'Support Crosscheck', successUrl: 'https://site.example/support/thanks', cancelUrl: 'https://site.example/#support', idempotencyKey: 'key-1' });
  assert.deepEqual(outcome, { ok: true, id: 'cs_test_123', url: 'https://checkout.stripe.com/c/pay/cs_test_123' });
  const [sent] = received;
  assert.equal(sent.method, 'POST');
  assert.equal(sent.url, '/v1/checkout/sessions');
  assert.equal(sent.headers.authorization, 'Bearer sk_test_abc123');
  assert.equal(sent.headers['content-type'], 'application/x-www-form-urlencoded');
  assert.equal(sent.headers['idempotency-key'], 'key-1');
  const form = new URLSearchParams(sent.body);
  assert.equal(form.get('mode'), 'payment');
  assert.equal(form.get('submit_type'), 'donate');
  assert.equal(form.get('success_url'), 'https://site.example/support/thanks');
  assert.equal(form.get('line_items[0][quantity]'), '1');
  assert.equal(form.get('line_items[0][price_data][currency]'), 'usd');
  assert.equal(form.get('line_items[0][price_data][unit_amount]'), '1000');
  assert.equal(form.get('line_items[0][price_data][product_data][name]'), 'Support Crosscheck');

  answer = { status: 401, body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_***123' } } };
  const refused = await checkout.createSession({ amountMinor: 1000, currency: 'usd', productName: 'x', successUrl: 'https://a.example', cancelUrl: 'https://a.example', idempotencyKey: 'key-2' });
  assert.deepEqual(refused, { ok: false, status: 401, reason: 'Stripe refused the checkout session: Invalid API Key provided: sk_test_***123 (check STRIPE_SECRET_KEY)' });
  const unreachable = await createStripeCheckout({ secretKey: 'sk_test_abc', apiBase: 'http://127.0.0.1:9', fetch }).createSession({ amountMinor: 500, currency: 'usd', productName: 'x', successUrl: 'https://a.example', cancelUrl: 'https://a.example', idempotencyKey: 'key-3' });
  assert.equal(unreachable.ok, false);
  assert.match(formEncode({ a: [{ b: { c: 1 } }] }).toString(), /^a%5B0%5D%5Bb%5D%5Bc%5D=1$/);
});

test('the banner: hidden without a way to give; with Stripe, the goal, a progress bar, time left and a donate form that opens Checkout', async () => {
  const plain = await webHarness();
  assert.ok(!(await (await plain.request('/')).text()).includes('support-banner'), 'no campaign configured, no banner');

  const linked = await webHarness({ env: { CROSSCHECK_DONATION_URL: 'https://donate.example/crosscheck', CROSSCHECK_SITE_NAME: 'Factual' } });
  const linkedHome = parseHTML(await (await linked.request('/')).text()).document;
  assert.equal(linkedHome.querySelector('.support-banner h2')?.textContent, 'Keep Factual independent');
  assert.equal(linkedHome.querySelector('.support-banner a.button')?.getAttribute('href'), 'https://donate.example/crosscheck');

  received.length = 0;
  answer = { status: 200, body: { id: 'cs_test_9', object: 'checkout.session', url: 'https://checkout.stripe.com/c/pay/cs_test_9' } };
  const site = await webHarness({ env: stripeEnv, stripe: createStripeCheckout({ secretKey: 'sk_test_abc123', apiBase: stripeBase, fetch }) });
  await site.store.recordSupport({ eventId: 'evt_old', at: '2026-11-01T00:00:00.000Z', amountMinor: 500, currency: 'usd' });
  const homeHtml = await (await site.request('/')).text();
  const home = assertPageBasics(homeHtml, 'home with banner');
  assert.equal(home.querySelector('.support-banner progress')?.getAttribute('value'), '1');
  assert.equal(home.querySelector('.support-banner progress')?.getAttribute('max'), '1000');
  assert.match(home.querySelector('.support-goal')?.textContent ?? '', /Goal: 1,000 supporters · 39 days left/);
  assert.deepEqual([...home.querySelectorAll('.support-form input[name="amount"]')].map((input) => input.getAttribute('value')), ['500', '1000', '2500']);
  const csp = (await site.request('/')).headers.get('content-security-policy') ?? '';
  assert.match(csp, /form-action 'self' https:\/\/checkout\.stripe\.com/, 'the form may be redirected to Checkout');

  const checkout = await site.postForm('/support/checkout', { amount: '1000' });
  assert.equal(checkout.status, 303);
  assert.equal(checkout.headers.get('location'), 'https://checkout.stripe.com/c/pay/cs_test_9');
  assert.equal(new URLSearchParams(received[0].body).get('success_url'), 'http://crosscheck.test/support/thanks');
  assert.equal((await site.postForm('/support/checkout', { amount: '777' })).status, 422, 'only the amounts offered');
  answer = { status: 500, body: { error: { message: 'boom' } } };
  const failed = await site.postForm('/support/checkout', { amount: '500' });
  assert.equal(failed.status, 502);
  assert.match(await failed.text(), /Nothing was charged/);
});

test('the webhook records each paid checkout once per event, refuses bad signatures, and the admin page shows the tally', async () => {
  const site = await webHarness({ env: stripeEnv });
  const deliver = (payload: string, header = signStripePayload(payload, WEBHOOK_SECRET, NOW_SECONDS)) =>
    site.request('/support/webhook', { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body: payload });
  const first = await deliver(paidEvent('evt_1', 1000));
  assert.equal(first.status, 200);
  assert.deepEqual(await first.json(), { received: true, outcome: 'recorded' });
  assert.deepEqual(await (await deliver(paidEvent('evt_1', 1000))).json(), { received: true, outcome: 'duplicate' }, 'Stripe retries count once');
  await deliver(paidEvent('evt_2', 2500));
  const unpaid = JSON.stringify({ id: 'evt_3', type: 'checkout.session.completed', data: { object: { payment_status: 'unpaid', amount_total: 500, currency: 'usd' } } });
  assert.deepEqual(await (await deliver(unpaid)).json(), { received: true, outcome: 'ignored' });
  assert.deepEqual(await (await deliver(JSON.stringify({ id: 'evt_4', type: 'customer.created', data: { object: {} } }))).json(), { received: true, outcome: 'ignored' });

  const forged = await deliver(paidEvent('evt_5'), signStripePayload(paidEvent('evt_5'), 'whsec_attacker', NOW_SECONDS));
  assert.equal(forged.status, 400);
  assert.equal((await forged.json()).error.id, 'invalid-signature');
  const replayed = await deliver(paidEvent('evt_6'), signStripePayload(paidEvent('evt_6'), WEBHOOK_SECRET, NOW_SECONDS - 3600));
  assert.equal(replayed.status, 400);
  assert.equal((await site.request('/support/webhook', { method: 'POST', headers: { 'content-type': 'application/json' }, body: paidEvent('evt_7') })).status, 400);

  assert.deepEqual(await site.store.supportTally(), { supporters: 2, totals: [{ currency: 'usd', amountMinor: 3500 }] });
  const admin = parseHTML(await (await site.request('/admin', { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).text()).document;
  assert.match(admin.querySelector('.prose p')?.textContent ?? '', /^2 supporters · \$35 · Goal: 1,000 supporters/);
  assert.equal(admin.querySelectorAll('table.admin caption').length, 1);
  const thanks = await site.request('/support/thanks');
  assertPageBasics(await thanks.text(), 'thanks');
});
