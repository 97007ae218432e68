import assert from 'node:assert/strict';
import { test } from 'node:test';
import { followUp } from '../../src/pipeline/follow-up/index.ts';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';

const plan = heuristicUnderstand('Which NATO members support or oppose Ukraine joining, and what are their stated reasons?');

test('five distinct follow-ups built from the positions and actors, none the question itself', async () => {
  const questions = await followUp({ context: { plan, actors: ['Hungary', 'Poland'], positions: [{ actor: 'Hungary', stance: 'opposes' }, { actor: 'United States', stance: 'supports' }], keyTerms: ['minority rights'], latestDate: '2024-04-04', earliestDate: '2008-04-02' } });
  assert.equal(questions.length, 5);
  assert.equal(new Set(questions).size, 5);
  assert.ok(!questions.includes(plan.question));
  assert.ok(questions.some((question) => question.includes('Hungary') && question.includes('opposing')));
  assert.ok(questions.some((question) => question.includes('the United States')));
  assert.ok(questions.every((question) => question.endsWith('?')));
});

test('with nothing to go on there are still five, and a failing generator only loses its own', async () => {
  const bare = heuristicUnderstand('What happened?');
  const questions = await followUp({ context: { plan: bare, actors: [], positions: [], keyTerms: [] }, generate: async () => { throw new Error('model down'); } });
  assert.equal(questions.length, 5);
  assert.equal(new Set(questions).size, 5);
});

test('generated follow-ups come first, duplicates of the question are removed', async () => {
  const questions = await followUp({ context: { plan, actors: [], positions: [], keyTerms: [] }, generate: async () => [plan.question, 'How would Article 5 apply to Ukraine?'] });
  assert.equal(questions[0], 'How would Article 5 apply to Ukraine?');
  assert.ok(!questions.includes(plan.question));
});
