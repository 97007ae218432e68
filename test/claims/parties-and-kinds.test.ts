// Who did it when the source names the doer only as the announcer or under the same title, events stated
// by a noun or by a more specific verb, a superlative turned round, and words that only look like names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeClaim } from '../../src/shared/claims/judge-claim.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { agrees } from '../../src/shared/language/quantities.ts';
import { broaderWords } from '../../src/shared/language/wordnet.ts';

function judge(claim: string, text: string, publishedAt: string) {
  return judgeClaim(claim, [{ text, passageId: 'p1', publishedAt }]);
}

const conflictsOf = (judged: ReturnType<typeof judge>) => judged.parts.flatMap((part) => part.comparison?.conflicts.map((slot) => `${slot.slot}: ${slot.claim} / ${slot.source}`) ?? []);

test('another person under the same title is a changed actor', () => {
  const source = { text: 'Indiana Governor Mitch Daniels cuts government funding for Planned Parenthood because it provides abortions.', day: '2011-05-10' };
  const judged = judge('Indiana Governor Mike Pence cut state funding for Planned Parenthood in May 2011 because it provides abortions.', source.text, source.day);
  assert.equal(judged.label, 'false');
  assert.deepEqual(conflictsOf(judged), ['actor: Indiana Governor Mike Pence / Indiana Governor Mitch Daniels']);
  assert.equal(judge('Indiana Governor Mitch Daniels cut funding for Planned Parenthood in May 2011.', source.text, source.day).label, 'supported');
});

test('the one who announces that something was done did it, unless the claim names them as the announcer', () => {
  const burgum = { text: 'North Dakota Governor Doug Burgum announces that the state has extended their mask mandate and limits on gatherings until January 18.', day: '2020-12-10' };
  assert.equal(judge('South Dakota Governor Kristi Noem extended her state\'s mask mandate and limits on gatherings until January 18.', burgum.text, burgum.day).label, 'false');
  const who = { text: 'The World Health Organisation confirms that the Ebola virus has resurfaced in the Democratic Republic of Congo.', day: '2007-09-11' };
  assert.equal(judge('The WHO confirmed in September 2007 that Ebola had resurfaced in the Democratic Republic of the Congo.', who.text, who.day).label, 'supported');
  // "until January 18" is a date, not a number to compare.
  assert.deepEqual(frameOf('The state extended its mask mandate until January 18.').quantities, []);
});

test('an event stated only by a noun ("involved in a car crash") is still the event', () => {
  const biti = { text: 'Zimbabwe\'s finance minister Tendai Biti is involved in a car crash.', day: '2010-03-06' };
  assert.equal(frameOf(biti.text).main?.lemma, 'crash');
  assert.equal(judge('Zimbabwe\'s prime minister Morgan Tsvangirai was involved in a car crash in March 2010.', biti.text, biti.day).label, 'false');
  assert.equal(judge('Zimbabwe\'s finance minister Tendai Biti was involved in a car crash in March 2010.', biti.text, biti.day).label, 'supported');
});

test('a source verb that names a kind of the claim\'s event states it ("convene" is a way to "meet")', () => {
  assert.ok(broaderWords('convene', 'verb').has('meet'));
  assert.ok(!broaderWords('meet', 'verb').has('convene'));
  assert.ok(!broaderWords('increase', 'verb').has('decrease') && !broaderWords('win', 'verb').has('lose'));
});

test('a superlative turned round is false, not misleading', () => {
  const source = { text: 'Argentina records a 31.5% annual inflation rate in December, the lowest end-year level since 2017.', day: '2026-01-13' };
  const judged = judge('Argentina\'s annual inflation rate for December 2025 was 31.5%, the highest end-year level since 2017.', source.text, source.day);
  assert.equal(judged.label, 'false');
  assert.deepEqual(conflictsOf(judged), ['direction: highest / lowest']);
});

test('a describing word that opens a sentence is not a name; a leader or a country is', () => {
  assert.deepEqual(frameOf('Fewer than half of Irish households had paid the household charge.').names.map((name) => name.surface), ['Irish']);
  assert.deepEqual(frameOf('Obama declared a federal emergency in Louisiana.').names.map((name) => name.surface), ['Obama', 'Louisiana']);
  assert.deepEqual(frameOf('Scotland votes against independence.').names.map((name) => name.surface), ['Scotland']);
});

test('a phrase fronted with a preposition names the setting, not who did it', () => {
  assert.deepEqual(frameOf('During Kyrgyzstan\'s Tulip Revolution in March 2005, opposition protesters took over Osh.').main?.agents, []);
  assert.deepEqual(frameOf('After 29 years of decriminalized prostitution in Rhode Island, Governor Donald Carcieri signs a bill into law outlawing prostitution.').predicates.find((predicate) => predicate.lemma === 'sign')?.agents.map((name) => name.surface), ['Governor Donald Carcieri']);
});

test('the claim\'s other events count: a law turned round is false though the signing matches', () => {
  const source = { text: 'After 29 years of decriminalized prostitution in the U.S. state of Rhode Island, Governor Donald Carcieri signs a bill into law outlawing prostitution.', day: '2009-11-03' };
  const judged = judge('Rhode Island governor Donald Carcieri signed a law in 2009 decriminalizing prostitution in the state.', source.text, source.day);
  assert.equal(judged.label, 'false');
  assert.deepEqual(conflictsOf(judged), ['direction: "decriminalizing" / "outlawing"']);
  assert.equal(judge('Rhode Island governor Donald Carcieri signed a law in 2009 outlawing prostitution in the state.', source.text, source.day).label, 'supported');
});

