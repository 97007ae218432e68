import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { extract } from '../../src/interfaces/cli/commands/extract.ts';
import { fakeIo } from '../support/fake-io.ts';

const ARTICLE = readFileSync(path.join(import.meta.dirname, '../fixtures/extract/news-article.html'));
/** An index page: nothing but a list of long linked titles, which the article filters drop as a link list. */
const INDEX_PAGE = `<html><body><ul>${['March', 'April', 'May'].map((month) => `<li><a href="/m/${month}">Minutes of the harbour board meeting, ${month} 2024</a></li>`).join('')}</ul></body></html>`;
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

describe('crosscheck extract', () => {
  let directory = '';
  before(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'crosscheck-extract-'));
    writeFileSync(path.join(directory, 'story.html'), ARTICLE);
    writeFileSync(path.join(directory, 'story.html.gz'), gzipSync(ARTICLE));
    writeFileSync(path.join(directory, 'image.html'), PNG_BYTES);
    writeFileSync(path.join(directory, 'broken.html.gz'), 'not gzip at all');
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('prints title, byline, date and text for each file', async () => {
    const io = fakeIo(directory);
    assert.equal(await extract(['story.html'], io), 0);
    assert.match(io.out, /^== story\.html\nTitle: {2}Council approves riverside bike lane\nByline: Mara Quist\nDate: {3}2024-03-14T09:30:00Z\n/);
    assert.match(io.out, /\nPath: {3}article \(the article container, filtered\)\n\nThe Harbour council voted seven to two/);
    assert.doesNotMatch(io.out, /cookies|Share on Facebook|Related stories|waste of money/);
    assert.equal(io.err, '');
  });

  it('writes one JSON object per line with --json, reading gzipped pages too', async () => {
    const io = fakeIo(directory);
    assert.equal(await extract(['--json', 'story.html', 'story.html.gz'], io), 0);
    const lines = io.out.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((line) => line.file),
      ['story.html', 'story.html.gz'],
    );
    for (const line of lines) {
      assert.equal(line.title, 'Council approves riverside bike lane');
      assert.equal(line.byline, 'Mara Quist');
      assert.equal(line.publishedAt, '2024-03-14T09:30:00Z');
      assert.equal(line.path, 'article');
      assert.equal(line.text.split('\n\n').length, 7);
    }
  });

  it('reports a missing, binary or corrupt file on stderr and goes on with the rest', async () => {
    const io = fakeIo(directory);
    assert.equal(await extract(['missing.html', 'image.html', 'broken.html.gz', 'story.html', '--json'], io), 0);
    assert.deepEqual(io.err.trimEnd().split('\n'), [
      'crosscheck extract: missing.html: no such file',
      'crosscheck extract: image.html: binary file, not HTML',
      'crosscheck extract: broken.html.gz: not a valid gzip file',
    ]);
    assert.equal(io.out.trimEnd().split('\n').length, 1);
  });

  it('says when the text came from the largest-block fallback', async () => {
    writeFileSync(path.join(directory, 'hours.html'), INDEX_PAGE);
    const io = fakeIo(directory);
    assert.equal(await extract(['--json', 'hours.html'], io), 0);
    const line = JSON.parse(io.out);
    assert.equal(line.path, 'largest-block');
    assert.match(line.text, /Minutes of the harbour board meeting, March 2024/);
  });

  it('reads a page with a stray NUL byte instead of refusing it', async () => {
    writeFileSync(path.join(directory, 'nul.html'), Buffer.concat([Buffer.from('<html><body><p>Still a page.'), Buffer.from([0]), Buffer.from(' The text goes on after the stray byte.</p></body></html>')]));
    const io = fakeIo(directory);
    assert.equal(await extract(['--json', 'nul.html'], io), 0);
    assert.equal(io.err, '');
    assert.match(JSON.parse(io.out).text, /Still a page\. The text goes on/);
  });

  it('exits non-zero when no file could be read', async () => {
    const io = fakeIo(directory);
    assert.equal(await extract(['missing.html', 'image.html'], io), 1);
    assert.equal(io.out, '');
  });

  it('exits 2 with usage when no file is given or an option is unknown', async () => {
    const none = fakeIo(directory);
    assert.equal(await extract([], none), 2);
    assert.match(none.err, /Usage: crosscheck extract/);
    const unknown = fakeIo(directory);
    assert.equal(await extract(['--bogus', 'story.html'], unknown), 2);
    assert.match(unknown.err, /bogus/);
  });
});
