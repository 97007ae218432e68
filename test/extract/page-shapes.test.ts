// Pages whose shape used to defeat extraction (issue 14): each fixture is a small page written after a real
// page shape, and the test asserts the main text is found whole, not by class names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extractArticle } from '../../src/adapters/extract/extract-article.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/extract', name), 'utf8');

describe('extractArticle on hard page shapes', () => {
  it('reads a page whose first <body> is empty (title before body, a second head and body, a second document)', () => {
    const article = extractArticle(fixture('two-bodies.html'));
    assert.equal(article.path, 'article');
    assert.match(article.text, /^The harbour ferry will run every twenty minutes/);
    assert.match(article.text, /study over the summer\.$/m);
    assert.equal(article.text.split('\n\n').length, 3);
    assert.doesNotMatch(article.text, /Home|Sport/);
  });

  it('keeps a blog post whose container class names its author, and leaves the sidebar out', () => {
    const article = extractArticle(fixture('author-class-blog.html'));
    assert.match(article.text, /The seed potatoes arrived this week/);
    assert.match(article.text, /fits the forecast nicely\./);
    assert.doesNotMatch(article.text, /Categories|February 2012|Kitchen/);
  });

  it('keeps a forum thread that is the page content, although every post is classed "comment"', () => {
    const article = extractArticle(fixture('comment-thread.html'));
    assert.match(article.text, /My old cable lock was cut/);
    assert.match(article.text, /A solid D-lock through the frame/);
    assert.match(article.text, /nobody has touched the bike in four years/);
    assert.doesNotMatch(article.text, /About|Rules|Contact/);
  });

  it('keeps a list of long linked titles that sits inside the prose', () => {
    const article = extractArticle(fixture('link-dense-list.html'));
    assert.match(article.text, /sensor placement near busy roads/);
    assert.match(article.text, /how they drift over time/);
    assert.match(article.text, /We will come back to it/);
    assert.doesNotMatch(article.text, /^Home$|^Guides$/m);
  });

  it('falls back to the largest text block, and says so, when the article finder keeps nothing', () => {
    const items = ['March', 'April', 'May'].map((month) => `<li><a href="/m/${month}">Minutes of the harbour board meeting, ${month} 2024</a></li>`);
    const article = extractArticle(`<html><body><ul>${items.join('')}</ul></body></html>`);
    assert.equal(article.path, 'largest-block');
    assert.deepEqual(article.text.split('\n\n'), ['March', 'April', 'May'].map((month) => `Minutes of the harbour board meeting, ${month} 2024`));
  });

  it('returns nothing, with path "none", only for a page without text', () => {
    assert.deepEqual([extractArticle('<html><body><img src="x.png"></body></html>').text, extractArticle('').path], ['', 'none']);
  });
});

describe('extractArticle: comment threads after the article', () => {
  const withoutNames = (html: string) => html.replace(/\s(class|id)="[^"]*"/g, '');

  it('extends a blog post with the comment thread after it, replies included, whatever the blocks are named', () => {
    for (const html of [fixture('blog-with-comments.html'), withoutNames(fixture('blog-with-comments.html'))]) {
      const article = extractArticle(html);
      assert.equal(article.path, 'article');
      const lines = article.text.split('\n\n');
      assert.match(lines[0], /^The neighbours replaced their sash windows/);
      const post = lines.findIndex((line) => line.startsWith('The lettuces sown in it'));
      const comments = ['We made one from a shower door', 'Good point, I will put a hook', 'Painting the inside of the back board'];
      const positions = comments.map((start) => lines.findIndex((line) => line.startsWith(start)));
      assert.ok(positions.every((position) => position > post), `comments after the post, in page order: ${positions}`);
      assert.deepEqual([...positions].sort((a, b) => a - b), positions);
      assert.doesNotMatch(article.text, /Recent Posts|Seed catalogues|Leave a Reply|powered by WordPress/);
    }
  });

  it('leaves out a block of dated story teasers that Readability took in with the story', () => {
    const article = extractArticle(fixture('news-with-more-stories.html'));
    assert.match(article.text, /^Single tickets on the harbour ferry/);
    assert.match(article.text, /no other way to reach town\.$/);
    assert.doesNotMatch(article.text, /old mill|seals|library/);
  });
});
