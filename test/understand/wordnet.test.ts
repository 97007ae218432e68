// WordNet read in place: synonyms, kinds, derived forms and members relate; broad kinds ("person") do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { antonyms, isAgentNoun, relatedWords, rivalWords, wordsRelate } from '../../src/shared/language/wordnet.ts';

test('a word relates to its synonyms, a specific kind above it, its derived forms and the body it belongs to', () => {
  assert.ok(wordsRelate('plane', 'aircraft', 'noun'));
  assert.ok(wordsRelate('aircraft', 'plane', 'noun'));
  assert.ok(wordsRelate('quit', 'resign', 'verb'));
  assert.ok(wordsRelate('pope', 'papacy', 'noun'));
  assert.ok(wordsRelate('presidential', 'president', 'adj'));
  assert.ok(!wordsRelate('plane', 'train', 'noun'));
  assert.ok(!wordsRelate('hospital', 'clinic', 'noun'));
  // "protester" is a kind of person, but "person" says too little to count as the same thing.
  assert.ok(!relatedWords('protester', 'noun').has('person'));
  assert.equal(relatedWords('zzzunknownword', 'noun').size, 0);
});

test('nouns for someone who acts are told from things; adjectives have antonyms', () => {
  for (const noun of ['fighter', 'troop', 'police', 'ceo', 'government']) assert.ok(isAgentNoun(noun), noun);
  for (const noun of ['vaccine', 'model', 'camp', 'summit']) assert.ok(!isAgentNoun(noun), noun);
  assert.ok(antonyms('high').has('low'));
});

test('rivals are different things of one specific kind, never the same thing or a broad kind', () => {
  assert.ok(rivalWords('train', 'aircraft'));
  assert.ok(rivalWords('gold', 'silver'));
  assert.ok(rivalWords('police', 'army'));
  assert.ok(!rivalWords('plane', 'aircraft'));
  assert.ok(!rivalWords('storm', 'earthquake'));
  assert.ok(!rivalWords('charge', 'crime'));
});

test('odd input never throws and relates to nothing', () => {
  for (const word of ['', ' ', '   a', 'zzzz zzzz', 'ĸøñ†∆', '\u0000', 'x'.repeat(5000), '_', '123']) {
    assert.equal(relatedWords(word, 'noun').size, 0, JSON.stringify(word.slice(0, 20)));
    assert.equal(wordsRelate(word, 'plane', 'noun'), false);
    assert.equal(rivalWords(word, 'plane'), false);
  }
});

test('a synset line longer than the first read is read whole ("change, alter, modify" runs to 7.7 KB)', () => {
  const related = relatedWords('alter', 'verb');
  assert.ok(related.has('change') && related.has('modify'));
  assert.ok(related.has('alteration'));
});
