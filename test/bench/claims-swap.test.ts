// The role-swap probe of the claims bench: a true claim's two parties exchanged, nothing else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { swappedParties } from '../../bench/claims.ts';

test('the probe swaps the agent and patient of true claims only, and skips claims without two parties', () => {
  const probes = swappedParties([
    { id: 'a', claim: 'Croatia beat France 4-2 in the World Cup final.', label: 'supported', altered: 'none' },
    { id: 'b', claim: 'Finland joined NATO in 2020.', label: 'false', altered: 'date' },
    { id: 'c', claim: 'Hugo Chávez died in Caracas in March 2013.', label: 'supported', altered: 'none' },
  ]);
  assert.deepEqual(probes.map((probe) => [probe.id, probe.claim, probe.label]), [['a-swap', 'France beat Croatia 4-2 in the World Cup final.', 'false']]);
});
