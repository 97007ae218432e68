// Parties told apart (an organisation's bodies, the doer of a side event), and readings a claim needs before it can
// be compared: a question opened by "did", "off" before a shore, a verb's act carried after "hand in" or "submit",
// a count's head noun, "missing" as a state. Every sentence here is made up for the test, not taken from a dev set;
// the United Nations' bodies are real names because the gazetteer knows them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { uncheckableReason } from '../../src/shared/claims/checkable.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { analyse } from '../../src/shared/language/nlp.ts';

const analyseLemma = (text: string, word: string) => analyse(text).find((token) => token.lower === word)?.lemma;

const ASSEMBLY = 'The General Assembly of the United Nations passes a motion condemning the Norland annexation of Tarvik.';

test('another body of the same organisation is another party, the whole is related to each', () => {
  // The Security Council's veto is not the Assembly's vote: no verdict, rather than a vote turned round.
  assert.equal(judge('Velmar vetoed a UN Security Council resolution condemning the annexation of Tarvik in March 2014.', ASSEMBLY, '2014-03-27'), 'not enough evidence');
  assert.equal(judge('Velmar used its veto to block a UN Security Council resolution condemning the annexation of Tarvik in March 2014.', ASSEMBLY, '2014-03-27'), 'not enough evidence');
  // The wrong body doing what the source's did is a changed party.
  assert.equal(judge('The UN Security Council passed a motion condemning the annexation of Tarvik in March 2014.', ASSEMBLY, '2014-03-27'), 'false');
  assert.match(judge('The UN General Assembly passed a motion condemning the annexation of Tarvik in March 2014.', ASSEMBLY, '2014-03-27'), /supported/);
  assert.match(judge('The United Nations passed a motion condemning the annexation of Tarvik in March 2014.', ASSEMBLY, '2014-03-27'), /supported/);
});

test('a side event said after "by" with a related verb and another doer is a changed party', () => {
  const source = 'Norland inaugurates a gas plant near Tarvik, operated by Velmar Energy.';
  assert.equal(judge('Norland opened a gas plant near Tarvik in October 2009, run by Ostra Gas.', source, '2009-10-27'), 'false');
  assert.match(judge('Norland opened a gas plant near Tarvik in October 2009, run by Velmar Energy.', source, '2009-10-27'), /supported/);
});

test('readings: a question opened by "did", "off" before a shore, a carried act, a count\'s head, a state', () => {
  assert.equal(frameOf('Did Norland really free the three detainees it was holding?').main?.lemma, 'free');
  assert.equal(frameOf('An earthquake strikes off the coast of Tarvik.').main?.lemma, 'strike');
  assert.equal(frameOf('The doctor was struck off the register.').main?.lemma, 'strike off');
  assert.equal(frameOf('The banks came out against a plan to rescue the system.').main?.lemma, 'come out against');
  // A preposition far from the verb opens no phrase with it ("came … to rescue" is no total).
  assert.notEqual(frameOf('The banks came out against a plan to rescue the system.').main?.lemma, 'come to');
  assert.equal(judge('Ivo Marek refused to hand in his resignation in January 2014.', 'Prime Minister Ivo Marek submits his resignation to the president.', '2014-01-28'), 'false');
  assert.equal(judge('Eleven new animal species were discovered west of Lake Tarvik in August 2007.', 'Six new species of animal are discovered in a forest west of Lake Tarvik.', '2007-08-07'), 'false');
  // People counted as missing are not the opposite of a ship hitting another.
  assert.notEqual(judge('A ferry hit a cargo ship off Tarvik in August 2013.', 'A ferry collides with a cargo ship and sinks off Tarvik, with 200 missing.', '2013-08-16'), 'false');
  assert.equal(frameOf('With 200 missing, the search goes on.').predicates.find((predicate) => predicate.lemma === 'miss'), undefined);
});

test('a cause said two ways, and superlatives WordNet gives as synonyms', () => {
  const source = 'A 5.8 magnitude earthquake strikes off the coast of Tarvik, prompting evacuations in Velmar.';
  assert.equal(frameOf('An earthquake off Tarvik on 9 February 2018 led to evacuations in Velmar.').main?.lemma, 'lead to');
  assert.match(judge('An earthquake off Tarvik on 9 February 2018 led to evacuations in Velmar.', source, '2018-02-09'), /supported/);
  assert.match(judge('Norland opened the biggest dam in its history in 2012.', 'Norland opens the largest dam in its history.', '2012-05-02'), /supported/);
});

test('an anniversary counts years; a wound is not wound up; what parties are locked in; a member state joins', () => {
  assert.match(judge('Norland marks 175 years since the Tarvik Festival (May 2007)', 'Norland celebrates the 175th anniversary of the Tarvik Festival.', '2007-05-26'), /supported/);
  assert.equal(analyseLemma('Gunmen kill 19 people and wound seven others.', 'wound'), 'wound');
  assert.equal(analyseLemma('The company was wound up in 2009.', 'wound'), 'wind');
  assert.equal(frameOf('The army and the rebels were locked in heavy fighting near Tarvik.').main?.key, 'fight');
  assert.equal(frameOf('Norland became the union\'s 28th member state.').main?.key, 'join');
  assert.match(judge('The Bank of Norland pumped £4 billion into the banking system in September 2008.', 'The Bank of Norland injects £4 billion into the banking system.', '2008-09-18'), /supported/);
});

test('who a passive names after "by", a plural model number, a verb after a plural before a name', () => {
  const escorted = frameOf('Flight 42 from Velmar was escorted by two Norland Air Force F-16s back to Velmar.').predicates.find((predicate) => predicate.lemma === 'escort');
  assert.deepEqual(escorted?.agents.map((name) => name.surface), ['Norland Air Force F-16s']);
  assert.equal(frameOf('Two Norland F-16 fighter jets escort Tarvik-bound Flight 42 back to Velmar.').main?.lemma, 'escort');
  assert.match(judge('Two Norland F-16 fighter jets escort Tarvik-bound Flight 42 back to Velmar', 'Flight 42 from Velmar to Tarvik was escorted by two Norland Air Force F-16s back to Velmar after a request from the pilot.', '2006-08-23'), /supported/);
});

test('a question whether something happened is checked; an auxiliary is never the event', () => {
  assert.equal(uncheckableReason('Did Norland really free the three detainees it was holding?'), undefined);
  assert.equal(uncheckableReason('Has Norland left the alliance?'), undefined);
  assert.match(uncheckableReason('Will Norland leave the alliance?') ?? '', /question/);
  assert.match(uncheckableReason('Why did Norland leave the alliance?') ?? '', /question/);
  // "will" is a bequest only as a verb: "left" is not stated by a sentence saying what Finland will do.
  const source = 'Finland announces it will pursue legal amendments to remove a prohibition on nuclear weapons, citing NATO deterrence needs.';
  assert.equal(judge('Finland left NATO.', source, '2026-03-05'), 'not enough evidence');
});
