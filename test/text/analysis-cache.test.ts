import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { analysisCacheFileFor, openAnalysisCache } from '../../src/adapters/analysis-cache/sqlite-analysis-cache.ts';
import { decodeTokens, encodeTokens } from '../../src/adapters/analysis-cache/token-codec.ts';
import { useAnalysisMemo } from '../../src/shared/language/analysis-memo.ts';
import { analysisSources, analysisVersion, analysisVersionOf } from '../../src/shared/language/analysis-version.ts';
import { analyse } from '../../src/shared/language/nlp.ts';

const LANGUAGE = path.resolve(import.meta.dirname, '../../src/shared/language');
const TEXTS = [
  'On 4 April 2023, Finland officially joins NATO, becoming the 31st member of the military alliance.',
  'Novak Djoković wins his 24th Grand Slam title; Royal Dutch Shell halts its drilling.',
  "Police at Ohio State University shot and killed a student who didn't stop.",
  'Coast guard officers rescued 40 migrants off Lampedusa — “a record”, they say.',
];

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'crosscheck-analyses-'));
}

test('tokens read back from their row are the tokens analysed, field for field', () => {
  for (const text of TEXTS) {
    const tokens = analyse(text);
    const encoded = encodeTokens(text, tokens);
    assert.ok(encoded, text);
    assert.deepEqual(decodeTokens(text, encoded), tokens);
    assert.ok(encoded.length < JSON.stringify(tokens).length / 2, 'the row leaves out what the text gives back');
  }
});

test('a row this codec did not write is a miss, not an exception', () => {
  const text = TEXTS[0];
  for (const row of ['', 'not json', '{}', 'null', '[[0]]', '[[0, 2, "NOUN", 0, 0]]', '[[-1, 2, "NOUN", 0, 0, 0]]', '[[3, 2, "NOUN", 0, 0, 0]]',
    '[[0, 2, "", 0, 0, 0]]', '[[0, 2, "NOUN", 1, 0, 0]]', '[[0, 2, "NOUN", 0, true, 0]]', '[[0, 2, {"__proto__": 1}, 0, 0, 0]]', '[[0.5, 2, "NOUN", 0, 0, 0]]']) {
    assert.equal(decodeTokens(text, row), undefined, row);
  }
  assert.deepEqual(decodeTokens(text, '[]'), []);
});

test('the cache serves what an earlier process analysed, and analyse takes it from there', () => {
  const file = path.join(folder(), 'store.analyses.db');
  const first = openAnalysisCache({ file, version: 'v1' })!;
  for (const text of TEXTS) first.memo.remember(text, analyse(text));
  first.save();
  first.close();
  const second = openAnalysisCache({ file, version: 'v1' })!;
  for (const text of TEXTS) assert.deepEqual(second.memo.get(text), analyse(text));
  assert.equal(second.memo.get('A sentence never analysed.'), undefined);
  // Plugged in, the memo answers analyse for a text this process has not analysed yet.
  const text = 'Kenya and Somalia sign a border agreement in Nairobi.';
  const stored = [{ text: 'Kenya', lower: 'kenya', lemma: 'kenya', pos: 'PROPN', negated: false, start: 0, end: 5 }];
  const planted = openAnalysisCache({ file, version: 'v1' })!;
  planted.memo.remember(text, stored);
  planted.save();
  useAnalysisMemo(planted.memo);
  try {
    assert.deepEqual(analyse(text), stored);
  } finally {
    useAnalysisMemo(undefined);
    planted.close();
    second.close();
  }
});

test('rows of another version are never served: a new version empties the file, and rows are keyed by version', () => {
  const file = path.join(folder(), 'store.analyses.db');
  const old = openAnalysisCache({ file, version: 'old' })!;
  old.memo.remember(TEXTS[0], analyse(TEXTS[0]));
  old.save();
  old.close();
  const current = openAnalysisCache({ file, version: 'new' })!;
  assert.equal(current.memo.get(TEXTS[0]), undefined);
  // A process of the old code still writing into the file after the new one opened it: its rows stay unseen.
  const late = openAnalysisCache({ file, version: 'new' })!;
  const stale = new DatabaseSync(file);
  stale.prepare("UPDATE meta SET value = 'old' WHERE name = 'version'").run();
  stale.close();
  const oldAgain = openAnalysisCache({ file, version: 'old' })!;
  oldAgain.memo.remember(TEXTS[1], analyse(TEXTS[1]));
  oldAgain.save();
  oldAgain.close();
  assert.equal(late.memo.get(TEXTS[1]), undefined);
  late.close();
  current.close();
});

