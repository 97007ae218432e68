import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findActors } from '../../src/shared/actors/actors.ts';
import { contentHash, slugify } from '../../src/shared/text/hash.ts';
import { splitPassages } from '../../src/pipeline/read/passages.ts';
import { splitSentences } from '../../src/shared/text/sentences.ts';
import { contentWords, numbersIn, stem } from '../../src/shared/text/tokens.ts';

test('sentences: abbreviations do not end a sentence', () => {
  assert.deepEqual(splitSentences('The U.S. Senate votes 52-48. Dr. Smith objects. Gen. Milley agrees.'), ['The U.S. Senate votes 52-48.', 'Dr. Smith objects.', 'Gen. Milley agrees.']);
  assert.deepEqual(splitSentences(''), []);
  // "incl." and "excl." abbreviate, they end nothing.
  assert.deepEqual(splitSentences('The film takes 8 Oscars incl. Best Picture. It also wins two more.'), ['The film takes 8 Oscars incl. Best Picture.', 'It also wins two more.']);
});

test('tokens: content words, light stemming, numbers', () => {
  assert.deepEqual(contentWords('Which of the NATO members are joining?'), ['nato', 'members', 'joining']);
  assert.equal(stem('joining'), stem('joined'));
  assert.equal(stem('countries'), 'country');
  assert.deepEqual(numbersIn('EUR 50bn in 2024, 1,000 supporters and 12.5%.'), ['50', '2024', '1000', '12.5%']);
});

test('tokens: a stem worked out once is given again, for every word asked in any order', () => {
  const words = ['countries', 'joined', 'joining', 'recognizes', 'kiss', 'status', 'tied', '2024s', 'runs'];
  const first = words.map(stem);
  assert.deepEqual(first, ['country', 'join', 'join', 'recogniz', 'kiss', 'status', 'tied', '2024s', 'run']);
  assert.deepEqual([...words].reverse().map(stem), [...first].reverse());
});

test('hashes ignore whitespace changes; slugs are ASCII', () => {
  assert.equal(contentHash('a  b\n c'), contentHash('a b c'));
  assert.notEqual(contentHash('a b c'), contentHash('a b d'));
  assert.equal(slugify('Ünïcode — Orbán’s "veto"?'), 'unicode-orbans-veto');
  assert.equal(slugify('???'), 'report');
});

test('passages: paragraphs merge up to a size, long ones split at sentences, nothing is lost', () => {
  const long = Array.from({ length: 40 }, (_, index) => `Sentence number ${index} is here.`).join(' ');
  const passages = splitPassages(`Short one.\n\nShort two.\n\n${long}`);
  assert.equal(passages[0], 'Short one.\nShort two.');
  assert.ok(passages.every((passage) => passage.length <= 1200));
  assert.equal(passages.join(' ').match(/Sentence number/g)?.length, 40);
});

test('actors: demonyms, capitals and leaders map to countries; "us" is not the United States', () => {
  const names = (text: string) => findActors(text).map((mention) => mention.actor.name);
  assert.deepEqual(names('Hungarian Prime Minister Viktor Orbán met the Kremlin in Brussels.'), ['Hungary', 'Hungary', 'Russia', 'European Union']);
  assert.deepEqual(names('Tell us about the U.S. plan.'), ['United States']);
});

test('actors: at each place the longest alias that ends a word, never one inside a word or cut short', () => {
  const mentions = (text: string) => findActors(text).map((mention) => [mention.index, mention.surface, mention.actor.name]);
  assert.deepEqual(mentions('The U.S.A. and the U.S, then US-led forces; Sudanese troops left Sudan.'),
    [[4, 'U.S.A.', 'United States'], [19, 'U.S', 'United States'], [29, 'US', 'United States'], [44, 'Sudanese', 'Sudan'], [65, 'Sudan', 'Sudan']]);
  // "NATO.s" is cut short and "NATO5" runs on; a longer alias wins over the shorter one inside it.
  assert.deepEqual(mentions('Bosnia and Herzegovina and Bosnia; NATO.s NATO. NATO5'), [[0, 'Bosnia and Herzegovina', 'Bosnia and Herzegovina'], [27, 'Bosnia', 'Bosnia and Herzegovina'], [42, 'NATO', 'NATO']]);
  // A letter outside the Basic Multilingual Plane before "EU" is a letter too.
  assert.deepEqual(mentions('the EUROPEAN Union; \u{1d400}EU EU'), [[25, 'EU', 'European Union']]);
});
