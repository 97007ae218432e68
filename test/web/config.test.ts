import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, DEFAULT_STATEMENT, loadSiteConfig, parseGoal } from '../../src/interfaces/web/config.ts';

test('defaults make a working local site', () => {
  const config = loadSiteConfig({});
  assert.equal(config.siteName, 'Crosscheck');
  assert.equal(config.baseUrl, 'http://localhost:3000');
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.port, 3000);
  assert.deepEqual(config.support.goal, { kind: 'supporters', count: 1000 });
  assert.equal(config.support.statement, DEFAULT_STATEMENT);
  assert.deepEqual(config.support.amountsMinor, [500, 1000, 2500]);
  assert.equal(config.stripe, undefined);
  assert.equal(config.adminToken, undefined);
  assert.equal(config.reportsPerHour, 20);
  assert.equal(loadSiteConfig({ PORT: '8080' }).baseUrl, 'http://localhost:8080');
});

test('every setting is read, trimmed and normalised', () => {
  const config = loadSiteConfig({
    CROSSCHECK_SITE_NAME: ' Factual ', CROSSCHECK_BASE_URL: 'https://factual.example/', PORT: '0', HOST: '0.0.0.0',
    CROSSCHECK_SUPPORT_GOAL: '5000 EUR', CROSSCHECK_SUPPORT_DEADLINE: '2026-12-31', CROSSCHECK_SUPPORT_AMOUNTS: '3, 7.5',
    CROSSCHECK_SUPPORT_CURRENCY: 'EUR', STRIPE_SECRET_KEY: 'sk_live_x', STRIPE_WEBHOOK_SECRET: 'whsec_y', ADMIN_TOKEN: 'a'.repeat(20),
    CROSSCHECK_REPORTS_PER_HOUR: '5', CROSSCHECK_TRUST_PROXY: 'true', CROSSCHECK_FRESHNESS_DAYS: '7',
    CROSSCHECK_ALLOWED_HOSTS: 'www.factual.example, Factual.org', CROSSCHECK_MAX_PENDING_REPORTS: '50',
    CROSSCHECK_STREAMS_PER_CLIENT: '3', CROSSCHECK_STREAMS_TOTAL: '300', CROSSCHECK_STREAM_IDLE_SECONDS: '60',
    CROSSCHECK_FILES_BASE_URL: 'https://factual.example/files/',
  });
  assert.equal(config.siteName, 'Factual');
  assert.equal(config.baseUrl, 'https://factual.example');
  assert.deepEqual(config.support.goal, { kind: 'amount', amountMinor: 500000, currency: 'eur' });
  assert.equal(config.support.deadline, '2026-12-31T23:59:59.000Z');
  assert.deepEqual(config.support.amountsMinor, [300, 750]);
  assert.deepEqual(config.stripe, { secretKey: 'sk_live_x', webhookSecret: 'whsec_y', apiBase: 'https://api.stripe.com' });
  assert.equal(config.trustProxy, 1, 'true means one proxy');
  assert.equal(config.freshnessDays, 7);
  assert.deepEqual(config.allowedHosts, ['factual.example', 'www.factual.example', 'factual.org']);
  assert.equal(config.maxPendingReports, 50);
  assert.deepEqual(config.streams, { perClient: 3, total: 300, idleSeconds: 60 });
  assert.equal(config.filesBaseUrl, 'https://factual.example/files');
  assert.equal(loadSiteConfig({ CROSSCHECK_TRUST_PROXY: '2' }).trustProxy, 2);
  assert.equal(loadSiteConfig({}).trustProxy, 0);
  assert.deepEqual(loadSiteConfig({}).allowedHosts, ['localhost', '127.0.0.1', '[::1]'], 'the default local URL answers on loopback names');
});

test('bad values are all reported at once, each naming the setting and how to fix it', () => {
  try {
    loadSiteConfig({
      CROSSCHECK_BASE_URL: 'factual.example', PORT: '99999', CROSSCHECK_SUPPORT_GOAL: 'lots', ADMIN_TOKEN: 'short', CROSSCHECK_TRUST_PROXY: 'maybe', STRIPE_SECRET_KEY: 'pk_test_public',
      CROSSCHECK_ALLOWED_HOSTS: 'https://evil.example/', CROSSCHECK_STREAMS_PER_CLIENT: '0',
    });
    assert.fail('expected a ConfigError');
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    const text = error.problems.join('\n');
    assert.match(text, /CROSSCHECK_BASE_URL must be an absolute http\(s\) URL such as https:\/\/crosscheck\.example\.org \(got "factual\.example"\)/);
    assert.match(text, /PORT must be a whole number from 0 to 65535 \(got "99999"\)/);
    assert.match(text, /CROSSCHECK_SUPPORT_GOAL must be "<number> supporters" or "<amount> <currency>"/);
    assert.match(text, /ADMIN_TOKEN must be at least 16 characters/);
    assert.match(text, /CROSSCHECK_TRUST_PROXY must be the number of reverse proxies in front of the site/);
    assert.match(text, /CROSSCHECK_ALLOWED_HOSTS must be a list of host names without scheme or port/);
    assert.match(text, /CROSSCHECK_STREAMS_PER_CLIENT must be a whole number from 1 to 1000/);
    assert.match(text, /STRIPE_SECRET_KEY must be a Stripe secret key starting with sk_/);
    assert.match(error.message, /^The website configuration has 8 problems:/);
  }
  assert.throws(() => loadSiteConfig({ STRIPE_SECRET_KEY: 'sk_test_x' }), /STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set/);
  assert.throws(() => loadSiteConfig({ CROSSCHECK_SUPPORT_DEADLINE: 'next week' }), /CROSSCHECK_SUPPORT_DEADLINE must be a date such as 2026-12-31/);
});

test('campaign goals: supporters or an amount', () => {
  assert.deepEqual(parseGoal('250 supporters'), { kind: 'supporters', count: 250 });
  assert.deepEqual(parseGoal('1 supporter'), { kind: 'supporters', count: 1 });
  assert.deepEqual(parseGoal('99.50 usd'), { kind: 'amount', amountMinor: 9950, currency: 'usd' });
  assert.equal(parseGoal('1000'), undefined);
});