test('a country that acts is the country a passive sentence places the event in; a past read as an adjective is the event', () => {
  assert.equal(judge('Britain lowered its terrorism threat level from critical to severe in July 2007.', 'The terror threat level in the United Kingdom is reduced from critical to severe.', '2007-07-04').label, 'supported');
  const drowned = 'Three Palestinian teenagers drowned as they rushed into the beachside at Neve Dekalim without knowing how to swim.';
  assert.equal(frameOf(drowned).main?.lemma, 'drown');
  assert.equal(judge('Three Palestinian teenagers drowned in September 2005 at Neve Dekalim.', drowned, '2005-09-12').label, 'supported');
  assert.equal(judge('Three Palestinian teenagers drowned in September 2005 at Gaza City.', drowned, '2005-09-12').label, 'false');
});

test('a name a place owns is a place; a people\'s name opening a sentence is a name', () => {
  assert.deepEqual(frameOf('An attack on a village in DR Congo\'s Ituri Province left 94 people dead.').places.map((place) => place.surface), ['DR Congo', 'Ituri Province']);
  assert.ok(frameOf('Laotians vote in a parliamentary election.').names.some((name) => name.surface === 'Laotians' && name.actor === 'Laos'));
});

test('two exact numbers agree only when one is the other rounded', () => {
  assert.ok(agrees({ value: 8_200_000 }, { value: 8_166_343 }) && agrees({ value: 51 }, { value: 50.9 }) && agrees({ value: 74.5 }, { value: 74.46 }));
  assert.ok(!agrees({ value: 37_930 }, { value: 37_678 }));
  assert.ok(agrees({ value: 300, bound: 'about' }, { value: 290 }));
  const source = 'The country also reports a record for the third consecutive day of 37,678 new cases of COVID-19.';
  assert.notEqual(judge('Russia recorded a record 37,930 new COVID-19 cases in one day in October 2021.', source, '2021-10-23').label, 'supported');
});

test('a year naming a thing, another name of the same kind, a country\'s word before a place noun: each a changed detail', () => {
  const final = 'Spain defeats the Netherlands in extra time of the 2010 FIFA World Cup Final to win the 2010 FIFA World Cup.';
  assert.equal(judge('Spain beat the Netherlands in the final of the 2007 FIFA World Cup.', final, '2010-07-11').label, 'false');
  assert.equal(judge('Spain beat the Netherlands in the final of the 2010 FIFA World Cup.', final, '2010-07-11').label, 'supported');
  const washi = 'Flash floods triggered by Tropical Storm Washi kill at least 400 people in the Philippines.';
  assert.notEqual(judge('More than 300 people died in floods in the Philippines caused by Tropical Storm Vinta.', washi, '2011-12-17').label, 'supported');
  const haiti = 'Five hundred people have died in the Haitian town of Gonaïves as a result of flooding caused by Tropical Storm Hanna.';
  assert.notEqual(judge('More than 300 people died in floods in the southern Philippines.', haiti, '2008-09-05').label, 'supported');
});

test('a part is not backed by a sentence that contradicts the rest of the claim', () => {
  const evidence = [
    { text: 'Five hundred people have died in the Haitian town of Gonaïves as a result of flooding caused by Tropical Storm Hanna.', passageId: 'p1', publishedAt: '2008-09-05' },
    { text: 'More than 200 people are dead in the southern Philippines as a result of floods and mudslides caused by Severe Tropical Storm Vinta.', passageId: 'p2', publishedAt: '2017-12-23' },
  ];
  const judged = judgeClaim('More than 200 people died in floods and mudslides in the southern Philippines caused by Tropical Storm Vinta.', evidence);
  assert.equal(judged.label, 'supported');
  assert.ok(judged.parts.every((part) => part.evidence?.passageId === 'p2'));
});

test('a bound agrees with a number up to twice its size, not any number past it', () => {
  assert.ok(agrees({ value: 1_000, bound: 'min' }, { value: 1_300 }));
  assert.ok(!agrees({ value: 63, bound: 'min' }, { value: 1_337 }));
  assert.ok(agrees({ value: 500, bound: 'max' }, { value: 480 }) && !agrees({ value: 500, bound: 'max' }, { value: 20 }));
});

test('a participle before "by" with the clause\'s verb after it describes the subject; a place the claim names too is not another place', () => {
  assert.equal(frameOf('Syrian army troops backed by Russian warplanes attacked rebels south of Aleppo in October 2015.').main?.lemma, 'attack');
  const games = { text: 'The 23rd Southeast Asian Games formally opens in Manila, Philippines.', day: '2005-11-27' };
  assert.notEqual(judge('The 23rd Southeast Asian Games were soft-opened in Cebu ahead of their formal start in Manila on 27 November 2005.', games.text, games.day).label, 'false');
});

test('a hedged number answers to the source\'s number hedged alike, not another count inside its bound', () => {
  const cafe = 'Two bombs exploded outside a cafe in Baghdad in the district of Sadriya, home to mainly Shiite Muslims, killing at least 17 and wounding 37.';
  assert.equal(judge('Two bombs outside a café in Baghdad\'s mainly Shiite Sadriya district killed at least 30 people and wounded 37 in November 2013.', cafe, '2013-11-25').label, 'false');
  assert.equal(judge('Two bombs outside a café in Baghdad\'s mainly Shiite Sadriya district killed at least 17 people and wounded 37 in November 2013.', cafe, '2013-11-25').label, 'supported');
});
