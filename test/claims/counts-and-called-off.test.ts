// A count belongs to its verb, a called-off event is denied in every word of it, a comparative the source
// lacks is no minor word, and a side event's parties can be swapped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';

test('a number is read with the verb it counts for', () => {
  const frame = frameOf('A gas explosion at a market kills 12 people and injures 40. At least 23 people were killed and 50 injured.');
  assert.deepEqual(frame.quantities.map((quantity) => [quantity.value, quantity.verb]), [[12, 'kill'], [40, 'injure'], [23, 'kill'], [50, 'injure']]);
  const blast = { text: 'A gas explosion at a market in Lagos, Nigeria, kills 12 people and injures 40.', day: '2019-03-03' };
  assert.equal(judge('A gas explosion at a market in Lagos killed 40 people.', blast.text, blast.day), 'false');
  assert.equal(judge('A gas explosion at a market in Lagos killed 12 people.', blast.text, blast.day), 'supported');
  assert.equal(judge('A gas explosion at a market in Lagos injured 40 people.', blast.text, blast.day), 'supported');
});

test('what a verb calls off is denied, the event noun in its object too', () => {
  const frame = frameOf('Greece postpones signing a gas pipeline agreement with Russia after protests in Athens.');
  assert.equal(frame.predicates.find((predicate) => predicate.lemma === 'agreement')?.negated, true);
  // The protests after it are not called off.
  assert.equal(frame.predicates.find((predicate) => predicate.lemma === 'protest')?.negated ?? false, false);
  const pipeline = { text: 'Greece postpones signing a gas pipeline agreement with Russia after protests in Athens.', day: '2015-06-19' };
  assert.equal(judge('Greece signed a gas pipeline agreement with Russia.', pipeline.text, pipeline.day), 'false');
  assert.equal(judge('Greece postponed signing a gas pipeline agreement with Russia.', pipeline.text, pipeline.day), 'supported');
});

test('a comparative the source does not state leaves the claim open', () => {
  const rates = { text: 'The Bank of England announces new, higher interest rates to curb inflation, starting 1 March.', day: '2022-02-03' };
  assert.equal(judge('The Bank of England announced lower interest rates from 1 March 2022.', rates.text, rates.day), 'not enough evidence');
  assert.equal(judge('The Bank of England announced higher interest rates from 1 March 2022.', rates.text, rates.day), 'supported');
});

test('a side event with its two parties the other way round is a role swap', () => {
  const raid = { text: 'Brazilian police raid the offices of the state oil company to seize records of kickbacks paid by construction firm Odebrecht to senator Delcidio Amaral.', day: '2015-11-25' };
  assert.equal(judge('Brazilian police raided the offices of the state oil company to seize records of kickbacks that senator Delcidio Amaral paid to construction firm Odebrecht.', raid.text, raid.day), 'false');
  assert.equal(judge('Brazilian police raided the offices of the state oil company to seize records of kickbacks that construction firm Odebrecht paid to senator Delcidio Amaral.', raid.text, raid.day), 'supported');
});
