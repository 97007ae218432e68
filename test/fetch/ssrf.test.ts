// The SSRF suite: hostile targets in every spelling, names that resolve to private addresses, redirects
// from an allowed host to private ones, and a name whose answer changes between lookups. All refused with
// a clear reason; an explicitly allow-listed local server is still reached.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ResolvedAddress, Resolver } from '../../src/adapters/fetch/check-target.ts';
import { createGuardedFetcher } from '../../src/adapters/fetch/guarded-fetcher.ts';
import { html, type LocalServer, localServer } from './local-server.ts';

const resolved: string[] = [];
const NAMES: Record<string, string[]> = {
  'internal.example.test': ['10.0.0.7'],
  'metadata.example.test': ['169.254.169.254'],
  'mixed.example.test': ['93.184.216.34', '192.168.0.10'],
  'ula.example.test': ['fd12:3456::1'],
  'mapped.example.test': ['::ffff:127.0.0.1'],
  'cgnat.example.test': ['100.100.100.100'],
  'nat64.example.test': ['64:ff9b::a00:1'],
};

/** Answers from the table; counts every lookup so tests can see literals are never resolved. */
const resolver: Resolver = async (hostname) => {
  resolved.push(hostname);
  const answers = NAMES[hostname];
  if (!answers) throw Object.assign(new Error(`queryA ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return answers.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
};

let server: LocalServer;
let other: LocalServer;

before(async () => {
  other = await localServer((_request, response) => html(response, '<p>internal admin page</p>'));
  server = await localServer((request, response) => {
    const redirects: Record<string, string> = {
      '/to-loopback': `${other.origin}/admin`,
      '/to-metadata': 'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
      '/to-file': 'file:///etc/passwd',
      '/to-private-name': 'http://internal.example.test/',
      '/to-mapped': `http://[::ffff:127.0.0.1]:${other.port}/`,
      '/to-decimal': `http://2130706433:${other.port}/`,
    };
    const loop = request.url.match(/^\/loop\/(\d+)$/);
    if (loop) {
      response.writeHead(302, { location: `/loop/${Number(loop[1]) + 1}` });
      return response.end();
    }
    if (redirects[request.url]) {
      response.writeHead(302, { location: redirects[request.url] });
      return response.end();
    }
    html(response, '<p>A public page.</p>');
  });
});

after(async () => {
  await server.close();
  await other.close();
});

const fetcher = () => createGuardedFetcher({ resolver, robots: false, timeoutMs: 3000 });

const HOSTILE_LITERALS: Array<[string, RegExp]> = [
  ['http://127.0.0.1/', /loopback/],
  ['http://127.1/', /loopback/],
  ['http://127.0.0.2:8080/', /loopback/],
  ['http://2130706433/', /loopback/],
  ['http://0x7f000001/', /loopback/],
  ['http://0x7f.1/', /loopback/],
  ['http://0177.0.0.1/', /loopback/],
  ['http://017700000001/', /loopback/],
  ['http://[::1]/', /loopback/],
  ['http://[::ffff:127.0.0.1]/', /IPv4-mapped.*127\.0\.0\.1/],
  ['http://[0:0:0:0:0:ffff:a9fe:a9fe]/', /IPv4-mapped.*169\.254\.169\.254/],
  ['http://[::127.0.0.1]/', /IPv4-compatible/],
  ['http://[64:ff9b::7f00:1]/', /NAT64/],
  ['http://[2002:7f00:1::]/', /6to4 .*127\.0\.0\.1/],
  ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', /Teredo/],
  ['http://[::]/', /unspecified/],
  ['http://0.0.0.0/', /unspecified/],
  ['http://0/', /unspecified/],
  ['http://10.0.0.1/', /private/],
  ['http://172.16.5.4/', /private/],
  ['http://192.168.1.1/', /private/],
  ['http://0300.0250.0.1/', /private/],
  ['http://3232235521/', /private/],
  ['http://169.254.169.254/latest/meta-data/', /metadata/],
  ['http://169.254.10.1/', /link-local/],
  ['http://100.64.0.1/', /carrier-grade NAT/],
  ['http://[fd00::1]/', /unique-local/],
  ['http://[fe80::1]/', /link-local/],
  ['http://224.0.0.1/', /multicast/],
  ['http://[ff02::1]/', /multicast/],
  ['http://255.255.255.255/', /broadcast/],
  ['http://198.18.0.1/', /benchmarking/],
  ['http://192.0.2.10/', /documentation/],
  ['http://240.0.0.1/', /reserved/],
  ['http://localhost/', /loopback/],
  ['http://LOCALHOST./', /loopback/],
  ['http://admin.localhost/', /loopback/],
];

const HOSTILE_SCHEMES: Array<[string, RegExp]> = [
  ['file:///etc/passwd', /file scheme is not allowed/],
  ['gopher://127.0.0.1:70/_SSRF', /gopher scheme/],
  ['ftp://example.com/file', /ftp scheme/],
  ['data:text/html,<p>hi</p>', /data scheme/],
  ['javascript:alert(1)', /javascript scheme/],
  ['http://user:secret@example.com/', /credentials/],
  ['http://[fe80::1%25eth0]/', /not a valid URL/],
  ['not a url', /not a valid URL/],
];

for (const [url, why] of HOSTILE_LITERALS) {
  test(`refuses ${url} without resolving or connecting`, async () => {
    const before = resolved.length;
    const outcome = await fetcher().fetch(url);
    assert.equal(outcome.ok, false);
    assert.ok(!outcome.ok && /^refused: /.test(outcome.reason) && why.test(outcome.reason), !outcome.ok ? outcome.reason : 'fetched');
    assert.equal(resolved.length, before, 'a literal or localhost name is never sent to DNS');
  });
}

