// The WordNet look-ups the last asks used, kept as one row of the analysis cache file: served before the table, under
// the WordNet version only, this process's look-ups first when written, and a damaged set costs misses, never answers.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { openAnalysisCache } from '../../src/adapters/analysis-cache/sqlite-analysis-cache.ts';
import { openWordNetHotSet } from '../../src/adapters/analysis-cache/wordnet-hot-set.ts';

function cacheFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-wordnet-hot-')), 'store.analyses.db');
}

function hotNames(file: string): string[] {
  const db = new DatabaseSync(file, { readOnly: true });
  const row = db.prepare('SELECT entries FROM wordnet_hot').get() as { entries: Uint8Array } | undefined;
  db.close();
  return row ? Buffer.from(row.entries).toString('latin1').split('\n').map((line) => line.split('\t')[0]) : [];
}

test('the look-ups a process used are served from the set, even once the table has lost them', () => {
  const file = cacheFile();
  const first = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w1' })!;
  first.wordnet!.remember('senses:noun:plane', '[2691156]');
  first.wordnet!.remember('synset:noun:2691156', '02691156 06 n 01 airplane 0 000 | an aircraft, café');
  first.save();
  first.close();
  assert.deepEqual(hotNames(file), ['senses:noun:plane', 'synset:noun:2691156']);
  const db = new DatabaseSync(file);
  db.exec('DELETE FROM wordnet');
  db.close();
  const second = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w1' })!;
  assert.equal(second.wordnet!.get('senses:noun:plane'), '[2691156]');
  assert.equal(second.wordnet!.get('synset:noun:2691156'), '02691156 06 n 01 airplane 0 000 | an aircraft, café', 'Latin-1 read back as written');
  assert.equal(second.wordnet!.get('senses:noun:planet'), undefined);
  second.close();
  const other = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w2' })!;
  assert.equal(other.wordnet!.get('senses:noun:plane'), undefined, 'another WordNet version empties the set');
  other.close();
});

test('written again only when a look-up was new to it: this process first, then the set read, up to the limit', () => {
  const file = cacheFile();
  const db = new DatabaseSync(file);
  db.exec('CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const open = () => openWordNetHotSet(db, 'w1', 'w1', 3)!;
  const first = open();
  for (const name of ['a', 'b', 'c', 'd']) first.use(`senses:noun:${name}`, '[]', false);
  first.use('senses:noun:ünïcode', '[]', false);
  first.use('senses:noun:日本', '[]', false);
  first.save();
  const second = open();
  assert.equal(second.get('senses:noun:a'), '[]');
  assert.equal(second.get('senses:noun:d'), undefined, 'past the limit');
  second.use('senses:noun:a', '[]', true);
  assert.equal(second.unsaved(), false, 'nothing new: the set stays as it is');
  second.use('senses:noun:x', '[1]', false);
  assert.equal(second.unsaved(), true);
  second.save();
  const third = open();
  assert.deepEqual(['senses:noun:a', 'senses:noun:x', 'senses:noun:b', 'senses:noun:c'].map((name) => third.get(name)), ['[]', '[1]', '[]', undefined]);
  // A name past Latin-1 is never written (the table has it), one within it is.
  const wide = openWordNetHotSet(db, 'w1', 'w1', 10)!;
  wide.use('senses:noun:日本', '[]', false);
  wide.use('senses:noun:ünïcode', '[]', false);
  wide.save();
  const fourth = openWordNetHotSet(db, 'w1', 'w1', 10)!;
  assert.deepEqual([fourth.get('senses:noun:日本'), fourth.get('senses:noun:ünïcode')], [undefined, '[]']);
  db.close();
});

test('a damaged or foreign set is a miss: the table answers, and the set is written anew', () => {
  const file = cacheFile();
  const first = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w1' })!;
  first.wordnet!.remember('senses:noun:plane', '[2691156]');
  first.save();
  first.close();
  const damage = (sql: string, ...values: (string | Uint8Array)[]) => {
    const db = new DatabaseSync(file);
    db.prepare(sql).run(...values);
    db.close();
  };
  damage('UPDATE wordnet_hot SET entries = ?', Buffer.from([0xff, 0x00, 0x09, 0x0a, 0x09]));
  const second = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w1' })!;
  assert.equal(second.wordnet!.get('senses:noun:plane'), '[2691156]', 'from the table');
  second.save();
  second.close();
  assert.equal(hotNames(file)[0], 'senses:noun:plane', 'the set is written anew, this process\'s look-ups first');
  damage("UPDATE wordnet_hot SET entries = 'text, not bytes'");
  const third = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w1' })!;
  assert.equal(third.wordnet!.get('senses:noun:plane'), '[2691156]');
  third.close();
  damage("UPDATE meta SET value = 'another-format:w1' WHERE name = 'wordnet-hot-version'");
  damage('DROP TABLE wordnet_hot');
  damage('CREATE TABLE wordnet_hot (something TEXT)');
  const odd = openAnalysisCache({ file, version: 'v1', wordNetVersion: 'w1' })!;
  assert.equal(odd.wordnet!.get('senses:noun:plane'), '[2691156]', 'a set of another shape: the table still serves');
  assert.doesNotThrow(() => odd.save());
  odd.close();
});
