// The claims bench's probes: a true claim's two parties exchanged, its first year or number changed, nothing else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changedDetails, swappedParties } from '../../bench/claims.ts';

test('the probe swaps the agent and patient of true claims only, and skips claims without two parties', () => {
  const probes = swappedParties([
    { id: 'a', claim: 'Croatia beat France 4-2 in the World Cup final.', label: 'supported', altered: 'none' },
    { id: 'b', claim: 'Finland joined NATO in 2020.', label: 'false', altered: 'date' },
    { id: 'c', claim: 'Hugo Chávez died in Caracas in March 2013.', label: 'supported', altered: 'none' },
  ]);
  assert.deepEqual(probes.map((probe) => [probe.id, probe.claim, probe.label]), [['a-swap', 'France beat Croatia 4-2 in the World Cup final.', 'false']]);
});

test('the year and number probes change one detail of true claims only: the first year, the first number that is not a date', () => {
  const probes = changedDetails([
    { id: 'a', claim: 'Finland joined NATO on 4 April 2023.', label: 'supported', altered: 'none' },
    { id: 'b', claim: 'A bomb blast in Karachi killed 4 people and wounded 25 in 2014.', label: 'supported', altered: 'none' },
    { id: 'c', claim: 'Finland joined NATO in 2020.', label: 'false', altered: 'date' },
  ]);
  assert.deepEqual(probes.map((probe) => [probe.id, probe.claim, probe.altered]), [
    ['a-year', 'Finland joined NATO on 4 April 2020.', 'date'],
    ['b-year', 'A bomb blast in Karachi killed 4 people and wounded 25 in 2011.', 'date'],
    ['b-number', 'A bomb blast in Karachi killed 9 people and wounded 25 in 2014.', 'number'],
  ]);
});

test('the number probe leaves a day of a month and a number inside a name alone', () => {
  const probes = changedDetails([
    { id: 'a', claim: 'Moderna began testing its COVID-19 vaccine in children on 16 March 2021.', label: 'supported', altered: 'none' },
  ]);
  assert.deepEqual(probes.map((probe) => probe.id), ['a-year']);
});
