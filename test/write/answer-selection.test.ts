// Which sentence answers a factual question, with real Current Events sentences: the asked event with the
// asked parties, the named thing of the asked year, the kind of incident asked about, the office a name
// qualifies, the question's own framing verb, and a second source only when it states the same answer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RankedPassage } from '../../src/contracts/types.ts';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';
import { questionFrameOf } from '../../src/shared/language/question-frame.ts';
import { createExtractiveWriter } from '../../src/pipeline/write/index.ts';
import { isAnswer, matchQuestion } from '../../src/pipeline/write/extractive/question-match.ts';

const answers = (question: string, text: string, date: string) => isAnswer(questionFrameOf(question), matchQuestion(questionFrameOf(question), text, date));

function ranked(date: string, text: string, score = 1): RankedPassage {
  const id = `${date}-${text.length}`;
  const document = { id, contentHash: id, url: `https://en.wikipedia.org/wiki/Portal:Current_events/${date}`, title: `Wikipedia Current Events, ${date}`, outlet: 'Wikipedia Current Events', publishedAt: date, fetchedAt: '2026-03-28T00:00:00Z', kind: 'encyclopedia' as const, text, origin: 'demo' };
  return { passage: { id: `p-${id}`, documentId: id, ordinal: 0, text }, document, score, facets: ['question'] };
}

test('the same verb about other parties is not the asked event', () => {
  // "Merkel … replacing Schröder" says whom Merkel replaced, not who replaced her.
  const question = 'Who replaced Angela Merkel as Chancellor of Germany?';
  assert.equal(answers(question, 'The Bundestag elects Olaf Scholz as the new Chancellor of Germany, replacing Angela Merkel after 16 years in office.', '2021-12-08'), true);
  assert.equal(answers(question, 'Following the German federal election, 2005, Christian Democrat Angela Merkel will become the next Chancellor of Germany, replacing Social Democrat Gerhard Schröder.', '2005-10-10'), false);
  // Winning Group B of the qualifiers is not winning the World Cup.
  assert.equal(answers('Who won the 2026 FIFA World Cup?', 'In association football, Curaçao qualifies for the 2026 FIFA World Cup after winning Group B of the third round of CONCACAF qualifiers for the World Cup.', '2025-11-18'), false);
});

test('a name dated as a thing: the 2022 World Cup is not the 2010 one; a purpose after a done deed is stated', () => {
  const question = 'Who won the 2010 FIFA World Cup?';
  assert.equal(answers(question, 'Qatar wins the right to host the 2022 FIFA World Cup.', '2010-12-02'), false);
  assert.equal(answers(question, 'Spain defeats the Netherlands by a score of one goal to nil in extra time of the 2010 FIFA World Cup Final to win the 2010 FIFA World Cup, with Andrés Iniesta scoring the winning goal.', '2010-07-11'), true);
});

test('the kind of incident asked about: a plane crash near Lisbon does not answer for a Lisbon earthquake', () => {
  assert.equal(answers('How many people died in the Lisbon earthquake of March 2017?', 'A small Swiss-owned plane crashes in the Portuguese village of Tires, west of Lisbon, killing at least five people.', '2017-04-17'), false);
  assert.equal(answers('How many people died in the Sichuan earthquake?', 'A magnitude 7.9 earthquake in Sichuan kills at least 12,000 people.', '2008-05-12'), true);
});

test('question forms: a fronted passive, an office a name qualifies, a framing verb, an event after "need to"', () => {
  const gaddafi = questionFrameOf('Where was Muammar Gaddafi killed?');
  assert.deepEqual(gaddafi.predicate?.patients.map((name) => name.surface), ['Muammar Gaddafi']);
  assert.equal(gaddafi.predicate?.agents.length, 0);
  assert.equal(answers('Who became Prime Minister of the United Kingdom in July 2024?', 'Keir Starmer formally becomes Prime Minister after accepting an invitation from King Charles III to form a majority government.', '2024-07-05'), true);
  assert.equal(answers('By what margin did the UK vote to leave the EU?', 'The United Kingdom votes, 52% to 48%, to leave the European Union.', '2016-06-24'), true);
  assert.equal(answers('When did Finland join NATO?', 'The Russian Ministry of Foreign Affairs threatens to take retaliatory steps against Finland if the country will join NATO.', '2022-05-12'), false);
  assert.ok(questionFrameOf('How many ballots did the 2005 conclave need to elect Joseph Ratzinger?').event.includes('elect'));
  // "How much did X pay for Y": the sources say X bought or acquired Y.
  assert.equal(answers('How much did Elon Musk pay for Twitter?', 'Entrepreneur Elon Musk acquires Twitter, Inc. in a $44bn deal.', '2022-10-27'), true);
  // "elected pope": another election in the same month answers something else.
  assert.equal(answers('Who was elected pope in May 2025?', 'The African Development Bank elects Mauritanian economist Sidi Ould Tah as its next president.', '2025-05-30'), false);
  assert.equal(answers('Who was elected pope in May 2025?', 'Cardinal Robert Francis Prevost of the United States is elected to the papacy on the fourth ballot and takes the name Leo XIV.', '2025-05-08'), true);
});

test('a second source in the summary states the same answer, never another event', async () => {
  const draft = await createExtractiveWriter().write({
    plan: heuristicUnderstand('When did Finland join NATO?'),
    passages: [
      ranked('2023-04-04', 'Finland officially joins NATO, becoming the 31st member of the military alliance.'),
      ranked('2023-03-27', "The National Assembly of Hungary votes 182–6 to approve Finland's accession to NATO, leaving Turkey as the last remaining NATO member to approve Finland's membership in the military alliance.", 0.9),
      ranked('2023-04-05', 'Finland joins NATO as its 31st member, the alliance says.', 0.8),
    ],
    now: new Date('2026-12-01T00:00:00Z'),
  });
  const summary = draft.summary.map((sentence) => sentence.text);
  assert.match(summary[0], /^On 4 April 2023, Finland officially joins NATO/);
  assert.ok(!summary.some((text) => text.includes('Hungary')), summary.join(' | '));
  assert.ok(!draft.bottomLine.some((sentence) => sentence.text.includes('Hungary')), draft.bottomLine.map((sentence) => sentence.text).join(' | '));
});
