// Canonical URLs: tracking parameters, fragments, host case, default ports and trailing slashes removed;
// the dedupe key also ignores scheme and www/mobile editions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalUrl, registrableDomain, sameSite, urlKey } from '../../src/shared/sources/canonical-url.ts';

test('tracking parameters, fragments, default ports and trailing slashes go; real parameters stay, sorted', () => {
  assert.equal(
    canonicalUrl('HTTPS://WWW.Example.COM:443/News/Story/?utm_source=x&id=7&fbclid=abc&b=2&UTM_Campaign=y#comments'),
    'https://www.example.com/News/Story?b=2&id=7',
  );
  assert.equal(canonicalUrl('http://example.com/'), 'http://example.com/');
  assert.equal(canonicalUrl('http://example.com/a//'), 'http://example.com/a');
  assert.equal(canonicalUrl('https://example.com/page;jsessionid=ABC123'), 'https://example.com/page');
  assert.equal(canonicalUrl('https://example.com/p?gclid=1&mc_cid=2&_ga=3'), 'https://example.com/p');
  assert.equal(canonicalUrl('not a url'), 'not a url');
  assert.equal(canonicalUrl('mailto:someone@example.com'), 'mailto:someone@example.com');
});

test('the key meets http and https, www and mobile editions of the same page', () => {
  const key = urlKey('https://www.bbc.co.uk/news/world-1?utm_medium=social');
  assert.equal(urlKey('http://m.bbc.co.uk/news/world-1/'), key);
  assert.equal(urlKey('https://bbc.co.uk/news/world-1#top'), key);
  assert.notEqual(urlKey('https://bbc.co.uk/news/world-2'), key);
});

test('registrable domains and same-site checks', () => {
  assert.equal(registrableDomain('news.bbc.co.uk'), 'bbc.co.uk');
  assert.equal(registrableDomain('www.nytimes.com'), 'nytimes.com');
  assert.equal(registrableDomain('en.wikipedia.org'), 'wikipedia.org');
  assert.equal(sameSite('https://www.reuters.com/a', 'https://reuters.com/b'), true);
  assert.equal(sameSite('https://evil.example/a', 'https://reuters.com/b'), false);
  assert.equal(sameSite('https://a.co.uk/x', 'https://b.co.uk/x'), false, 'a public suffix is not a site');
});
