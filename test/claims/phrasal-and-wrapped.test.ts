// Readings added from blind set fresh26 and the seen sets' misses (session 32): verbs WordNet joins to their particle,
// a market's close, going on against stopping, what a claim says did not happen alongside its event, a qualifier the
// item's next sentence gives, "both X and Y", prefixed verbs written with a hyphen, taking a prize, firing on someone,
// and claims wrapped in a quote and a question. Every sentence is made up for the test; the Academy Awards and
// Malaysia Airlines Flight 17 are real names because the gazetteer knows them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { judgeClaim } from '../../src/shared/claims/judge-claim.ts';
import { uncheckableReason } from '../../src/shared/claims/checkable.ts';
import { withoutFraming } from '../../src/shared/language/claim-text.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { compareNames } from '../../src/shared/language/compare-names.ts';

/** Whether the sentence's reading of the verb or noun with this lemma is hypothetical (not done). */
const hypothetical = (text: string, lemma: string) => frameOf(text).predicates.find((predicate) => predicate.lemma === lemma)?.hypothetical;

test('a verb WordNet joins to its particle is that verb\'s event, and still its own verb', () => {
  assert.equal(frameOf('The ministry said it would look into claims that guards sold the files.').predicates.some((predicate) => predicate.lemma === 'look into'), true);
  assert.match(judge('The Norland ministry said in May 2005 it would look into claims that guards sold prison files.', 'The Norland ministry announces it will investigate allegations that guards sold prison files.', '2005-05-12'), /supported/);
  assert.match(judge('The Tarvik council voted in March 2010 to take out a page signed by the ambassador.', 'The Tarvik council votes to remove a page signed by the ambassador.', '2010-03-02'), /supported/);
  // A particle that only says where to is no part of the verb.
  const went = frameOf('The senator went down to Tarvik and toured two camps.').predicates.map((predicate) => predicate.lemma);
  assert.equal(went.includes('go') && !went.includes('go down'), true);
  // "had not paid off" is still a payment: the source saying it was paid refutes it.
  assert.equal(judge('Norland still had not paid off its war debt in October 2010.', 'Norland pays the last of its war debt.', '2010-10-03'), 'false');
});

test('a market\'s close says which way it went', () => {
  const source = 'The Tarvik Composite Index closes above 9000 for the first time since January.';
  assert.equal(judge('In July 2009 the Tarvik Composite Index slipped below 9,000 for the first time since January.', source, '2009-07-23'), 'false');
  assert.match(judge('In July 2009 the Tarvik Composite Index rose above 9,000 for the first time since January.', source, '2009-07-23'), /supported/);
});

test('going on is the opposite of suspending, keeping open of closing, restarting of cancelling', () => {
  assert.equal(judge('Norland said it would keep importing Velmar wheat in May 2013.', 'Norland suspends imports of wheat from Velmar.', '2013-05-30'), 'false');
  assert.equal(judge('The agency\'s board voted in December 2015 to keep open its inquiry into the Tarvik reactor.', 'The agency\'s board closes its inquiry into the Tarvik reactor.', '2015-12-15'), 'false');
  assert.equal(judge('Norland\'s bishops restarted their talks with the government in May 2018.', 'Norland\'s bishops cancel their planned talks with the government.', '2018-05-24'), 'false');
  assert.equal(judge('Tarvik\'s unemployment fell below five million in January 2012.', 'Tarvik\'s unemployment passes five million for the first time.', '2012-01-27'), 'false');
  assert.equal(judge('The institute said in November 2006 that the Velmar report would not be made public.', 'The institute announces that the Velmar report will be released to the public on 6 December.', '2006-11-29'), 'false');
  // Staying on as leader is going on as leader.
  assert.match(judge('Ivo Marek said in January 2011 that he would stay on as party leader.', 'Ivo Marek declares that he is to continue as party leader.', '2011-01-21'), /supported/);
});

test('talks that broke down are not restated by talks resumed', () => {
  assert.equal(judge('Talks between Tarvik\'s owners and players broke down in February 2011.', 'Owners and players in Tarvik resume talks to avoid a lockout.', '2011-02-09'), 'not enough evidence');
});

test('what the claim says did not happen alongside its event is compared where the source reports it', () => {
  assert.equal(judge('Two men arrested in Velmar in May 2007 were released without being charged.', 'Two men are charged in Velmar with funding the Norland Front.', '2007-05-01'), 'false');
});