for (const [url, why] of HOSTILE_SCHEMES) {
  test(`refuses ${url.slice(0, 40)}`, async () => {
    const outcome = await fetcher().fetch(url);
    assert.ok(!outcome.ok && why.test(outcome.reason), !outcome.ok ? outcome.reason : 'fetched');
  });
}

const HOSTILE_NAMES: Array<[string, RegExp]> = [
  ['http://internal.example.test/', /internal\.example\.test resolves to 10\.0\.0\.7, a private address/],
  ['http://metadata.example.test/latest/', /resolves to 169\.254\.169\.254, the cloud metadata address/],
  ['http://mixed.example.test/', /resolves to 192\.168\.0\.10, a private address/],
  ['http://ula.example.test/', /unique-local/],
  ['https://mapped.example.test/', /IPv4-mapped/],
  ['http://cgnat.example.test/', /carrier-grade NAT/],
  ['http://nat64.example.test/', /NAT64/],
];

for (const [url, why] of HOSTILE_NAMES) {
  test(`refuses ${url}: every resolved address is checked`, async () => {
    const outcome = await fetcher().fetch(url);
    assert.ok(!outcome.ok && why.test(outcome.reason), !outcome.ok ? outcome.reason : 'fetched');
  });
}

test('a name that does not resolve is a clear failure, not a crash', async () => {
  const outcome = await fetcher().fetch('http://nowhere.example.test/');
  assert.ok(!outcome.ok && /could not resolve nowhere\.example\.test \(ENOTFOUND\)/.test(outcome.reason));
});

test('a public address on a non-web port is refused', async () => {
  const outcome = await createGuardedFetcher({ resolver: async () => [{ address: '93.184.216.34', family: 4 }], robots: false }).fetch('http://example.test:25/');
  assert.ok(!outcome.ok && /port 25 is not a web port/.test(outcome.reason));
});

test('an explicitly allow-listed local server is reached; the same server is refused without the allow-list', async () => {
  const allowed = await createGuardedFetcher({ resolver, robots: false, allow: server.host }).fetch(`${server.origin}/page`);
  assert.ok(allowed.ok, !allowed.ok ? allowed.reason : '');
  assert.match(new TextDecoder().decode(allowed.body), /A public page/);
  const refused = await fetcher().fetch(`${server.origin}/page`);
  assert.ok(!refused.ok && /loopback/.test(refused.reason));
});

const HOSTILE_REDIRECTS: Array<[string, RegExp]> = [
  ['/to-loopback', /^redirect to http:\/\/127\.0\.0\.1:\d+\/admin: refused: 127\.0\.0\.1 is a loopback address/],
  ['/to-metadata', /^redirect to http:\/\/169\.254\.169\.254\/.*metadata/],
  ['/to-file', /^redirect to file:\/\/\/etc\/passwd: refused: the file scheme/],
  ['/to-private-name', /^redirect to http:\/\/internal\.example\.test\/: refused: .*private/],
  ['/to-mapped', /IPv4-mapped/],
  ['/to-decimal', /127\.0\.0\.1.*loopback/],
  ['/loop/0', /more than 5 redirects/],
];

for (const [path, why] of HOSTILE_REDIRECTS) {
  test(`a redirect from an allowed host is re-checked: ${path}`, async () => {
    const seenByOther = other.requests.length;
    const outcome = await createGuardedFetcher({ resolver, robots: false, allow: server.host }).fetch(`${server.origin}${path}`);
    assert.ok(!outcome.ok && why.test(outcome.reason), !outcome.ok ? outcome.reason : 'fetched');
    assert.equal(other.requests.length, seenByOther, 'the private server never saw a request');
  });
}

test('five redirects are followed, the sixth is refused', async () => {
  const start = server.requests.length;
  const outcome = await createGuardedFetcher({ resolver, robots: false, allow: server.host }).fetch(`${server.origin}/loop/0`);
  assert.ok(!outcome.ok);
  assert.equal(server.requests.length - start, 6, 'the original request and five redirects');
});

test('a name whose answer changes between lookups: the connection goes to the address that was checked', async () => {
  let lookups = 0;
  const rebinding: Resolver = async () => {
    lookups += 1;
    // First answer: the allow-listed test server. Any later answer: a private address.
    return [{ address: lookups === 1 ? '127.0.0.1' : '10.0.0.9', family: 4 }];
  };
  const seen = server.requests.length;
  const outcome = await createGuardedFetcher({ resolver: rebinding, robots: false, allow: `127.0.0.1:${server.port}` }).fetch(`http://rebind.example.test:${server.port}/page`);
  assert.ok(outcome.ok, !outcome.ok ? outcome.reason : '');
  assert.equal(lookups, 1, 'resolved once: the socket does not ask DNS again');
  assert.equal(server.requests.length, seen + 1, 'the checked address was the one connected to');
  assert.equal(server.requests.at(-1)?.headers.host, `rebind.example.test:${server.port}`, 'the Host header keeps the name');
  const second = await createGuardedFetcher({ resolver: rebinding, robots: false, allow: `127.0.0.1:${server.port}` }).fetch(`http://rebind.example.test:${server.port}/page`);
  assert.ok(!second.ok && /resolves to 10\.0\.0\.9, a private address/.test(second.reason), 'the new answer is checked, and refused');
});

test('the suite covers at least 30 hostile targets', () => {
  assert.ok(HOSTILE_LITERALS.length + HOSTILE_SCHEMES.length + HOSTILE_NAMES.length + HOSTILE_REDIRECTS.length >= 30);
});
