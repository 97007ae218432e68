// The precision check after Readability drops what the page shows to be furniture, and nothing else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { blockParagraphs, type Paragraph } from '../../src/adapters/extract/block-text.ts';
import { locateParagraphs, readPageBlocks } from '../../src/adapters/extract/page-blocks.ts';
import { checkPrecision } from '../../src/adapters/extract/precision-check.ts';

const STORY = [
  'The council agreed on Tuesday to keep the harbour baths open through the winter, after a petition signed by four thousand people.',
  'Heating the pool will cost about twice as much as in summer, and the council will review the figures again in March.',
];

function check(html: string): string[] {
  const body = (parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document }).document.body;
  const page = readPageBlocks(body);
  const lines: Paragraph[] = blockParagraphs(body);
  return checkPrecision(lines, locateParagraphs(page, lines), page).map((line) => line.text);
}

const story = `<div>${STORY.map((text) => `<p>${text}</p>`).join('')}</div>`;

describe('checkPrecision', () => {
  it('drops the whole block a "More from" or "Related" heading opens', () => {
    const teasers = '<div><h4>Related coverage</h4><div><p>Winter swimmers set a record</p><p>Three of them are over eighty.</p></div><div><p>New ferry timetable</p></div></div>';
    assert.deepEqual(check(`${story}${teasers}`), STORY);
    assert.deepEqual(check(`${story}<section><h5>More from the Gazette</h5><ul><li>Bridge works start</li></ul></section>`), STORY);
  });

  it('keeps a section of the story whose heading only starts with "More", and a heading over most of the text', () => {
    const section = '<section><h3>More about the baths</h3><p>The baths were built in 1912 and are the oldest in the region.</p></section>';
    assert.equal(check(`${story}${section}`).length, 4);
    assert.equal(check(`<div><h3>Related</h3>${story}</div>`).length, 3);
  });

  it('drops runs of page links but keeps numbers that are not a page bar', () => {
    const pager = '<div><p>«</p><p>1</p><p>2</p><p>3</p><p>»</p></div>';
    assert.deepEqual(check(`${story}${pager}`), STORY);
    assert.deepEqual(check(`${story}<div><p>1</p><p>2</p><p>9</p></div>`), [...STORY, '1', '2', '9']);
    assert.deepEqual(check(`${story}<table><tr><td>1</td><td>2</td><td>3</td></tr></table>`), [...STORY, '1', '2', '3']);
  });
});
