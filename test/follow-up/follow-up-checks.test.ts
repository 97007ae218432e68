// Follow-ups are sound questions (no name asked about itself, no doubled word, a question word and mark) and
// each is pre-checked: one a search would find nothing for is replaced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { followUp, pickFinding } from '../../src/pipeline/follow-up/index.ts';
import { isSoundFollowUp } from '../../src/pipeline/follow-up/sound.ts';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';

test('a follow-up asking a name about itself, or with a doubled word, is not sound', () => {
  assert.equal(isSoundFollowUp("What is Germany's current position on Germany?"), false);
  assert.equal(isSoundFollowUp('What happened to the the alliance?'), false);
  assert.equal(isSoundFollowUp('Germany after 2021'), false);
  assert.equal(isSoundFollowUp('What happened to Olaf Scholz after December 2021?'), true);
});

test('the report\'s open threads come first; a follow-up no search would answer is dropped', async () => {
  const plan = heuristicUnderstand('Who replaced Angela Merkel as Chancellor of Germany?');
  const context = { plan, actors: ['Germany'], positions: [], keyTerms: [], latestDate: '2021-12-08', earliestDate: '2005-10-10' };
  const open = await followUp({ context });
  assert.equal(open[0], 'What happened to Angela Merkel after December 2021?');
  assert.ok(open.every(isSoundFollowUp), open.join(' | '));
  const checked: string[] = [];
  const questions = await followUp({ context, finds: async (question) => {
    checked.push(question);
    return !question.includes('consequences');
  } });
  assert.equal(questions.length, 5);
  assert.ok(checked.some((question) => question.includes('consequences')), 'the consequences question was checked');
  assert.ok(!questions.some((question) => question.includes('consequences')), questions.join(' | '));
});

test('when topic-wide follow-ups find nothing, questions about each name come before generic filler', async () => {
  const plan = heuristicUnderstand('What happened to Pope Leo XIV at Easter?');
  const context = { plan, actors: [], positions: [], keyTerms: [], latestDate: '2025-05-08', earliestDate: '2025-05-08' };
  // Only questions naming the pope alone find anything; "Pope Leo XIV and Easter" as a topic does not.
  const questions = await followUp({ context, finds: async (question) => question.includes('Pope Leo XIV') && !question.includes('Easter') });
  assert.equal(questions.length, 5);
  const perName = questions.filter((question) => /^(How did other countries and organisations react to Pope Leo XIV|What earlier events involving Pope Leo XIV)/.test(question));
  assert.equal(perName.length, 2, questions.join(' | '));
  // Only the last place is left to a generic question, because nothing else found anything.
  assert.deepEqual(questions.map((question) => question.startsWith('What is the background')), [false, false, false, false, true], questions.join(' | '));
});

test('follow-ups are checked only until five are found: the same five, in order, as checking every candidate', async () => {
  const candidates = Array.from({ length: 14 }, (_, index) => `Question ${index}?`);
  const rules = [() => true, () => false, (question: string) => question.includes('1'), (question: string) => /[2357]/.test(question)];
  for (const rule of rules) {
    for (const count of [0, 1, 3, 5]) {
      const checked: string[] = [];
      const picked = await pickFinding(candidates, async (question) => {
        checked.push(question);
        if (question === 'Question 4?') throw new Error('a failing check finds nothing');
        return rule(question);
      }, count);
      const kept = candidates.filter((question) => question !== 'Question 4?' && rule(question)).slice(0, count);
      assert.deepEqual(picked, kept);
      const last = kept.length === count ? candidates.indexOf(kept.at(-1)!) + 1 : candidates.length;
      assert.ok(checked.length <= Math.max(last, 0), `${checked.length} checked for ${kept.length} kept`);
    }
  }
});
