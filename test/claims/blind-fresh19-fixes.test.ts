// Rules written after the blind set claims-fresh19 was scored once (its three worst misses read): an irregular
// superlative is a qualifier, a people's word is not the titled person it describes, places alone do not place an
// event for a refutation, and "take the town" is a capture. Every sentence here is made up for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { compareNames } from '../../src/shared/language/compare-names.ts';

test('"the worst flood in its history" is a qualifier the source must state', () => {
  assert.ok(frameOf('Three people died in the worst flood in Tarn\'s history.').qualifiers.includes('worst'));
  assert.ok(!frameOf('At best, three people died in the flood.').qualifiers.includes('best'));
  assert.equal(judge('Three people died and more than 500 were evacuated in May 2013 in the worst flood in Tarn\'s history.', 'Three people were killed and over 500 evacuated in a flood in Tarn.', '2013-05-17'), 'misleading');
});

test('a people\'s word is related to the titled person it describes, not the same', () => {
  const names = (text: string) => frameOf(text).names;
  const [person] = names('We heard that Pakistani Prime Minister Yousaf Raza Gilani spoke.').slice(-1);
  const [people] = names('We heard that Pakistani officials spoke.');
  assert.equal(compareNames(person, people), 'related');
  const source = 'During a state visit to Beijing, Pakistani prime minister Omar Sadiq announces new investment agreements with China.';
  assert.notEqual(judge('Pakistani Prime Minister Yousaf Raza Gilani began a state visit to China in May 2011.', source, '2025-09-05'), 'false');
});

test('places alone do not place an event for a refutation; "take the town" is a capture', () => {
  const later = 'Rebels of the Tarn Front in Chad threaten to press on and reach the capital N\'Djamena.';
  assert.equal(judge('Rebels in Chad captured the town of Biltine in June 2008 as they pushed toward the capital, N\'Djamena.', later, '2021-04-21'), 'not enough evidence');
  assert.equal(judge('Rebels in Chad captured the town of Biltine in June 2008.', 'Chadian rebels take the town Biltine as they move toward the capital N\'Djamena.', '2008-06-16'), 'supported');
});
