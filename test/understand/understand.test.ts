import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';
import { QuestionError, understand } from '../../src/pipeline/understand/index.ts';

test('a position question: entities, topic, facets that require its names', () => {
  const plan = heuristicUnderstand('Which NATO members support or oppose Ukraine joining, and what are their stated reasons?');
  assert.equal(plan.kind, 'question');
  assert.deepEqual(plan.entities, ['NATO', 'Ukraine']);
  assert.equal(plan.topic, 'Ukraine joining NATO');
  assert.equal(plan.asksPositions, true);
  assert.equal(plan.category, 'conflict and security');
  const focused = plan.facets.find((facet) => facet.name === 'about:joining');
  assert.ok(focused?.required?.some((group) => group.includes('North Atlantic Treaty Organization')));
  assert.ok(focused?.required?.some((group) => group.includes('accession')));
  assert.ok(plan.subQueries.length >= 3 && plan.subQueries.length <= 8);
});

test('a statement is a claim; a year is a time frame', () => {
  assert.equal(heuristicUnderstand('The Eiffel Tower is in Berlin').kind, 'claim');
  assert.equal(heuristicUnderstand('Fact check: vaccines cause autism?').kind, 'claim');
  assert.deepEqual(heuristicUnderstand('What was the score of the 1994 World Cup final?').timeFrame, { from: '1994-01-01', to: '1994-12-31' });
  assert.deepEqual(heuristicUnderstand('What has Finland done since 2022?').timeFrame, { from: '2022-01-01' });
});

test('"the EU" is also searched as "European Union"; leading articles are not part of names', () => {
  const plan = heuristicUnderstand('How did the EU respond to the Belarus migrant crisis?');
  assert.ok(plan.entities.includes('EU') && plan.entities.includes('European Union'));
  assert.deepEqual(heuristicUnderstand('Is The Eiffel Tower in Paris?').entities, ['Eiffel Tower', 'Paris']);
});

test('bad questions are refused with a message that says what to fix', async () => {
  await assert.rejects(() => understand({ question: '' }), QuestionError);
  await assert.rejects(() => understand({ question: '?!?' }), /no words/);
  await assert.rejects(() => understand({ question: 'a'.repeat(501) }), /under 500/);
  await assert.rejects(() => understand({ question: 42 as unknown as string }), /must be text/);
  const plan = await understand({ question: '  What\u0000 happened   in Kyiv? ' });
  assert.equal(plan.question, 'What happened in Kyiv?');
});

test('a sentence-initial common word is not a name; names with digits stay whole; stopword "names" never crash', async () => {
  assert.deepEqual(heuristicUnderstand('Chronic exposure to ALDH1A1 inhibitors reduces tumour growth.').entities, ['ALDH1A1']);
  assert.deepEqual(heuristicUnderstand('Finland joined NATO in 2023').entities, ['Finland', 'NATO']);
  assert.deepEqual(heuristicUnderstand('Boris Johnson resigned as prime minister').entities, ['Boris Johnson']);
  for (const claim of ['All hematopoietic stem cells segregate their chromosomes randomly.', 'Vasodilation is mediated by NO.', 'The A of it.']) {
    const plan = await understand({ question: claim });
    assert.ok(plan.facets.every((facet) => (facet.required ?? []).every((group) => group.length > 0)), claim);
    assert.ok(plan.subQueries.every((query) => typeof query === 'string' && query.length > 0), claim);
  }
});

test('a claim whose event is a verb of saying searches by its words, not by every verb of saying', () => {
  const queries = heuristicUnderstand('Fact check: Portugal reported a record 9,130 new infections in May 2022.').facets.map((facet) => facet.query);
  assert.ok(queries.every((query) => !/\b(announce|declare|testify)\b/.test(query)), queries.join(' | '));
  assert.ok(queries.some((query) => /infections/.test(query)));
  // An event of a known kind still searches for its opposite ("left" finds "joins").
  assert.ok(heuristicUnderstand('Fact check: Finland left NATO in 2023.').facets.some((facet) => /\bjoin\b/.test(facet.query)));
});

test('a statement passed on for checking is a claim, though it ends with a question mark; a question stays one', () => {
  assert.equal(heuristicUnderstand('I read that Norland joined the customs union in 2020. True?').kind, 'claim');
  assert.equal(heuristicUnderstand('Did you know that Norland joined the customs union in 2023?').kind, 'claim');
  assert.equal(heuristicUnderstand('Did the Tarvik Supreme Court overturn Roe v. Wade?').kind, 'question');
  assert.equal(heuristicUnderstand('Who won the 2022 World Cup?').kind, 'question');
});
