// Share and speed (#17.3): brotli/gzip compression, ETags and 304s on report pages, the Open Graph card PNG.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { negotiateEncoding } from '../../src/interfaces/web/middleware/compression.ts';
import { wrapText } from '../../src/interfaces/web/card/card-svg.ts';
import { NATO_QUESTION } from '../support/fixtures.ts';
import { sampleReport } from '../support/sample-report.ts';
import { askAndWait, BASE, webHarness } from './web-harness.ts';

test('Accept-Encoding is negotiated: brotli first, gzip next, q=0 refuses, nothing without the header', () => {
  assert.equal(negotiateEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(negotiateEncoding('gzip'), 'gzip');
  assert.equal(negotiateEncoding('br;q=0.5, gzip;q=0.9'), 'gzip');
  assert.equal(negotiateEncoding('br;q=0, gzip;q=0'), undefined);
  assert.equal(negotiateEncoding('*'), 'br');
  assert.equal(negotiateEncoding('identity'), undefined);
  assert.equal(negotiateEncoding(undefined), undefined);
});

test('pages, CSS and JSON are compressed with brotli or gzip; the bytes decompress to the same page', async () => {
  const site = await webHarness();
  const path = await askAndWait(site, NATO_QUESTION);
  const plain = await site.request(path);
  assert.equal(plain.headers.get('content-encoding'), null);
  const page = await plain.text();
  for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
    const response = await site.request(path, { headers: { 'accept-encoding': encoding } });
    assert.equal(response.headers.get('content-encoding'), encoding);
    assert.match(response.headers.get('vary') ?? '', /Accept-Encoding/);
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.ok(bytes.byteLength < Buffer.byteLength(page) / 3, `${encoding}: ${bytes.byteLength} of ${Buffer.byteLength(page)} bytes`);
    assert.equal(decode(bytes).toString('utf8'), page);
  }
  const css = /href="(\/static\/site\.[0-9a-f]{10}\.css)"/.exec(page)![1];
  assert.equal((await site.request(css, { headers: { 'accept-encoding': 'br' } })).headers.get('content-encoding'), 'br');
  const json = await site.request('/api/reports/rep_test0001', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(json.headers.get('content-encoding'), 'gzip');
  assert.equal(JSON.parse(gunzipSync(Buffer.from(await json.arrayBuffer())).toString('utf8')).report.title, NATO_QUESTION);
  // Small bodies are not worth it.
  assert.equal((await site.request('/healthz', { headers: { 'accept-encoding': 'br' } })).headers.get('content-encoding'), null);
});

test('a report page carries an ETag: the same page answers 304, a correction changes it', async () => {
  const site = await webHarness();
  const path = await askAndWait(site, NATO_QUESTION);
  const first = await site.request(path, { headers: { 'accept-encoding': 'br' } });
  const tag = first.headers.get('etag');
  assert.match(tag ?? '', /^W\/"[0-9a-f]+"$/);
  assert.equal(first.headers.get('cache-control'), 'no-cache');
  const again = await site.request(path, { headers: { 'if-none-match': tag! } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  const report = (await site.store.getReport(path.split('/').pop()!))!;
  await site.store.moderate({ action: 'correct', reportId: report.id, actor: 'admin', at: '2026-11-22T11:00:00.000Z', note: 'A date was wrong.' });
  const changed = await site.request(path, { headers: { 'if-none-match': tag! } });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.get('etag'), tag);
});

function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('each report has an Open Graph card: a 1200 × 630 PNG named in its page, gone with the report', async () => {
  const site = await webHarness();
  const path = await askAndWait(site, NATO_QUESTION);
  const { document } = parseHTML(await (await site.request(path)).text());
  const image = document.querySelector('meta[property="og:image"]')?.getAttribute('content');
  assert.equal(image, `${BASE}${path}/card.png`);
  assert.equal(document.querySelector('meta[property="og:image:width"]')?.getAttribute('content'), '1200');
  assert.equal(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), 'summary_large_image');
  assert.match(document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '', /checked on November 22, 2026$/);
  const card = await site.request(`${path}/card.png`);
  assert.equal(card.status, 200);
  assert.equal(card.headers.get('content-type'), 'image/png');
  assert.deepEqual(pngSize(Buffer.from(await card.arrayBuffer())), { width: 1200, height: 630 });

  await site.store.saveReport(sampleReport({ id: 'rep_claim', slug: 'a-claim', kind: 'claim', title: 'Claim: <b>Finland</b> joined NATO in 2023 & more', verdict: { label: 'supported', reason: [{ text: 'It did.', cites: [1] }] } }));
  assert.deepEqual(pngSize(Buffer.from(await (await site.request('/reports/a-claim/card.png')).arrayBuffer())), { width: 1200, height: 630 });
  await site.store.moderate({ action: 'unpublish', reportId: 'rep_claim', actor: 'admin', at: '2026-11-22T11:00:00.000Z' });
  assert.equal((await site.request('/reports/a-claim/card.png')).status, 410);
  assert.equal((await site.request('/reports/nothing-here/card.png')).status, 404);
});

test('card titles wrap at words and end with an ellipsis when cut', () => {
  assert.deepEqual(wrapText('one two three four five six', 9, 2), ['one two', 'three…']);
  assert.deepEqual(wrapText('short', 9, 2), ['short']);
});
