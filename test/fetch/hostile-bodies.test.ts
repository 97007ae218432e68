// Hostile bodies: a gzip bomb inflating past 1 GB, an endless chunked stream, a slow drip, mislabelled
// binaries and a 50 MB HTML page. Each ends within its limits with a clear reason and bounded memory.
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createGuardedFetcher, FETCH_DEFAULTS } from '../../src/adapters/fetch/guarded-fetcher.ts';
import { type LocalServer, localServer } from './local-server.ts';

const MB = 1024 * 1024;
/** One gzip member inflating to 16 MB of markup; the bomb sends it 64 times (1 GB) and more if still read. */
const BOMB_MEMBER = gzipSync(Buffer.from('<p>bomb</p>\n'.repeat((16 * MB) / 12)), { level: 9 });
const BOMB_MEMBERS = 80;

let server: LocalServer;
let bombBytesSent = 0;

/** Writes chunks with back-pressure until the body is done or the client goes away. */
function stream(response: ServerResponse, next: (index: number) => Buffer | undefined, onWrite?: (chunk: Buffer) => void) {
  let index = 0;
  const pump = () => {
    for (;;) {
      if (response.destroyed) return;
      const chunk = next(index++);
      if (!chunk) return response.end();
      onWrite?.(chunk);
      if (!response.write(chunk)) return response.once('drain', pump);
    }
  };
  response.on('error', () => undefined);
  pump();
}

before(async () => {
  const htmlChunk = Buffer.from(`<p>${'A long paragraph of an enormous page. '.repeat(1700)}</p>\n`);
  server = await localServer((request, response) => {
    switch (request.url) {
      case '/bomb':
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        return stream(response, (index) => (index < BOMB_MEMBERS ? BOMB_MEMBER : undefined), (chunk) => (bombBytesSent += chunk.length));
      case '/endless':
        response.writeHead(200, { 'content-type': 'text/html' });
        return stream(response, () => htmlChunk);
      case '/drip': {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<html><body>');
        const timer = setInterval(() => response.write('.'), 20);
        response.on('close', () => clearInterval(timer));
        return;
      }
      case '/png-as-html':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return response.end(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4096, 7)]));
      case '/elf-unlabelled':
        response.writeHead(200, {});
        return response.end(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(2048)]));
      case '/nul-as-text':
        response.writeHead(200, { 'content-type': 'text/plain' });
        return response.end(Buffer.concat([Buffer.from('looks like text at first'), Buffer.alloc(64), Buffer.from('then binary')]));
      case '/image':
        response.writeHead(200, { 'content-type': 'image/png' });
        return response.end(Buffer.alloc(1024));
      case '/fake-pdf':
        response.writeHead(200, { 'content-type': 'application/pdf' });
        return response.end('<html>not a pdf at all</html>');
      case '/corrupt-gzip':
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        return response.end(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00]));
      case '/zstd':
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'compress' });
        return response.end('whatever');
      case '/huge-html': {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const chunks = Math.ceil((50 * MB) / htmlChunk.length);
        return stream(response, (index) => (index < chunks ? htmlChunk : undefined));
      }
      default:
        response.writeHead(404);
        response.end();
    }
  });
});

after(() => server.close());

/** Runs a fetch while sampling memory; returns the outcome, the time taken and the peak growth in bytes. */
async function measured(path: string, options: { timeoutMs?: number; maxBytes?: number } = {}) {
  const fetcher = createGuardedFetcher({ allow: server.host, robots: false, ...options });
  globalThis.gc?.();
  const usage = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const base = usage();
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, usage())), 5);
  const started = performance.now();
  const outcome = await fetcher.fetch(`${server.origin}${path}`);
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, usage());
  return { outcome, ms, growth: peak - base };
}