test('the oldest sentences go past the limit', () => {
  const file = path.join(folder(), 'store.analyses.db');
  for (const text of TEXTS) {
    const cache = openAnalysisCache({ file, version: 'v1', limit: 2 })!;
    cache.memo.remember(text, analyse(text));
    cache.save();
    cache.close();
  }
  const cache = openAnalysisCache({ file, version: 'v1', limit: 2 })!;
  assert.deepEqual(TEXTS.map((text) => cache.memo.get(text) !== undefined), [false, false, true, true]);
  cache.close();
});

test('a damaged, hostile or unreachable cache file costs a miss, never an exception', () => {
  const dir = folder();
  const garbage = path.join(dir, 'garbage.analyses.db');
  writeFileSync(garbage, 'this is not a database, just bytes'.repeat(200));
  const replaced = openAnalysisCache({ file: garbage, version: 'v1' });
  assert.ok(replaced, 'a damaged file is replaced by a new cache');
  replaced.memo.remember(TEXTS[0], analyse(TEXTS[0]));
  replaced.save();
  assert.deepEqual(replaced.memo.get(TEXTS[0]), analyse(TEXTS[0]));
  replaced.close();

  const hostile = path.join(dir, 'hostile.analyses.db');
  const db = new DatabaseSync(hostile);
  db.exec("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('version', 'v1');");
  db.exec('CREATE TABLE analyses (id INTEGER PRIMARY KEY, key INTEGER NOT NULL, text TEXT NOT NULL, tokens TEXT NOT NULL)');
  const written = openAnalysisCache({ file: hostile, version: 'v1' })!;
  written.memo.remember(TEXTS[0], analyse(TEXTS[0]));
  written.save();
  written.close();
  db.exec(`UPDATE analyses SET tokens = '[[0, 99, {"a": 1}, 0, 0, 0]]'`);
  db.close();
  const reading = openAnalysisCache({ file: hostile, version: 'v1' })!;
  assert.equal(reading.memo.get(TEXTS[0]), undefined);
  reading.close();

  const wrongShape = path.join(dir, 'shape.analyses.db');
  const other = new DatabaseSync(wrongShape);
  other.exec("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('version', 'v1'); CREATE TABLE analyses (something TEXT);");
  other.close();
  const odd = openAnalysisCache({ file: wrongShape, version: 'v1' });
  if (odd) {
    assert.equal(odd.memo.get(TEXTS[0]), undefined);
    odd.memo.remember(TEXTS[0], analyse(TEXTS[0]));
    assert.doesNotThrow(() => odd.save());
    odd.close();
  }

  const directory = path.join(dir, 'directory.analyses.db');
  mkdirSync(directory);
  assert.equal(openAnalysisCache({ file: directory, version: 'v1' }), undefined);
  assert.equal(openAnalysisCache({ file: path.join(dir, 'no', 'such', 'folder', 'x.analyses.db'), version: 'v1' }), undefined);
});

test('the cache file sits beside the store', () => {
  assert.equal(analysisCacheFileFor('/data/crosscheck.db'), '/data/crosscheck.analyses.db');
  assert.equal(analysisCacheFileFor('/data/store'), '/data/store.analyses.db');
});

test('the version covers every file analyse runs, the files they import included', () => {
  assert.deepEqual(analysisSources(LANGUAGE).map((file) => path.basename(file)).sort(), ['analysis-memo.ts', 'mend-tags.ts', 'nlp.ts', 'wordnet-memo.ts', 'wordnet-memory.ts', 'wordnet-reader.ts', 'wordnet.ts']);
  assert.match(analysisVersion(), /^[0-9a-f]{64}$/);
  const copy = folder();
  for (const name of ['nlp.ts', 'mend-tags.ts', 'wordnet.ts', 'wordnet-reader.ts', 'wordnet-memo.ts', 'wordnet-memory.ts', 'analysis-memo.ts']) copyFileSync(path.join(LANGUAGE, name), path.join(copy, name));
  const before = analysisVersionOf(copy);
  assert.equal(analysisVersionOf(copy), before);
  writeFileSync(path.join(copy, 'wordnet.ts'), `${readFileSync(path.join(copy, 'wordnet.ts'), 'utf8')}\n// a change\n`);
  assert.notEqual(analysisVersionOf(copy), before);
  assert.throws(() => analysisVersionOf(path.join(copy, 'missing')));
});
