// The offline writer on questions, with real Current Events sentences as fixtures: one dated source answers
// a factual question, the answer leads (dated), headings read as a person would write them, stance follows
// the proposition, limits are true of the report, and a decline quotes the nearest passage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RankedPassage } from '../../src/contracts/types.ts';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';
import { questionFrameOf } from '../../src/shared/language/question-frame.ts';
import { createExtractiveWriter } from '../../src/pipeline/write/index.ts';
import { withoutLostFigure } from '../../src/pipeline/write/extractive/candidates.ts';
import { frameRelevance, isAnswer, matchQuestion } from '../../src/pipeline/write/extractive/question-match.ts';
import { propositionStems } from '../../src/pipeline/write/extractive/positions.ts';
import { readStance, subjectActor } from '../../src/pipeline/write/stance.ts';

function ranked(date: string, text: string, label: string, score = 1): RankedPassage {
  const id = `${date}-${text.length}`;
  const document = { id, contentHash: id, url: `https://en.wikipedia.org/wiki/Portal:Current_events/${date}`, title: `${label} — Wikipedia Current Events, ${date}`, outlet: 'Wikipedia Current Events', publishedAt: date, fetchedAt: '2026-03-28T00:00:00Z', kind: 'encyclopedia' as const, text, origin: 'demo' };
  return { passage: { id: `p-${id}`, documentId: id, ordinal: 0, text }, document, score, facets: ['question'] };
}

const write = (question: string, passages: RankedPassage[]) =>
  createExtractiveWriter().write({ plan: heuristicUnderstand(question), passages, now: new Date('2026-12-01T00:00:00Z') });

const MERKEL = ranked('2021-12-08', 'The Bundestag elects Olaf Scholz as the new Chancellor of Germany, replacing Angela Merkel after 16 years in office.', 'Government of Germany');
const NOISE = ranked('2021-09-26', 'The Social Democratic Party narrowly wins the federal election in Germany.', '2021 German federal election', 0.8);

test('one clear dated source answers a factual question: the answer leads the summary, dated in the text', async () => {
  const draft = await write('Who replaced Angela Merkel as Chancellor of Germany?', [MERKEL, NOISE]);
  assert.equal(draft.insufficientEvidence, false);
  assert.equal(draft.summary[0].text, 'On 8 December 2021, the Bundestag elects Olaf Scholz as the new Chancellor of Germany, replacing Angela Merkel after 16 years in office.');
  assert.ok(draft.bottomLine[0].text.includes('Olaf Scholz'));
  assert.ok(draft.limits.some((limit) => /One source states the answer directly \(2021-12-08\)/.test(limit)), draft.limits.join(' | '));
});

test('relevance by the frame: "die" meets "dies" and "death"; a missing peripheral word does not sink the sentence', () => {
  const question = questionFrameOf('When did Michael Jackson die in his home?');
  const match = matchQuestion(question, 'American singer Michael Jackson dies at the age of 50 in Los Angeles.', '2009-06-25');
  assert.equal(match.names, 1);
  assert.equal(match.event, true);
  assert.ok(frameRelevance(question, match) >= 0.8);
  assert.equal(isAnswer(question, match), true);
  // Threatened or planned is not happened: "if the country joins" does not say when Finland joined.
  const joined = questionFrameOf('When did Finland join NATO?');
  const threat = matchQuestion(joined, 'The Russian Ministry of Foreign Affairs threatens to take retaliatory steps against Finland if the country will join NATO.', '2022-05-12');
  assert.equal(threat.event, false);
});

test('a sentence met again is read with its own day: "4 April" is the day of the source it comes from', () => {
  const question = questionFrameOf('What happened in Finland in April 2023?');
  const sentence = 'On 4 April, Finland joins NATO.';
  // Asked in this order, each answer must come from the sentence read with that source's day (or none).
  assert.deepEqual(['2023-04-04', undefined, '2021-04-04', '2023-04-04'].map((day) => matchQuestion(question, sentence, day).time), ['inside', 'unknown', 'outside', 'inside']);
});

test('the soft time: a sentence dated far from the asked month is no answer, a decline says so and quotes the nearest', async () => {
  const fidesz = ranked('2022-04-03', 'Fidesz wins the Hungarian parliamentary election, with Viktor Orbán securing a fourth consecutive term as Prime Minister of Hungary.', '2022 Hungarian parliamentary election');
  const draft = await write('Which party won the Hungarian parliamentary election in April 2026?', [fidesz]);
  assert.equal(draft.insufficientEvidence, true);
  assert.ok(draft.limits.some((limit) => limit.includes('dated in or near April 2026')), draft.limits.join(' | '));
  assert.ok(draft.limits.some((limit) => limit.startsWith('The nearest passage found (2022-04-03) says: "Fidesz wins')));
  assert.ok(!draft.limits.some((limit) => /None of the \d+ passages found answers/.test(limit)));
});

test('a yes/no question with the wrong year: its year only orders the search, and the decline says when the event happened', async () => {
  assert.equal(heuristicUnderstand('Did Finland join NATO in 2020?').timeFrame, undefined);
  assert.deepEqual(heuristicUnderstand('Who won the Eurovision Song Contest in 2005?').timeFrame, { from: '2005-01-01', to: '2005-12-31' });
  const joins = ranked('2023-04-04', 'Finland officially joins NATO, becoming the 31st member of the military alliance.', 'Finland–NATO relations');
  const draft = await write('Did Finland join NATO in 2020?', [joins]);
  assert.equal(draft.insufficientEvidence, true);
  assert.ok(draft.limits.some((limit) => limit.endsWith('It reports that event on 4 April 2023, not in 2020.')), draft.limits.join(' | '));
});

