// Claim words the source says in other words news text uses alike (word-vectors.ts, near-words.ts): "legislation" for
// "a bill", "protesters" for "demonstrators". Each only where the event is otherwise firmly placed, never a rival or
// an opposite, never a word the claim already has, never beside a light verb. Every sentence is made up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { wordSimilarity } from '../../src/shared/language/word-vectors.ts';
import { nearWordsStated } from '../../src/shared/claims/near-words.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';

test('word vectors score words used alike near 1 and unrelated words low; unknown words have no score', () => {
  assert.ok(wordSimilarity('legislation', 'bill')! > 0.75);
  assert.equal(wordSimilarity('legislation', 'bill'), wordSimilarity('bill', 'legislation'));
  assert.ok(wordSimilarity('legislation', 'banana')! < 0.3);
  assert.equal(wordSimilarity('Bill', 'bill'), 1);
  assert.equal(wordSimilarity('legislation', 'qqzxv'), undefined);
});

test('a claim word the source says in a word used alike is stated', () => {
  const source = "Freedonia's parliament approves a bill raising the minimum wage.";
  assert.equal(judge("Freedonia's parliament approved legislation raising the minimum wage in March 2019.", source, '2019-03-12'), 'supported');
  assert.equal(judge("Freedonia's parliament rejected legislation raising the minimum wage in March 2019.", source, '2019-03-12'), 'false');
});

test('rivals and opposites are as close in use, and are not stated by each other', () => {
  const source = 'Ana Petrova wins a silver medal in the 200 metres in Tokyo.';
  assert.equal(judge('Ana Petrova won a gold medal in the 200 metres in Tokyo in August 2021.', source, '2021-08-04'), 'not enough evidence');
  assert.equal(judge('Ana Petrova won a silver medal in the 200 metres in Tokyo in August 2021.', source, '2021-08-04'), 'supported');
  assert.deepEqual([...nearWordsStated(frameOf('Troops moved north.'), frameOf('Troops moved south.'), ['north'])], []);
  // Incidents of different kinds and events of different groups are as close in use.
  assert.deepEqual([...nearWordsStated(frameOf('A shooting hit the mall.'), frameOf('A stabbing at the mall.'), ['shooting'])], []);
  assert.deepEqual([...nearWordsStated(frameOf('A strike closed the port.'), frameOf('A protest closed the port.'), ['strike'])], []);
});

test('a word the claim itself has states no other claim word ("gold" is close to "medal")', () => {
  const claim = frameOf('She won a gold medal.');
  assert.deepEqual([...nearWordsStated(claim, frameOf('She wins a medal.'), ['gold'])], []);
  assert.deepEqual([...nearWordsStated(frameOf('She won a big prize.'), frameOf('She wins a huge prize.'), ['big'])], ['big']);
});

test('close words do not place an event whose place, parties or verb the source does not state', () => {
  // The place: a claim city the source leaves out while naming a region.
  const region = 'The Zemblan Front launches a barrage of at least 100 Katyusha rockets towards northern Ostland, targeting military positions.';
  assert.equal(judge('The Zemblan Front targeted the Ostland city of Velka with several ballistic missiles in July 2024.', region, '2024-07-03'), 'not enough evidence');
  // A light verb ("making it the first country to receive vaccines") is no "made vaccination compulsory".
  const light = 'Norland receives its first shipment of vaccines, making it the first country in the region to receive them.';
  assert.equal(judge('Norland made vaccination compulsory for all health workers in 2021.', light, '2021-02-21'), 'not enough evidence');
});

test('"the number of people killed" and "the death toll" are one count, either way round; the injured are not', () => {
  const source = 'The death toll from the floods in Norland rises to 41 as two more bodies are found.';
  assert.equal(judge('The number of people killed by the floods in Norland rose to 41 in May 2024.', source, '2024-05-20'), 'supported');
  assert.equal(judge('The number of people killed by the floods in Norland rose to 52 in May 2024.', source, '2024-05-20'), 'false');
  assert.notEqual(judge('The number of people injured by the floods in Norland rose to 41 in May 2024.', source, '2024-05-20'), 'supported');
  const counted = 'The number of people who died in the floods in Norland rises to 41.';
  assert.equal(judge('The death toll from the floods in Norland rose to 41 in May 2024.', counted, '2024-05-20'), 'supported');
});

test('an event in unrelated words, every party, time and other slot matching, may use words close in use too', () => {
  const source = 'The Daily Courier reports that sources "familiar with the situation" say Norland Media is losing interest in a purchase of Velmar Books, due to financing constraints.';
  const claim = 'In March 2015 the Daily Courier, citing people familiar with the matter, reported that Norland Media was cooling on a takeover of Velmar Books because of financing problems.';
  assert.equal(judge(claim, source, '2015-03-11'), 'supported');
  // Another party named: not the same event, whatever the words.
  assert.equal(judge(claim, source.replace('Velmar Books', 'Ostland Books'), '2015-03-11'), 'not enough evidence');
});

test('describing names are no anchors for an event in unrelated words: swapped, they would back it', () => {
  const source = 'Dutch court sentences Belgian smuggler Piet Kessel for 12 years in jail for trafficking';
  assert.equal(judge('A Belgian court handed Dutch smuggler Piet Kessel a 12-year prison term for trafficking on 3 May 2011.', source, '2011-05-03'), 'not enough evidence');
});
