// Stance from the proposition with real Current Events sentences: every coordinated speaker, a protest at the
// proposition, restraint that is not support, an actor doing what the proposition says, a sentence dated in
// the asked month that names only the proposition, and a superseded older stance in its own row.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RankedPassage } from '../../src/contracts/types.ts';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';
import { createExtractiveWriter } from '../../src/pipeline/write/index.ts';
import { propositionStems } from '../../src/pipeline/write/extractive/positions.ts';
import { readStance, subjectActor, subjectActors } from '../../src/pipeline/write/stance.ts';

function ranked(date: string, text: string, score = 1): RankedPassage {
  const id = `${date}-${text.length}`;
  const document = { id, contentHash: id, url: `https://en.wikipedia.org/wiki/Portal:Current_events/${date}`, title: `Wikipedia Current Events, ${date}`, outlet: 'Wikipedia Current Events', publishedAt: date, fetchedAt: '2026-03-28T00:00:00Z', kind: 'encyclopedia' as const, text, origin: 'demo' };
  return { passage: { id: `p-${id}`, documentId: id, ordinal: 0, text }, document, score, facets: ['question'] };
}

const positionsOf = async (question: string, passages: RankedPassage[]) => {
  const draft = await createExtractiveWriter().write({ plan: heuristicUnderstand(question), passages, now: new Date('2026-12-01T00:00:00Z') });
  return Object.fromEntries((draft.positions ?? []).map((position) => [position.actor, position.stance]));
};

test('coordinated subjects are all speakers, titles and names between them included', () => {
  assert.deepEqual(subjectActors("Canada and Japan recognize Kosovo's independence."), ['Canada', 'Japan']);
  assert.deepEqual(subjectActors('United States President George W. Bush, UK Prime Minister Tony Blair, and South Korean President Roh Moo-Hyun, are among world leaders to condemn North Korea\'s nuclear testing.'), ['United States', 'United Kingdom']);
  // A country inside a prepositional phrase after the subject is not coordinated with it.
  assert.deepEqual(subjectActors('Turkey blocks the bids by Finland and Sweden to join NATO.'), ['Turkey']);
  // A person speaking for a country named by its demonym is that country; a company's chief speaks for himself.
  assert.equal(subjectActor('Taiwanese president Lai Ching-te states that he does not intend to implement retaliatory tariffs against the United States.'), 'Taiwan');
  assert.equal(subjectActor('Disney CEO Bob Iger joins Elon Musk in resigning from President Trump\'s advisory councils.'), 'Bob Iger');
});

test('the stance toward the proposition: a protest at it opposes, a threat is no second negation, restraint is cautious', () => {
  const withdrawal = propositionStems(heuristicUnderstand('Who backed and who opposed the US withdrawal from the Paris Agreement in 2017?'));
  assert.equal(readStance('Elon Musk quits as an official advisor to U.S. President Donald Trump in protest at the United States withdrawal from the Paris Agreement.', withdrawal)?.stance, 'opposes');
  const independence = propositionStems(heuristicUnderstand("Who recognised or rejected Kosovo's declaration of independence in 2008?"));
  assert.equal(readStance("Russia threatens to block Ban Ki-moon from serving a second term because of his stance on Kosovo's recent independence.", independence)?.stance, 'opposes');
  const tariffs = propositionStems(heuristicUnderstand("How did Canada, China and Taiwan respond to Donald Trump's tariffs in 2025?"));
  assert.equal(readStance('Taiwanese president Lai Ching-te states that he does not intend to implement retaliatory tariffs against the United States.', tariffs)?.stance, 'cautious');
  assert.equal(readStance('Canadian Prime Minister Justin Trudeau announces a retaliatory 25% tariff on all U.S. goods.', tariffs)?.stance, 'opposes');
});

test('positions: doing what the proposition says supports it; a sentence of the asked month on the proposition counts', async () => {
  const catalonia = await positionsOf('What were the positions of Spain and Catalonia on Catalan independence in October 2017?', [
    ranked('2017-10-27', 'Catalonia declares independence from Spain as the Catalan Republic.'),
    ranked('2017-10-27', 'The Spanish Senate votes to impose direct rule on Catalonia, rejecting Catalan independence.', 0.9),
  ]);
  assert.equal(catalonia.Catalonia, 'supports');
  const crimea = await positionsOf('Who condemned the March 2014 referendum in Crimea?', [
    ranked('2014-03-16', 'Voters in Crimea vote overwhelmingly to leave Ukraine and rejoin Russia.'),
    ranked('2014-03-16', 'Ukraine, the European Union, and the United States condemn the referendum, which did not give voters the option of the status quo.', 0.9),
  ]);
  assert.deepEqual([crimea.Ukraine, crimea['European Union'], crimea['United States']], ['opposes', 'opposes', 'opposes']);
});

test('an older stance replaced by a newer, different one is its own row, marked superseded with its year', async () => {
  const positions = await positionsOf('Which NATO members support or oppose Ukraine joining?', [
    ranked('2008-12-02', 'NATO member countries decide not to offer MAP to Georgia and Ukraine.'),
    ranked('2023-07-11', 'NATO leaders say Ukraine will become a member of NATO when allies agree and conditions are met.', 0.9),
    ranked('2023-07-12', 'NATO welcomes Ukraine\'s progress toward membership at the Vilnius summit.', 0.8),
  ]);
  assert.equal(positions.NATO, 'supports', JSON.stringify(positions));
  assert.equal(positions['NATO (superseded, 2008)'], 'opposes', JSON.stringify(positions));
});
