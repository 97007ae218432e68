import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderHtml } from '../../src/interfaces/render/html.ts';
import { renderMarkdown } from '../../src/interfaces/render/markdown.ts';
import { sampleReport } from '../support/sample-report.ts';

const hostile = sampleReport({
  title: 'Is <script>alert(1)</script> safe?',
  summary: [{ text: 'A source says <img src=x onerror=alert(1)> "quoted".', cites: [1], support: { score: 1, quotes: [{ source: 1, text: '"><script>steal()</script>' }] } }],
  sections: [{ heading: 'Heading </h2><script>x()</script>', sentences: [{ text: 'Plain.', cites: [1] }] }],
  positions: [{ actor: 'Actor | with pipe', stance: 'opposes', reasons: [{ text: 'Reason.', cites: [1] }] }],
  followUps: ['<b>bold</b>?', 'Two?', 'Three?', 'Four?', 'Five?'],
  sources: [{ n: 1, url: 'javascript:alert(1)', title: '<svg onload=alert(1)>', outlet: 'Evil & Co', fetchedAt: '2026-11-22T10:00:00.000Z', kind: 'news', contentHash: 'sha256:abc' }],
});

test('markdown follows the report layout: title, checked on, summary, numbered sections, positions, limits, bottom line, follow-ups, sources', () => {
  const markdown = renderMarkdown(sampleReport({ positions: [{ actor: 'Hungary', stance: 'opposes', reasons: [{ text: 'Hungary blocks it.', cites: [1] }] }] }));
  const order = ['# Does the sample question work?', 'Checked on November 22, 2026', '## Executive summary', '## 1. Sample', '## Positions', '| Hungary | opposes |', '## What the sources do and do not say', '## Bottom line', '## Want to dive deeper?', '## Sources', '1. Sample. Example News, published November 1, 2026.'];
  let at = -1;
  for (const part of order) {
    const next = markdown.indexOf(part);
    assert.ok(next > at, `${part} missing or out of order`);
    at = next;
  }
  assert.match(markdown, /The sample works\. \[1\]/);
});

test('markdown escapes table pipes so a hostile actor name cannot break the table', () => {
  assert.match(renderMarkdown(hostile), /\| Actor \\\| with pipe \| opposes \|/);
});

test('html escapes every value from sources and models; javascript: links are neutralised', async () => {
  const page = await renderHtml(hostile);
  assert.ok(!page.includes('<script>alert(1)'), 'title escaped');
  assert.ok(!page.includes('<img src=x'), 'sentence escaped');
  assert.ok(!page.includes('<svg onload'), 'source title escaped');
  assert.ok(!page.includes('</h2><script>'), 'heading escaped');
  assert.ok(!page.includes('javascript:'), 'unsafe URL replaced');
  assert.ok(!/<script/i.test(page), 'no script element at all');
  assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(page, /href="#source-1"/);
  assert.match(page, /title="“&quot;&gt;&lt;script&gt;steal\(\)&lt;\/script&gt;” — Evil &amp; Co"/, 'quote shown on hover, escaped');
  assert.equal((page.match(/<h1>/g) ?? []).length, 1);
});
