// The event frame, slot by slot, on real Current Events sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { compareNames } from '../../src/shared/language/compare-names.ts';

test('actors with roles, from active, passive and converse verbs', () => {
  const active = frameOf('Novak Djoković beats Rafael Nadal in the final of the U.S. Open.');
  assert.equal(active.main?.key, 'win');
  assert.deepEqual(active.main?.agents.map((name) => name.surface), ['Novak Djoković']);
  assert.deepEqual(active.main?.patients.map((name) => name.surface), ['Rafael Nadal']);
  const passive = frameOf('Roe v. Wade is overturned by the U.S. Supreme Court.');
  assert.equal(passive.main?.passive, true);
  assert.deepEqual(passive.main?.agents.map((name) => name.surface), ['U.S. Supreme Court']);
  assert.deepEqual(passive.main?.patients.map((name) => name.surface), ['Roe v. Wade']);
  const converse = frameOf('Rafael Nadal lost to Novak Djokovic in the 2011 Wimbledon final.');
  assert.equal(converse.main?.key, 'win');
  assert.equal(converse.main?.agents[0].surface, 'Novak Djokovic');
  assert.equal(converse.main?.patients[0].surface, 'Rafael Nadal');
});

test('the predicate carries its polarity, and a light verb takes its event from the noun after it', () => {
  assert.equal(frameOf('Finland did not join NATO in 2020.').main?.negated, true);
  assert.equal(frameOf('Divers failed to rescue the boys.').main?.negated, true);
  assert.equal(frameOf('Croatia becomes the 28th member of the European Union.').main?.key, 'join');
  assert.equal(frameOf('Finland joins NATO.').main?.negated, false);
});

test('times: full dates, months and years; a year that names a thing is not a time', () => {
  assert.deepEqual(frameOf('Finland joined NATO on 4 April 2023.').times.map((time) => [time.from, time.granularity]), [['2023-04-04', 'day']]);
  assert.deepEqual(frameOf('Finland joined NATO in April 2023.').times.map((time) => [time.from, time.to]), [['2023-04-01', '2023-04-30']]);
  assert.deepEqual(frameOf('Finland joined NATO in 2023.').times.map((time) => time.granularity), ['year']);
  assert.deepEqual(frameOf('Trump won the 2016 presidential election.').times, []);
  assert.equal(frameOf('Finland joins NATO.', { publishedAt: '2023-04-04' }).day?.from, '2023-04-04');
});

test('places, quantities with their units, and qualifiers', () => {
  const frame = frameOf('An earthquake of magnitude 7.8 kills more than 8,000 people in Nepal.');
  assert.deepEqual(frame.places.map((place) => place.surface), ['Nepal']);
  assert.deepEqual(frame.quantities.map((quantity) => [quantity.value, quantity.unit]), [[7.8, undefined], [8000, 'people']]);
  assert.deepEqual(frameOf('Macron won with 66.1% of the vote.').quantities.map((quantity) => [quantity.value, quantity.unit]), [[66.1, 'percent']]);
  assert.deepEqual(frameOf('Finland unanimously became the first Nordic country to join.').qualifiers, ['unanimously', 'first']);
});

test('names keep their particles and are compared through the gazetteer', () => {
  assert.deepEqual(frameOf('Osama bin Laden is killed in Abbottabad.').names.map((name) => name.surface), ['Osama bin Laden', 'Abbottabad']);
  assert.deepEqual(frameOf('The US Supreme Court rules.').names[0].words, ['united', 'states', 'supreme', 'court']);
  // "Supreme" is no title to drop: the Supreme Court is not the Court of Appeals.
  assert.equal(compareNames(frameOf('The US Supreme Court rules.').names[0], frameOf('The US Court of Appeals rules.').names[0]), 'different');
});
