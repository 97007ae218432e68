import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extractArticle } from '../../src/adapters/extract/extract-article.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/extract', name), 'utf8');

/** Enough prose for Readability to accept a page as an article. */
const PROSE = [
  'The survey of 2,400 households found that most families now cook at home five nights a week, up from three a decade ago.',
  'Researchers at the institute said rising restaurant prices explained about half of the change, and remote work most of the rest.',
  'The report also found that younger households were the most likely to plan meals for the whole week in advance.',
  'Food waste fell in the same period, which the authors link to better planning rather than to smaller portions.',
];

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>Test page</title>${head}</head><body>${body}</body></html>`;
}

function article(extra = ''): string {
  return `<article>${PROSE.map((text) => `<p>${text}</p>`).join('')}${extra}</article>`;
}

describe('extractArticle: main text', () => {
  it('keeps only the body paragraphs of a page with nav, banners, share buttons, related links and comments', () => {
    const result = extractArticle(fixture('news-article.html'));
    assert.deepEqual(result.text.split('\n\n'), [
      'The Harbour council voted seven to two on Tuesday night to build a protected bike lane along the river, ending a debate that has run for almost three years.',
      'The lane will run for four kilometres between the ferry terminal and the old mill, separated from traffic by a low concrete kerb and a row of planters.',
      'Councillor Ines Varga, who proposed the plan, said the vote showed that residents wanted safer streets. "People have asked for this at every meeting," she said.',
      'What happens next',
      'Construction is expected to start in September and to take about eight months, according to the city engineering office, which will publish a detailed schedule in the summer.',
      'Two councillors voted against the plan, arguing that the budget of 2.1 million euros should go to repairing roads in the northern districts first.',
      'Local shop owners were divided. Some fear losing parking spaces in front of their stores, while others expect more customers arriving by bicycle.',
    ]);
  });

  it('never returns script, style, noscript, template or hidden text', () => {
    const hostile = article(
      '<p>Inline <script>document.write("SCRIPT TEXT")</script>code and <style>p{color:red}</style>style.</p>' +
        '<noscript>NOSCRIPT TEXT</noscript><template><p>TEMPLATE TEXT</p></template>' +
        '<div hidden>HIDDEN ATTRIBUTE TEXT</div><div style="display:none">DISPLAY NONE TEXT</div>' +
        '<svg><text>SVG TEXT</text></svg><!-- COMMENT TEXT --><textarea>TEXTAREA TEXT</textarea>',
    );
    const { text } = extractArticle(page(hostile, '<script>var leaked = "HEAD SCRIPT";</script>'));
    assert.match(text, /survey of 2,400 households/);
    for (const marker of ['SCRIPT', 'color:red', 'NOSCRIPT', 'TEMPLATE', 'HIDDEN', 'DISPLAY NONE', 'SVG', 'COMMENT', 'TEXTAREA']) {
      assert.doesNotMatch(text, new RegExp(marker), `${marker} leaked into the text`);
    }
  });

  it('drops furniture lines left inside the article: ad labels, lead-ins, datelines, prompts, credits', () => {
    const furniture = [
      'Advertisement',
      'Read more: <a href="/x">Why prices keep rising</a>',
      'Updated November 19, 2019, 9:41 AM',
      'Sign up for our newsletter to get these stories in your inbox.',
      'Follow us on Twitter and Facebook for more.',
      '© 2024 Example Media. All rights reserved.',
      'Photo: Jane Example',
    ];
    const { text } = extractArticle(page(article(furniture.map((line) => `<p>${line}</p>`).join(''))));
    assert.deepEqual(text.split('\n\n'), PROSE);
  });

  it('drops lists of links after a "More stories" heading but keeps prose that follows', () => {
    const related = '<h3>More stories</h3><ul><li><a href="/1">First teaser</a></li><li><a href="/2">Second teaser</a></li></ul>';
    const { text } = extractArticle(page(article(`${related}<p>After the list, the report closes with a note on methods and sampling.</p>`)));
    assert.doesNotMatch(text, /teaser|More stories/);
    assert.match(text, /closes with a note on methods/);
  });

  it('keeps embedded posts, which quote people, as text', () => {
    const tweet =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>We are opening the new bridge on Monday, come and see it.</p>' +
      '— City Hall (@cityhall) <a href="https://twitter.example/status/1">May 2, 2024</a></blockquote></div>';
    const { text } = extractArticle(page(article(tweet)));
    assert.match(text, /We are opening the new bridge on Monday/);
  });

  it('marks the text of a page that is all navigation as the largest-block fallback, never as an article', () => {
    const links = (prefix: string) =>
      Array.from({ length: 12 }, (_, index) => `<li><a href="/${prefix}/${index}">${prefix} section number ${index}</a></li>`).join('');
    const html = page(`<div class="menu-wrap"><ul>${links('News')}</ul></div><div><ul>${links('Sport')}</ul><ul>${links('Culture')}</ul></div>`);
    // Never empty when the page has text (issue 14); the path tells callers, and ingest's prose check refuses it.
    const article = extractArticle(html);
    assert.equal(article.path, 'largest-block');
    assert.doesNotMatch(article.text, /[.!?]/);
  });

  it('falls back to the JSON-LD articleBody of a page rendered by script', () => {
    const jsonLd = { '@type': 'NewsArticle', headline: 'Cooking at home', articleBody: PROSE.join('\n') };
    const head = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
    const html = page('<div id="app">Loading…</div><script src="/bundle.js"></script>', head);
    assert.deepEqual(extractArticle(html).text.split('\n\n'), PROSE);
  });

  it('reads a fragment without <html> or <body>', () => {
    assert.deepEqual(extractArticle(PROSE.map((text) => `<p>${text}</p>`).join('')).text.split('\n\n'), PROSE);
  });
});

describe('extractArticle: metadata', () => {
  it('reads title, byline, date and site name from meta tags', () => {
    const result = extractArticle(fixture('news-article.html'));
    assert.equal(result.title, 'Council approves riverside bike lane');
    assert.equal(result.byline, 'Mara Quist');
    assert.equal(result.publishedAt, '2024-03-14T09:30:00Z');
    assert.equal(result.siteName, 'The Harbour Gazette');
  });

  it('prefers JSON-LD, also inside @graph, and decodes its HTML entities', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example Site' },
        {
          '@type': 'NewsArticle',
          headline: 'Q&amp;A: how the survey was done',
          author: [{ '@type': 'Person', name: 'Ana Lima' }, { '@type': 'Person', name: 'Ben Okafor' }],
          datePublished: '2023-05-02T08:00:00+02:00',
          publisher: { '@type': 'Organization', name: 'Example Daily' },
        },
      ],
    };
    const head =
      `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>` +
      '<meta property="og:title" content="Meta title"><meta name="author" content="Meta Author">' +
      '<meta property="article:published_time" content="2020-01-01T00:00:00Z">';
    const result = extractArticle(page(article(), head));
    assert.equal(result.title, 'Q&A: how the survey was done');
    assert.equal(result.byline, 'Ana Lima, Ben Okafor');
    assert.equal(result.publishedAt, '2023-05-02T08:00:00+02:00');
    assert.equal(result.siteName, 'Example Daily');
  });

  it('skips broken JSON-LD, URL-only authors and placeholder dates', () => {
    const head =
      '<script type="application/ld+json">{ not json</script>' +
      '<meta property="article:author" content="https://facebook.example/someone">' +
      '<meta property="article:published_time" content="0001-01-01T00:00:00Z">';
    const result = extractArticle(page(article('<p class="byline">By Carla Ruiz Monday, Nov. 18, 2019</p>'), head));
    assert.equal(result.title, 'Test page');
    assert.equal(result.byline, 'Carla Ruiz');
    assert.equal(result.publishedAt, undefined);
  });

  it('falls back to the hostname of the given URL for the site name', () => {
    assert.equal(extractArticle(page(article()), { url: 'https://www.example.org/a/b' }).siteName, 'example.org');
  });
});

describe('extractArticle: malformed input', () => {
  const garbage: Record<string, string> = {
    'empty string': '',
    'binary bytes': String.fromCharCode(...Array.from({ length: 3000 }, (_, index) => (index * 7919) % 256)),
    'broken tags': '\u0000\u0001<<<>>><</div<<p>>',
    'only script and style': '<script>var x = "<p>not text</p>";</script><style>p{}</style>',
  };
  for (const [name, html] of Object.entries(garbage)) {
    it(`returns empty text, without throwing, for ${name}`, () => {
      assert.equal(extractArticle(html).text, '');
    });
  }

  it('reads a hostile deep tree through the largest-block fallback, not Readability', () => {
    const article = extractArticle(`${'<div>'.repeat(3000)}deep text${'</div>'.repeat(3000)}`);
    assert.deepEqual([article.text, article.path], ['deep text', 'largest-block']);
  });

  it('keeps the text of unclosed tags', () => {
    const text = extractArticle(`<html><body><article><p>${PROSE[0]}<p>${PROSE[1]}<div><span>`).text;
    assert.deepEqual(text.split('\n\n'), PROSE.slice(0, 2));
  });

  it('treats a non-string input as an empty page', () => {
    const result = extractArticle(undefined as unknown as string);
    assert.equal(result.title, '');
    assert.equal(result.text, '');
  });
});