test('a gzip bomb that would inflate past 1 GB stops at the cap after decompression', async () => {
  assert.ok(BOMB_MEMBER.length * BOMB_MEMBERS < 4 * MB && 16 * MB * BOMB_MEMBERS > 1024 * MB, 'the bomb: under 4 MB on the wire, over 1 GB inflated');
  const { outcome, ms, growth } = await measured('/bomb');
  assert.ok(!outcome.ok && /body larger than 10 MB after decompression/.test(outcome.reason), !outcome.ok ? outcome.reason : 'read');
  assert.ok(ms < FETCH_DEFAULTS.timeoutMs, `ended in ${Math.round(ms)} ms`);
  assert.ok(growth < 150 * MB, `memory grew ${Math.round(growth / MB)} MB`);
  assert.ok(bombBytesSent > 0, 'the bomb was served');
});

test('an endless chunked stream stops at the size cap', async () => {
  const { outcome, growth } = await measured('/endless', { maxBytes: 2 * MB });
  assert.ok(!outcome.ok && /body larger than 2 MB after decompression/.test(outcome.reason), !outcome.ok ? outcome.reason : 'read');
  assert.ok(growth < 100 * MB, `memory grew ${Math.round(growth / MB)} MB`);
});

test('a slow-drip server is cut off by the time limit', async () => {
  const { outcome, ms } = await measured('/drip', { timeoutMs: 300 });
  assert.ok(!outcome.ok && outcome.reason === 'timed out after 300 ms', !outcome.ok ? outcome.reason : 'read');
  assert.ok(ms < 2000, `ended in ${Math.round(ms)} ms`);
});

test('binaries are refused whatever they are labelled: PNG as text/html, an unlabelled ELF, NUL bytes as text', async () => {
  const png = await measured('/png-as-html');
  assert.ok(!png.outcome.ok && png.outcome.reason === 'mislabelled binary: served as text/html but the body is a PNG image', !png.outcome.ok ? png.outcome.reason : '');
  const elf = await measured('/elf-unlabelled');
  assert.ok(!elf.outcome.ok && /served as no content type but the body is an ELF executable/.test(elf.outcome.reason));
  const nul = await measured('/nul-as-text');
  assert.ok(!nul.outcome.ok && /served as text\/plain but the body is binary data \(NUL bytes\)/.test(nul.outcome.reason));
});

test('types outside the allow-list are refused before the body is read; a fake PDF too', async () => {
  const image = await measured('/image');
  assert.ok(!image.outcome.ok && /content type image\/png is not allowed/.test(image.outcome.reason));
  const pdf = await measured('/fake-pdf');
  assert.ok(!pdf.outcome.ok && /served as application\/pdf but the body is not a PDF/.test(pdf.outcome.reason));
});

test('corrupt and unsupported compression is a clear failure', async () => {
  const corrupt = await measured('/corrupt-gzip');
  assert.ok(!corrupt.outcome.ok && /^corrupt gzip body/.test(corrupt.outcome.reason), !corrupt.outcome.ok ? corrupt.outcome.reason : '');
  const unsupported = await measured('/zstd');
  assert.ok(!unsupported.outcome.ok && /unsupported content encoding "compress"/.test(unsupported.outcome.reason));
});

test('a 50 MB HTML page ends at the default 10 MB cap with bounded memory', async () => {
  const { outcome, ms, growth } = await measured('/huge-html');
  assert.ok(!outcome.ok && /body larger than 10 MB after decompression/.test(outcome.reason), !outcome.ok ? outcome.reason : 'read');
  assert.ok(ms < FETCH_DEFAULTS.timeoutMs);
  assert.ok(growth < 100 * MB, `memory grew ${Math.round(growth / MB)} MB`);
});

test('the same 50 MB page is read in full when the operator raises the cap', async () => {
  const { outcome } = await measured('/huge-html', { maxBytes: 64 * MB });
  assert.ok(outcome.ok, !outcome.ok ? outcome.reason : '');
  assert.ok(outcome.body.length >= 50 * MB);
});
