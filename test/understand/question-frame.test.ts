import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';
import { questionFrameOf } from '../../src/shared/language/question-frame.ts';

test('question types, from the question\'s own words', () => {
  const cases: [string, string][] = [
    ['When did Finland join NATO?', 'when'],
    ['In which year did Romania and Bulgaria join the EU?', 'when'],
    ['Who won the 2010 FIFA World Cup?', 'who'],
    ['How many people were killed in the attack on Charlie Hebdo?', 'how many'],
    ['What share of the vote did Macron win in May 2017?', 'how many'],
    ['Where did Stephen Hawking die?', 'where'],
    ['Why did Robert Mugabe resign in November 2017?', 'why'],
    ['Did Scotland vote for independence in 2014?', 'yes/no'],
    ['What happened at Notre-Dame de Paris in April 2019?', 'what happened'],
    ['What did the International Criminal Court decide about Vladimir Putin?', 'what happened'],
    ['Who condemned the March 2014 referendum in Crimea?', 'positions'],
    ['How did Canada, China and Taiwan respond to Donald Trump\'s tariffs in 2025?', 'positions'],
    ['Which ship blocked the Suez Canal in March 2021?', 'what'],
  ];
  for (const [question, type] of cases) assert.equal(questionFrameOf(question).type, type, question);
});

test('names stay whole with their particles and titles; a month is a soft time, never a name', () => {
  assert.deepEqual(heuristicUnderstand('When was Osama bin Laden killed?').entities, ['Osama bin Laden']);
  assert.deepEqual(heuristicUnderstand('Did the U.S. Supreme Court overturn Roe v. Wade?').entities, ['U.S. Supreme Court', 'Roe v. Wade']);
  const pope = questionFrameOf('Who was elected pope in May 2025?');
  assert.deepEqual(pope.names, []);
  assert.deepEqual(heuristicUnderstand('Who was elected pope in May 2025?').entities, []);
  assert.equal(pope.time?.from, '2025-05-01');
  assert.equal(pope.time?.to, '2025-05-31');
  // The year of a name ("the 2010 FIFA World Cup") is not when the event happened.
  assert.equal(questionFrameOf('Who won the 2010 FIFA World Cup?').time, undefined);
});

test('the asked event by lemma and event group, so inflections and synonyms match', () => {
  const died = questionFrameOf('When did Michael Jackson die?');
  assert.ok(died.event.includes('die') && died.event.includes('kill'));
  assert.equal(questionFrameOf('How many people died in the Lisbon earthquake?').focus, 'people');
  assert.ok(questionFrameOf('When did Croatia become a member of the European Union?').event.includes('join'));
});