test('the item\'s next sentence may give the qualifier, unless it ranks within a city', () => {
  const found = (claim: string, ...texts: string[]) => judgeClaim(claim, texts.map((text) => ({ text, passageId: 'p1', publishedAt: '2012-08-19' }))).label;
  assert.match(found('Two bombs went off near government buildings in Tarvik in August 2012, killing two people in the first bomb attacks since the civil war ended.', 'Two explosions strike near government buildings in Tarvik, killing two people.', 'These are the first bomb attacks since the end of the civil war.'), /supported/);
  assert.equal(found('The Tarvik council approved a tax on sugary drinks in August 2012, the first soda tax anywhere in Norland.', 'The Tarvik council approves a tax on sugary drinks.', 'This is the first sugary drinks tax in a major Norland city.'), 'misleading');
});

test('"both X and Y" is stated when the source names both, not when it denies one', () => {
  assert.match(judge('Ivo Marek said in January 2011 that he would stay on as leader of both his party and the country.', 'Ivo Marek declares that he is to continue as leader of party and country.', '2011-01-21'), /supported/);
  assert.equal(judge('The Velmar alliance won a supermajority in both the lower house and the Senate in June 2024.', 'The Velmar alliance wins a supermajority in the lower house but not in the Senate.', '2024-06-09'), 'misleading');
});

test('tagger repairs: a hyphenated prefixed verb, a plural opening the sentence before a place', () => {
  const reopened = frameOf('Norland and Velmar re-open their only border crossing.');
  assert.equal(reopened.main?.lemma, 'reopen');
  assert.deepEqual(reopened.main?.agents.map((agent) => agent.surface), ['Norland', 'Velmar']);
  assert.match(judge('Norland and Velmar reopened their only border crossing in March 2010.', 'Norland and Velmar re-open their only border crossing for trade.', '2010-03-01'), /supported/);
  assert.equal(frameOf('Floods in Tarvik swept two carriages away.').names.some((name) => name.surface === 'Floods'), false);
  // A base verb after a plural subject and the place it is in ("Floods in Tarvik sweep …").
  assert.equal(frameOf('Floods in Tarvik sweep two train carriages into a river.').main?.lemma, 'sweep');
});

test('an infinitive in a phrase set off by commas is not the event; the clause\'s verb after it is', () => {
  assert.equal(frameOf('The Norland Polar Year, a $1.5 billion programme to study the poles, was launched in Tarvik.').main?.lemma, 'launch');
  assert.equal(judge('The Norland Polar Year, a programme to study the poles, was launched in Velmar in March 2007.', 'The Norland Polar Year, a research programme to study the poles, is launched in Tarvik.', '2007-03-01'), 'false');
});

test('taking a prize is winning it; firing on people is attacking, not dismissing', () => {
  assert.match(judge('The film Velmar takes 8 Oscars including Best Picture.', 'Velmar wins eight Academy Awards, including Best Picture.', '2009-02-22'), /supported/);
  assert.match(judge('Tarvik police opened fire on demonstrators in the capital in April 2015.', 'Police in Tarvik fire on protesters in the capital.', '2015-04-27'), /supported/);
  assert.equal(frameOf('Police fire on protesters in the capital.').main?.keys.includes('fire'), false);
});

test('a flight\'s number is part of its name, and a code typed in lower case is its capitals', () => {
  assert.equal(frameOf('More wreckage from Malaysia Airlines Flight 17 is discovered.').names.some((name) => name.actor === 'Malaysia Airlines Flight 17'), true);
  assert.equal(withoutFraming('did they find more mh17 wreckage?').includes('MH17'), true);
});

test('a claim wrapped in a quote, a cleft question or an embedded question is checked', () => {
  assert.equal(withoutFraming('Saw this on a forum: "Floods in Tarvik killed 12 people in March 2015, all of them children." Is that accurate?'), 'Floods in Tarvik killed 12 people in March 2015, all of them children.');
  assert.equal(withoutFraming('My cousin posted: "Norland banned whaling in 2020." Real or fake?'), 'Norland banned whaling in 2020.');
  assert.equal(withoutFraming('Was it in October 2016 that Ivo Marek became the league\'s top scorer?'), 'Ivo Marek became the league\'s top scorer in October 2016.');
  assert.equal(withoutFraming('Is it true that Norland joined the alliance in 2023?'), 'Norland joined the alliance in 2023.');
  // "Will" inside a name is no prediction; a modal inside an embedded question is no opinion.
  assert.equal(uncheckableReason('A tornado destroyed the terminal of Will Rogers World Airport in 2015.'), undefined);
  assert.equal(uncheckableReason('Talks stalled in November 2013 over who should become prime minister.'), undefined);
  assert.match(uncheckableReason('The government should raise taxes.') ?? '', /should happen/);
  assert.match(uncheckableReason('Norland will join the alliance in 2030.') ?? '', /prediction/);
});

