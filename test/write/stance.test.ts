import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readStance, subjectActor } from '../../src/pipeline/write/stance.ts';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';
import { propositionStems } from '../../src/pipeline/write/extractive/positions.ts';
import { overallStance } from '../../src/pipeline/write/extractive/positions.ts';

const joining = propositionStems(heuristicUnderstand('Which NATO members support or oppose Ukraine joining?'));

const cases: [string, string | undefined, string | undefined][] = [
  ["The United States rejects Russia's demand that Ukraine be barred from joining NATO.", 'United States', 'supports'],
  ['Russia demands that NATO never admit Ukraine as a member of the military alliance.', 'Russia', 'opposes'],
  ['Ukrainian President Volodymyr Zelenskyy calls on NATO to hasten the country\'s accession to the military alliance.', 'Ukraine', 'supports'],
  ['Ukrainian President Volodymyr Zelenskyy says that he will consider dropping Ukraine\'s request to join NATO in exchange for a ceasefire.', 'Ukraine', 'cautious'],
  ['Russia warns that having Ukraine join NATO "would exacerbate the Donbass conflict".', 'Russia', 'opposes'],
  ['The President of the United States George W. Bush supports the bids by Georgia and Ukraine to become members of NATO.', 'United States', 'supports'],
  ['U.S. Secretary of State Antony Blinken says that Ukraine will eventually become a NATO member.', 'United States', 'supports'],
  ['Russian Foreign Minister Sergey Lavrov warns other NATO members against giving Ukraine long-range missiles.', 'Russia', undefined],
  ['In a report, a peace plan is drafted by Ukraine and Russia if Ukraine abandons attempts of joining NATO.', undefined, 'opposes'],
  ['Finland officially joins NATO, becoming the 31st member.', 'Finland', undefined],
];

for (const [sentence, actor, stance] of cases) {
  test(`stance: ${sentence.slice(0, 60)}…`, () => {
    assert.equal(subjectActor(sentence), actor);
    assert.equal(readStance(sentence, joining)?.stance, stance);
  });
}

test('overall stance: majority wins, support beside opposition is mixed', () => {
  assert.equal(overallStance(['opposes', 'opposes']), 'opposes');
  assert.equal(overallStance(['supports', 'cautious']), 'mixed');
  assert.equal(overallStance(['supports', 'supports', 'supports', 'cautious']), 'supports');
  assert.equal(overallStance([]), 'unclear');
});