test('headings are 2-7 word phrases (the sources\' topic labels), sections in time order', async () => {
  const draft = await write('What happened to the Ever Given in March 2021?', [
    ranked('2021-03-23', 'The container ship Ever Given runs aground in the Suez Canal, blocking the waterway in both directions.', 'Suez Canal obstruction'),
    ranked('2021-03-29', 'The Ever Given is refloated and the Suez Canal reopens to traffic.', 'Suez Canal obstruction'),
    ranked('2021-03-25', 'Egyptian authorities say the Ever Given could take weeks to free as hundreds of ships wait near the Suez Canal.', 'Suez Canal obstruction'),
    ranked('2021-03-24', 'Dredgers and tugboats work to free the Ever Given, which is stuck diagonally across the Suez Canal.', 'Suez Canal obstruction'),
    ranked('2021-03-27', 'Shipping companies reroute vessels around Africa while the Ever Given still blocks the Suez Canal.', 'Suez Canal obstruction'),
    ranked('2021-03-30', 'The Suez Canal Authority says it will investigate why the Ever Given ran aground.', 'Suez Canal obstruction'),
  ]);
  assert.ok(draft.sections.length >= 1);
  for (const section of draft.sections) {
    const words = section.heading.split(/\s+/).length;
    assert.ok(words >= 2 && words <= 7 && !/\((supports|opposes)\)/.test(section.heading), section.heading);
  }
  assert.equal(draft.sections[0].heading, 'Timeline: Suez Canal obstruction');
  const dates = draft.sections[0].sentences.map((sentence) => sentence.text.match(/^On (\d+) March 2021/)?.[1]).map(Number);
  assert.deepEqual(dates, [...dates].sort((left, right) => left - right));
});

test('stance: condemning a referendum opposes it; a city in a treaty\'s name is no actor; past tense reads', () => {
  const referendum = propositionStems(heuristicUnderstand('Who condemned the March 2014 referendum in Crimea?'));
  assert.equal(readStance('Ukraine, the European Union, and the United States condemn the referendum.', referendum)?.stance, 'opposes');
  const withdrawal = propositionStems(heuristicUnderstand('Who backed and who opposed the US withdrawal from the Paris Agreement in 2017?'));
  assert.ok(withdrawal.has('withdraw'));
  assert.equal(subjectActor('Paris Agreement signatories meet in Bonn to discuss the withdrawal.'), undefined);
  assert.equal(subjectActor('Elon Musk quits as an official advisor to U.S. President Donald Trump in protest at the United States withdrawal from the Paris Agreement.'), 'Elon Musk');
  const tests = propositionStems(heuristicUnderstand('How did China react to North Korea\'s nuclear test in October 2006?'));
  assert.equal(readStance('China expressed its "resolute opposition" to what it described as North Korea\'s "brazen" nuclear test.', tests)?.stance, 'opposes');
});

test('limits are true of the report: a name the sections cite is never "not found"', async () => {
  const draft = await write('Did the U.S. Supreme Court overturn Roe v. Wade?', [
    ranked('2022-06-24', 'The United States Supreme Court overturns Roe v. Wade and Planned Parenthood v. Casey, ending protection of the right to abortion on the federal level.', 'Dobbs v. Jackson Women\'s Health Organization'),
  ]);
  assert.equal(draft.insufficientEvidence, false);
  assert.ok(draft.summary[0].text.includes('overturns Roe v. Wade'));
  assert.ok(!draft.limits.some((limit) => /mentions .*(Supreme Court|Roe)/.test(limit)), draft.limits.join(' | '));
});

test('a sentence that lost a figure in the markup is quoted up to that clause, and still answers', async () => {
  const draft = await write('When did Finland join NATO?', [ranked('2023-04-04', "Finland officially joins NATO, becoming the 31st member of the military alliance and expanding NATO's border with Russia by .", 'Enlargement of NATO')]);
  assert.equal(draft.summary[0]?.text, 'On 4 April 2023, Finland officially joins NATO, becoming the 31st member of the military alliance.');
  assert.equal(withoutLostFigure("Finland officially joins NATO, becoming the 31st member of the military alliance and expanding NATO's border with Russia by ."), 'Finland officially joins NATO, becoming the 31st member of the military alliance.');
  assert.equal(withoutLostFigure('The storm kills 12 people, injuring .'), 'The storm kills 12 people.');
  assert.equal(withoutLostFigure('Spain defeats the Netherlands.'), 'Spain defeats the Netherlands.');
});

test('a why question needs its event with what it is done to: bans are no answer to why a monarchy was abolished', async () => {
  const bans = [
    ranked('2021-01-01', 'Norland will lift its ban on flights from Tarvik beginning tomorrow.', 'Norland'),
    ranked('2015-10-20', 'Norland\'s parliament votes to ban cars from the capital\'s centre by 2019.', 'Norland'),
  ];
  assert.equal((await write('Why did Norland abolish its monarchy?', bans)).insufficientEvidence, true);
  const abolished = ranked('1905-06-07', 'Norland\'s parliament abolishes the monarchy after a referendum in which most voters backed a republic.', 'Norland');
  assert.equal((await write('Why did Norland abolish its monarchy?', [abolished, ...bans])).insufficientEvidence, false);
});
