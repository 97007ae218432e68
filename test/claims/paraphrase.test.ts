// An event put in other words (the verb unrelated to the claim's, every other slot and word stated), a
// prefix written with a hyphen, a person not found as their country nor as the
// organisation they belong to, and roles named across the verb.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeClaim } from '../../src/shared/claims/judge-claim.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { findName, findPerson } from '../../src/shared/language/compare-names.ts';
import { mendLemma } from '../../src/shared/language/mend-tags.ts';
import { wordsRelate } from '../../src/shared/language/wordnet.ts';
import { coreOfClaim } from '../../src/shared/language/qualifier-core.ts';

function judge(claim: string, text: string, publishedAt: string) {
  return judgeClaim(claim, [{ text, passageId: 'p1', publishedAt }]);
}

test('a sentence stating every slot and word of the claim, its verb put another way, supports it', () => {
  const phone = { text: 'The New York Times reports that a cell phone belonging to Osama bin Laden\'s courier contains contacts with Harakat-ul-Mujahedeen indicating possible ties with Pakistan\'s intelligence agencies.', day: '2011-06-24' };
  assert.equal(judge('According to The New York Times, a cellphone belonging to bin Laden\'s courier held contacts with Harakat-ul-Mujahedeen, hinting at ties to Pakistani intelligence.', phone.text, phone.day).label, 'supported');
  // A word the source lacks leaves it open.
  assert.equal(judge('According to The New York Times, a cellphone belonging to bin Laden\'s courier held contacts with Harakat-ul-Mujahedeen, hinting at ties to Pakistani intelligence and to Iran.', phone.text, phone.day).label, 'not enough evidence');
});

test('a verb that can be turned round, a denial or a particle never passes as a paraphrase', () => {
  // "fell below" / "passes": either could be the other turned round.
  const spain = { text: 'Spain\'s unemployment figure passes five million for the first time in nearly 17 years.', day: '2012-01-27' };
  assert.notEqual(judge('Spain\'s unemployment fell below five million in January 2012 for the first time in almost 17 years.', spain.text, spain.day).label, 'supported');
  // "called off" a strike is not "calls" one.
  const strike = { text: 'The Korean Confederation of Trade Unions calls a one day strike for July 2 in protest at the President of South Korea Lee Myung-bak\'s economic reform plans.', day: '2008-06-17' };
  assert.notEqual(judge('South Korea\'s Korean Confederation of Trade Unions called off a one-day strike against President Lee Myung-bak\'s economic reforms in June 2008.', strike.text, strike.day).label, 'supported');
  const ata = { text: 'DNA tests confirm Ata, an unusual six-inch-long mummy found in Chile in 2003, to be the remains of a newborn human with genetic mutations.', day: '2018-03-22' };
  assert.notEqual(judge('DNA tests showed that Ata, the six-inch mummy found in Chile in 2003, was not human.', ata.text, ata.day).label, 'supported');
});

test('a prefix written with a hyphen is the dictionary\'s one word', () => {
  assert.equal(mendLemma('co-ordinated', 'co-ordinated'), 'coordinate');
  assert.equal(mendLemma('pre-empted', 'pre-empted'), 'preempt');
  // "re-sign" is not "resign".
  assert.equal(mendLemma('re-sign', 're-sign'), 're-sign');
  assert.equal(frameOf('Pakistan\'s ISI co-ordinated the attacks.').main?.lemma, 'coordinate');
});

test('a person is not found as their country, nor as another official of it', () => {
  const [claimNames, sourceNames] = [frameOf('India\'s Foreign Secretary Nirupama Rao said it.').names, frameOf('India\'s Home Secretary G. K. Pillai states it.').names];
  const rao = claimNames.find((name) => name.surface.includes('Rao'))!;
  assert.equal(findName(sourceNames, rao)?.surface, 'India');
  assert.equal(findPerson(sourceNames, rao), undefined);
  // A capital speaking for its country is still found.
  const moscow = frameOf('Moscow told Russians not to travel.').names[0];
  assert.equal(findPerson(frameOf('Russia tells its citizens not to travel.').names, moscow)?.surface, 'Russia');
  const pillai = { text: 'India\'s Home Secretary G. K. Pillai states Pakistan\'s intelligence agency Inter-Services Intelligence (ISI) co-ordinated the 2008 Mumbai attacks.', day: '2010-07-14' };
  assert.equal(judge('India\'s Foreign Secretary Nirupama Rao said in July 2010 that Pakistan\'s ISI had coordinated the 2008 Mumbai attacks.', pillai.text, pillai.day).label, 'false');
  assert.equal(judge('India\'s Home Secretary G. K. Pillai said in July 2010 that Pakistan\'s ISI had coordinated the 2008 Mumbai attacks.', pillai.text, pillai.day).label, 'supported');
});