test('acts only talked of, urged, allowed or still to come are not done (well-known claims asked of the demo corpus)', () => {
  assert.equal(hypothetical('Velm says Norland could begin its formal process of withdrawing from the Union.', 'withdraw'), true);
  assert.equal(hypothetical('The governing party approves the country joining the alliance.', 'join'), true);
  assert.equal(hypothetical('The president says it is his country\'s right to join the alliance.', 'join'), true);
  assert.equal(hypothetical('Ivo Marek is criticised for persuading the voters to remain in the Union.', 'remain'), true);
  assert.equal(hypothetical('Norland and Velmar reach an agreement to keep Tarvik in the customs area.', 'keep'), true);
  assert.equal(hypothetical('Citizens will be able to apply for a permit after Norland leaves the Union.', 'leave'), true);
  // Done: the act itself, and a past one in a clause of time.
  assert.equal(hypothetical('Norland formally withdraws from the Union.', 'withdraw'), false);
  assert.equal(hypothetical('Citizens applied for permits after Norland left the Union.', 'leave'), false);
  // None of them backs the act on that day.
  assert.equal(judge('Norland joined the alliance in 2022.', 'The governing party approves Norland joining the alliance.', '2022-05-15'), 'not enough evidence');
});

test('an event named after a preposition of time or as what is talked of is not dated by the day', () => {
  assert.notEqual(judge('Norland left the Union in 2016.', 'Union leaders advise Norland that, after their Union exit, it must allow free movement.', '2016-06-29'), 'supported');
  assert.notEqual(judge('Norland left the Union in 2016.', 'Velm warns Norland of dire consequences of exit from the Union.', '2016-06-27'), 'supported');
});

test('a law entering into force is no joining; a word between an article and a noun is no verb', () => {
  assert.equal(frameOf('The Norland–Velmar trade agreement enters into force at midnight.').main?.key, 'take effect');
  assert.equal(judge('Norland left the Union in 2020.', 'The Union–Norland trade agreement enters into force at midnight.', '2020-12-31'), 'not enough evidence');
  assert.equal(frameOf('The index may fall, according to the lead analyst at Velmar Bank.').predicates.some((predicate) => predicate.lemma === 'lead'), false);
});

test('what a vote is held on, and the object of an act still to come, are not done', () => {
  assert.equal(hypothetical('Velm offers a referendum on Norland withdrawal from the Union.', 'withdrawal'), true);
  assert.equal(hypothetical('The notification tomorrow will formally begin Norland\'s withdrawal from the Union.', 'withdrawal'), true);
  assert.equal(hypothetical('The notification formally began Norland\'s withdrawal from the Union.', 'withdrawal'), false);
});

test('an organisation\'s name runs on through "the" after its "for"; a party named on both sides of a verb swaps nothing', () => {
  assert.ok(frameOf('The Department for Exiting the Union is abolished.').names.some((name) => name.surface === 'Department for Exiting the Union'));
  const both = 'Norland\'s Union office and the Union mission are closed upon leaving the Union.';
  assert.notEqual(judge('Norland left the Union in 2020.', both, '2020-01-31'), 'false');
});

test('two names the same but for one word said with a synonym name the same thing', () => {
  const name = (text: string, first: string) => frameOf(text).names.find((mention) => mention.surface.startsWith(first))!;
  // A country's word in both (the gazetteer knows "Palestinian"), so neither is read as a person's name.
  const memorial = name('Velm attended a joint Palestinian Memorial Day event.', 'Palestinian');
  assert.equal(compareNames(memorial, name('Velm attended a joint Palestinian Remembrance Day ceremony.', 'Palestinian')), 'same');
  assert.equal(compareNames(memorial, name('Velm attended a joint Palestinian Independence Day parade.', 'Palestinian')), 'different');
});

test('a person named after a title is the same person with a given name spelt with other vowels', () => {
  // A real country (the gazetteer's), a made-up person.
  const source = 'The Prime Minister of Pakistan Yusuf Raza Velmani commences a state visit to Tarvik.';
  assert.match(judge('Pakistani Prime Minister Yousaf Raza Velmani began a state visit to Tarvik in May 2011.', source, '2011-05-17'), /supported/);
  assert.equal(judge('Pakistani Prime Minister Yousaf Raza Marek began a state visit to Tarvik in May 2011.', source, '2011-05-17'), 'false');
});

