import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeHtmlBytes } from '../../src/adapters/extract/decode-html.ts';
import { extractArticle } from '../../src/adapters/extract/extract-article.ts';
import { detectType } from '../../src/adapters/ingest/detect-type.ts';

const PAGE = '<html><head><title>Fête</title></head><body><p>The council met on Monday.\u0000 It voted to fund the new library.</p></body></html>';

describe('pages with stray NUL or control bytes', () => {
  const bytes = new Uint8Array(Buffer.from(PAGE.replace('Monday.', 'Monday.\u0001\u001b'), 'utf8'));

  it('are read as HTML by ingest, not refused as binary', () => {
    const detection = detectType('.html', bytes);
    assert.ok(detection.ok, detection.ok ? '' : detection.reason);
    assert.equal(detection.type, 'html');
  });

  it('are decoded without the control characters, so the text reads cleanly', () => {
    const decoded = decodeHtmlBytes(bytes);
    assert.ok(decoded.ok);
    assert.doesNotMatch(decoded.html, /[\u0000\u0001\u001b]/);
    assert.match(decoded.html, /Fête/);
  });

  it('still give their text when the NUL reaches the extractor undecoded', () => {
    assert.match(extractArticle(PAGE).text, /The council met on Monday\. It voted to fund the new library\./);
  });

  it('while a file that is mostly NUL and control bytes is still refused with a clear reason', () => {
    const binary = new Uint8Array(Buffer.concat([Buffer.from('<html>'), Buffer.alloc(200), Buffer.from('</html>')]));
    assert.deepEqual(decodeHtmlBytes(binary), { ok: false, reason: 'binary file, not HTML' });
    const detection = detectType('.html', binary);
    assert.ok(!detection.ok && /^binary file \(not text: mostly NUL or control bytes/.test(detection.reason));
  });
});