test('what failed or was called off is the event, denied', () => {
  assert.equal(frameOf('Bangladesh and Myanmar failed to agree on the return of Rohingya refugees.').main?.lemma, 'agree');
  assert.equal(frameOf('Bangladesh and Myanmar failed to agree on the return of Rohingya refugees.').main?.negated, true);
  const agreed = { text: 'Bangladesh\'s Foreign Minister A. H. Mahmood Ali and Myanmar\'s State Counsellor Aung San Suu Kyi agree to return Rohingya refugees from Bangladesh to Myanmar in a two-month period.', day: '2017-11-23' };
  assert.equal(judge('Bangladesh and Myanmar failed to agree on the return of Rohingya refugees in November 2017.', agreed.text, agreed.day).label, 'false');
  const called = frameOf('China called off the planned December 2012 opening of its Beijing–Guangzhou high-speed rail line.').main;
  assert.deepEqual([called?.lemma, called?.negated], ['open', true]);
  const opened = { text: 'China officially opens the world\'s longest high-speed rail route, which links Beijing and Guangzhou.', day: '2012-12-26' };
  assert.equal(judge('China called off the planned December 2012 opening of its Beijing–Guangzhou high-speed rail line.', opened.text, opened.day).label, 'false');
  assert.equal(judge('China opened its Beijing–Guangzhou high-speed rail line in December 2012.', opened.text, opened.day).label, 'supported');
  const meeting = frameOf('The minister called off the meeting.').main;
  assert.deepEqual([meeting?.lemma, meeting?.negated], ['meet', true]);
});

test('a common noun for people, or a plural one, opening the sentence is no name', () => {
  assert.deepEqual(frameOf('Gunmen on motorbikes killed eight Shia Muslims in Quetta.').names.map((name) => name.surface), ['Shia Muslims', 'Quetta']);
  assert.deepEqual(frameOf('Scientists at the Hebrew University of Jerusalem say it.').names.map((name) => name.surface), ['Hebrew University of Jerusalem']);
  // A company, a party's people, and a group named with "of" stay names.
  assert.deepEqual(frameOf('Apple sued Samsung.').names.map((name) => name.surface), ['Apple', 'Samsung']);
  assert.deepEqual(frameOf('Democrats won the House.').names.map((name) => name.surface), ['Democrats', 'House']);
  assert.equal(frameOf('Supporters of Donald Trump stormed the United States Capitol.').names[0].surface, 'Supporters of Donald Trump');
  const hebrew = { text: 'The molecular basis for the breakage of DNA, an important process in the development of cancer, has been identified by Hebrew University of Jerusalem scientists.', day: '2008-01-01' };
  assert.equal(judge('Scientists at the Hebrew University of Jerusalem say they have identified the molecular basis of DNA breakage, a key process in the development of cancer.', hebrew.text, hebrew.day).label, 'supported');
});

test('a noun\'s own kind one step up names it ("corpses" are "bodies"); an expected event is not one that happened', () => {
  assert.equal(wordsRelate('corpse', 'body', 'noun'), true);
  // Two steps up still needs a specific kind: a person is no "ruler".
  assert.equal(wordsRelate('ruler', 'person', 'noun'), false);
  const found = { text: 'Proactiva notes the finding of five corpses the Libyan coast; these were floating near two capsized boats which could each hold more than 100 people.', day: '2016-07-30' };
  assert.equal(judge('The rescue group Proactiva found five bodies off the Libyan coast, floating near two capsized boats that could each carry more than 100 people.', found.text, found.day).label, 'supported');
  const poll = { text: 'A surge for the yes-campaign culminates with a poll from YouGov and The Sunday Times showing that a majority will vote in favor of Scottish independence.', day: '2014-09-06' };
  assert.equal(judge('Scotland voted Yes to independence in the September 2014 referendum.', poll.text, poll.day).label, 'not enough evidence');
});

test('a qualifier phrase after "in" or "as", with its possessor, leaves the core', () => {
  const claim = 'A train carrying toxic chemicals derailed near Wetteren in May 2013, killing two people in Belgium\'s deadliest rail accident ever.';
  assert.equal(coreOfClaim(frameOf(claim)), 'A train carrying toxic chemicals derailed near Wetteren in May 2013, killing two people');
});

test('a person is not the organisation they belong to, and a party named across the verb swaps the roles', () => {
  // "Mike Wallace of America's CBS News": the country's network is not the person who asked the questions.
  const interview = { text: 'Vladimir Putin gives an interview to Mike Wallace of America\'s CBS News in his residence.', day: '2005-05-03' };
  assert.notEqual(judge('Vladimir Putin gave an interview to Lesley Stahl of CBS News in his residence.', interview.text, interview.day).label, 'supported');
  assert.equal(judge('Vladimir Putin gave an interview to Mike Wallace of CBS News in his residence.', interview.text, interview.day).label, 'supported');
  const raid = { text: 'British soldiers kill at least three Iraqi police in a friendly fire incident near the city of Basra.', day: '2006-05-03' };
  assert.equal(judge('Iraqi police killed at least three British soldiers in a friendly-fire incident near Basra.', raid.text, raid.day).label, 'false');
  const border = { text: 'American troops kill at least 12 Pakistani soldiers in a cross-border incident.', day: '2011-05-03' };
  assert.equal(judge('Pakistani troops killed at least 12 American soldiers in a cross-border incident in May 2011.', border.text, border.day).label, 'false');
  assert.equal(judge('American troops killed at least 12 Pakistani soldiers in a cross-border incident in May 2011.', border.text, border.day).label, 'supported');
});
