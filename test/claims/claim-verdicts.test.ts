// One end-to-end check per verdict through the whole pipeline (what `crosscheck ask` runs), on the
// hand-written NATO corpus plus a few real Current Events lines dated by their day.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentInput } from '../../src/contracts/types.ts';
import { runReport } from '../../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { memoryStore } from '../support/fakes.ts';
import { fixedClock, NATO_CORPUS } from '../support/fixtures.ts';

const portal = (date: string, text: string): DocumentInput => ({
  url: `https://en.wikipedia.org/wiki/Portal:Current_events/${date}#${encodeURIComponent(text.slice(0, 20))}`,
  title: `Wikipedia Current Events, ${date}`,
  outlet: 'Wikipedia Current Events (citing Reuters)',
  publishedAt: date,
  fetchedAt: '2026-03-28T00:00:00.000Z',
  kind: 'encyclopedia',
  text,
  origin: 'test',
});

const EVENTS = [
  portal('2018-07-15', 'In football, France defeats Croatia 4–2 to claim its second World Cup championship.'),
  portal('2013-03-05', 'Hugo Chávez, the President of Venezuela, dies in office at the age of 58 in the capital, Caracas.'),
];

async function check(claim: string) {
  const store = await memoryStore([...NATO_CORPUS, ...EVENTS]);
  try {
    return await runReport({ question: `Fact check: ${claim}`, store, providers: [createLocalCorpusSearch({ store })], clock: fixedClock });
  } finally {
    await store.close();
  }
}

test('a claim a source states is supported, with the source dated and quoted', async () => {
  const report = await check('Finland joined NATO in April 2023');
  assert.equal(report.verdict?.label, 'supported');
  assert.equal(report.verdict?.reason[0].text, 'The source reports this event on 4 April 2023.');
  assert.equal(report.verdict?.reason[1].text, 'Finland officially joins NATO, becoming the 31st member of the military alliance.');
  assert.equal(report.verdict?.rating?.value, 6);
});

test('a wrong date is false, and the summary says what the source dates it to', async () => {
  const report = await check('Finland joined NATO in 2020');
  assert.equal(report.verdict?.label, 'false');
  assert.equal(report.summary[0].text, 'The source dates this event to 4 April 2023, not 2020.');
  assert.ok(report.summary[0].cites.length === 1);
  assert.match(report.bottomLine[0].text, /^The claim is false: the source dates this event to 4 April 2023, not 2020\./);
});

test('a wrong number, a reversed direction and a negation are each false', async () => {
  const number = await check('Finland joined NATO as the 35th member of the military alliance');
  assert.equal(number.verdict?.label, 'false');
  assert.match(number.summary[0].text, /gives 31st, not 35th/);
  const direction = await check('Finland left NATO in 2023');
  assert.equal(direction.verdict?.label, 'false');
  assert.match(direction.summary[0].text, /"joins", not "left"/);
  const negation = await check('Turkey did not lift its veto on Finland and Sweden joining NATO');
  assert.equal(negation.verdict?.label, 'false');
  assert.equal(negation.summary[0].text, 'The source says this event did happen.');
});

test('swapped winner and loser, and the wrong city, are false', async () => {
  const swapped = await check('Croatia beat France 4-2 to win the World Cup');
  assert.equal(swapped.verdict?.label, 'false');
  assert.equal(swapped.summary[0].text, 'The source has the roles the other way round.');
  const place = await check('Hugo Chávez died in office in Havana at the age of 58');
  assert.equal(place.verdict?.label, 'false');
  assert.match(place.summary[0].text, /places this event in .*, not Havana/);
});

test('an overstated qualifier on a true event is misleading', async () => {
  const report = await check('Finland unanimously joined NATO in 2023');
  assert.equal(report.verdict?.label, 'misleading');
  assert.match(report.summary[0].text, /does not say "unanimously"/);
});

test('an event no source reports gets no verdict and quotes the nearest sentence found', async () => {
  const report = await check('Finland joined the Warsaw Pact in 1995');
  assert.equal(report.verdict, undefined);
  assert.equal(report.sources.length, 0);
  assert.ok(report.limits.some((limit) => limit.text.startsWith('No source found reports the event the claim describes')));
});

test('opinions, predictions and one-word input are answered as uncheckable, not given a verdict', async () => {
  for (const [claim, reason] of [['NATO is the best alliance in history', /opinion/], ['Finland will leave NATO in 2030', /prediction/], ['a', /too short/]] as const) {
    const report = await check(claim);
    assert.equal(report.verdict, undefined, claim);
    assert.ok(report.limits.some((limit) => reason.test(limit.text)), `${claim}: ${report.limits.map((limit) => limit.text).join(' | ')}`);
  }
});
