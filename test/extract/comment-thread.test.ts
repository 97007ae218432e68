// Comment threads are found by shape (repeated posts of prose with a time stamp, few links), not by names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { findThreads, threadAfterArticle } from '../../src/adapters/extract/comment-thread.ts';
import { readPageBlocks } from '../../src/adapters/extract/page-blocks.ts';

const REPLIES = [
  'I tried the same thing last spring and the seedlings came up a full week earlier than in the open bed.',
  'Do you leave the lid open at night in April, or only on the warm afternoons when the sun is on it?',
  'Mine rotted at the corners after two winters, so I would paint the boards before you put it together.',
];

function body(html: string): Element {
  return (parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document }).document.body;
}

function post(author: string, stamp: string, text: string): string {
  return `<div><div>${author} says:</div><div>${stamp}</div><p>${text}</p></div>`;
}

const ARTICLE = '<div><p>The cold frame is finished, built from two old sash windows and a box of scrap boards from the shed.</p></div>';

describe('findThreads', () => {
  it('finds a run of posts that each carry a time stamp', () => {
    const posts = REPLIES.map((text, index) => post(`Reader ${index}`, `March ${index + 4}, 2012 at 9:1${index} am`, text)).join('');
    const page = readPageBlocks(body(`${ARTICLE}<section>${posts}</section>`));
    const threads = findThreads(page);
    assert.equal(threads.length, 1);
    assert.equal(threads[0].element.tagName, 'SECTION');
    assert.deepEqual(page.paragraphs.slice(threads[0].start, threads[0].end).filter((line) => line.tag === 'P').map((line) => line.text), REPLIES);
  });

  it('does not take undated blocks, link lists or the article paragraphs for a thread', () => {
    const undated = REPLIES.map((text, index) => `<div><div>Reader ${index}</div><p>${text}</p></div>`).join('');
    const links = REPLIES.map((text, index) => `<li><a href="/p/${index}">${text}</a><div>March ${index + 4}, 2012</div></li>`).join('');
    const paragraphs = REPLIES.map((text) => `<p>${text} Posted 2012.</p>`).join('');
    assert.deepEqual(findThreads(readPageBlocks(body(`<section>${undated}</section><ul>${links}</ul><article>${paragraphs}</article>`))), []);
  });
});

describe('threadAfterArticle', () => {
  const posts = REPLIES.map((text, index) => post(`Reader ${index}`, `${index + 2} hours ago`, text)).join('');

  it('adds the first thread after the article, without the lines the article already holds', () => {
    const page = readPageBlocks(body(`${ARTICLE}<h3>3 comments</h3><section>${posts}</section>`));
    const extension = threadAfterArticle(page, findThreads(page), [0]);
    assert.equal(extension.paragraphs[0].text, 'Reader 0 says:');
    assert.equal(extension.paragraphs.at(-1)?.text, REPLIES[2]);
    const overlapping = threadAfterArticle(page, findThreads(page), [0, 4]);
    assert.ok(!overlapping.paragraphs.some((line) => line.text === REPLIES[0]));
  });

  it('adds nothing when the thread comes before the article or is headed as other stories', () => {
    const before = readPageBlocks(body(`<section>${posts}</section>${ARTICLE}`));
    assert.deepEqual(threadAfterArticle(before, findThreads(before), [before.paragraphs.length - 1]).paragraphs, []);
    const related = readPageBlocks(body(`${ARTICLE}<h3>More from the Gazette</h3><section>${posts}</section>`));
    assert.deepEqual(threadAfterArticle(related, findThreads(related), [0]).paragraphs, []);
  });
});