test('another place with nothing else anchoring the event but a bounded count is maybe another event of the kind', () => {
  const campus = 'A suicide bomber kills at least 40 people at a campus of Velm University in Tarvik.';
  assert.equal(judge('At least 21 people were killed when a suicide bomber struck a feast in the Ostra district of Tarvik.', campus, '2007-02-25'), 'not enough evidence');
  // An exact count, or a date, anchors it: another place then refutes the claim.
  assert.equal(judge('40 people were killed when a suicide bomber struck a campus of Ostra University in Tarvik.', 'A suicide bomber kills 40 people at a campus of Velm University in Tarvik.', '2007-02-25'), 'false');
});

test('an incident said to strike is the incident a source reports in other words', () => {
  const source = 'An earthquake of magnitude 8.7 is reported off the west coast of Tarvik.';
  assert.match(judge('A magnitude 8.7 quake struck off Tarvik in March 2005.', source, '2005-03-28'), /supported/);
  assert.equal(judge('A magnitude 6.2 quake struck off Tarvik in March 2005.', source, '2005-03-28'), 'false');
});

test('a purpose the source gives in other words is stated; another purpose is not', () => {
  const source = 'Velmar Electronics holds employee rallies in a bid to stem the recent huge increase in suicides by its employees.';
  assert.match(judge('Velmar Electronics staged rallies for its workers in August 2010 to try to halt a wave of suicides among its employees.', source, '2010-08-18'), /supported/);
  assert.equal(judge('Velmar Electronics staged rallies for its workers in August 2010 to celebrate record profits among its employees.', source, '2010-08-18'), 'misleading');
  // The same nouns with an act that turns the purpose round are not the purpose.
  const square = 'Tens of thousands of protesters meet in Zagreb\'s Ban Jelačić Square to express their support for indicted veterans and ask Prime Minister Ivo Marek\'s government to resign.';
  assert.doesNotMatch(judge('Tens of thousands gathered on Zagreb\'s Ban Jelačić Square in February 2011 to back indicted veterans and to show their support for Prime Minister Ivo Marek\'s government.', square, '2011-02-26'), /supported/);
});

test('a qualifier word joined by a hyphen to a noun names a kind of thing; "first-ever" still ranks', () => {
  assert.deepEqual(frameOf('Youths protested against the first-employment contract law.').qualifiers, []);
  assert.deepEqual(frameOf('It was the first-ever tornado in the city.').qualifiers, ['first', 'ever']);
  assert.deepEqual(frameOf('A record-breaking storm hit the coast.').qualifiers, ['record']);
});

test('the first round of a contest is its first stage', () => {
  const source = 'Reform parties win the first stage of the Norland parliamentary election with 37% of the vote.';
  assert.match(judge('Reform parties won the first round of Norland\'s parliamentary election in December 2011 with 37% of the vote.', source, '2011-12-04'), /supported/);
});

test('the names in an aside with a gerund are no subject of the clause\'s verb', () => {
  const source = 'Velm Ostrak, convicted of spying for Norland and on the army commander, Ivo Marek, is executed by hanging in Tarvik.';
  assert.deepEqual(frameOf(source).main?.patients.map((name) => name.surface), ['Velm Ostrak']);
  assert.notEqual(judge('Tarvik killed Ivo Marek.', source, '2020-07-20'), 'supported');
});

test('a relative who keeps telling one something passes it on; a year against a day and a named year is one changed date', () => {
  assert.equal(withoutFraming('Grandpa keeps telling me the band Velmar won the Tarvik Song Contest in 2008. Did that happen?'), 'The band Velmar won the Tarvik Song Contest in 2008.');
  assert.equal(judge('The band Velmar won the Tarvik Song Contest in 2008 with "Hard Rock Night".', 'The band Velmar wins the Tarvik Song Contest 2006 with the song "Hard Rock Night".', '2006-05-20'), 'false');
});

test('a capital after a label\'s colon opens the sentence; a longer gazetteer name is the name', () => {
  assert.equal(frameOf('Norland uprising: Heavy fighting is reported overnight in Tarvik.').names.some((name) => name.surface === 'Heavy'), false);
  assert.equal(frameOf('Film-maker Ivo Marek says the tomb held three ossuaries.').names.some((name) => name.surface === 'Film'), false);
  assert.ok(frameOf('Hundreds fled the camp, the UN refugee agency said.').names.some((name) => name.actor === 'UNHCR'));
});

test('a doer borrowed by a gerund after a preposition is no changed party', () => {
  // The gazetteer's names; the sentence made up after the shape of one in the corpus.
  const source = 'The Secretary of State for Leaving the European Union post is abolished at once upon leaving the EU.';
  assert.notEqual(judge('The UK left the EU in 2020.', source, '2020-01-31'), 'false');
});
