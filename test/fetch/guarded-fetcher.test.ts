// The guarded fetcher on well-behaved servers: redirects, decompression, sniffing, status codes, caller
// aborts and the per-host concurrency limit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { createGuardedFetcher } from '../../src/adapters/fetch/guarded-fetcher.ts';
import { html, localServer } from './local-server.ts';

const PAGE = '<!doctype html><html><body><p>Hello from a test page.</p></body></html>';

test('follows relative redirects and reports the final URL', async () => {
  const server = await localServer((request, response) => {
    if (request.url === '/old') {
      response.writeHead(301, { location: '/new?x=1' });
      return response.end();
    }
    html(response, PAGE);
  });
  try {
    const outcome = await createGuardedFetcher({ allow: server.host, robots: false, clock: () => new Date('2026-11-22T10:00:00Z') }).fetch(`${server.origin}/old`);
    assert.ok(outcome.ok);
    assert.equal(outcome.url, `${server.origin}/old`);
    assert.equal(outcome.finalUrl, `${server.origin}/new?x=1`);
    assert.equal(outcome.status, 200);
    assert.equal(outcome.fetchedAt, '2026-11-22T10:00:00.000Z');
    assert.equal(new TextDecoder().decode(outcome.body), PAGE);
  } finally {
    await server.close();
  }
});

test('gzip, deflate and brotli bodies are decompressed; the request asks for them', async () => {
  const encoders: Record<string, (body: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
  const server = await localServer((request, response) => {
    const encoding = request.url.slice(1);
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoding });
    response.end(encoders[encoding](Buffer.from(PAGE)));
  });
  try {
    const fetcher = createGuardedFetcher({ allow: server.host, robots: false });
    for (const encoding of Object.keys(encoders)) {
      const outcome = await fetcher.fetch(`${server.origin}/${encoding}`);
      assert.ok(outcome.ok, `${encoding}: ${!outcome.ok ? outcome.reason : ''}`);
      assert.equal(new TextDecoder().decode(outcome.body), PAGE);
    }
    assert.equal(server.requests[0].headers['accept-encoding'], 'gzip, deflate, br');
  } finally {
    await server.close();
  }
});

test('a PDF is recognised whatever its label; unlabelled markup is HTML, unlabelled prose is text', async () => {
  const server = await localServer((request, response) => {
    if (request.url === '/doc') {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      return response.end('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    }
    response.writeHead(200, {});
    response.end(request.url === '/markup' ? PAGE : 'Plain words, nothing more.');
  });
  try {
    const fetcher = createGuardedFetcher({ allow: server.host, robots: false });
    const pdf = await fetcher.fetch(`${server.origin}/doc`);
    const markup = await fetcher.fetch(`${server.origin}/markup`);
    const prose = await fetcher.fetch(`${server.origin}/prose`);
    assert.ok(pdf.ok && pdf.contentType === 'application/pdf');
    assert.ok(markup.ok && markup.contentType === 'text/html');
    assert.ok(prose.ok && prose.contentType === 'text/plain');
  } finally {
    await server.close();
  }
});

test('error statuses and unreachable servers are reasons, not exceptions', async () => {
  const server = await localServer((_request, response) => {
    response.writeHead(404);
    response.end('gone');
  });
  const fetcher = createGuardedFetcher({ allow: `${server.host},127.0.0.1:9`, robots: false });
  try {
    const missing = await fetcher.fetch(`${server.origin}/missing`);
    assert.ok(!missing.ok && missing.reason === 'HTTP 404 Not Found');
  } finally {
    await server.close();
  }
  const closed = await fetcher.fetch('http://127.0.0.1:9/');
  assert.ok(!closed.ok && /^request failed \(.*ECONNREFUSED/.test(closed.reason), !closed.ok ? closed.reason : '');
});

test("the caller's signal stops a fetch with its own reason", async () => {
  const server = await localServer(() => undefined);
  try {
    const controller = new AbortController();
    const pending = createGuardedFetcher({ allow: server.host, robots: false }).fetch(`${server.origin}/hang`, { signal: controller.signal });
    setImmediate(() => controller.abort());
    const outcome = await pending;
    assert.ok(!outcome.ok && outcome.reason === 'aborted: the report ran out of time');
  } finally {
    await server.close();
  }
});

test('no more than the per-host limit of requests are in flight at once', async () => {
  let inFlight = 0;
  let most = 0;
  const server = await localServer(async (_request, response) => {
    inFlight += 1;
    most = Math.max(most, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 15));
    inFlight -= 1;
    html(response, PAGE);
  });
  try {
    const fetcher = createGuardedFetcher({ allow: server.host, robots: false, perHost: 2 });
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, index) => fetcher.fetch(`${server.origin}/page/${index}`)));
    assert.ok(outcomes.every((outcome) => outcome.ok));
    assert.equal(most, 2);
  } finally {
    await server.close();
  }
});
