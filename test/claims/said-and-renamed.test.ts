// What one speaker said, said with another verb ("warned that" / "claims that"); who spoke, not their country;
// things named two ways (a compound's head, a sibling noun after the same modifier); the tagger's verbs read as
// adjectives or nouns; a toll of "one dead"; an Arabic article inside a name. Every sentence here is made up
// for the test, not taken from a dev set. Also: shouted words, names spelt two ways, a verb after "and" sharing its
// subject, and who applies in "Finland's NATO application".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { compareFrames } from '../../src/shared/claims/compare-frames.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { statementOf } from '../../src/shared/language/claim-text.ts';
import { compareNames } from '../../src/shared/language/compare-names.ts';
import { analyse } from '../../src/shared/language/nlp.ts';

test('a verb that puts forward a clause frames the event: the clause is compared, either verb of saying', () => {
  const source = 'Portuguese deputy finance minister Oleg Marsk claims that Portugal may face at least three quarters of recession.';
  assert.equal(judge("In May 2009 Portugal's deputy finance minister, Oleg Marsk, warned that the country could face at least three quarters of recession.", source, '2009-05-12'), 'supported');
  assert.equal(judge("In May 2009 Portugal's deputy finance minister, Oleg Marsk, warned that the country could face at least six quarters of recession.", source, '2009-05-12'), 'false');
  assert.equal(frameOf('An early inquiry into the crash suggests that the pilot tried to abort the take-off.').main?.lemma, 'abort');
  assert.equal(frameOf('Early findings into the crash indicated that the pilot had tried to abort the take-off.').main?.lemma, 'abort');
});

test('the same speaker saying it in other words is found by the saying, not by an event of a known kind', () => {
  const source = 'Mira Holt, the head of the Relief Agency, warns that "abuses" have occurred in recent days in the siege of Tarn.';
  assert.equal(judge('Relief Agency head Mira Holt warned in June 2016 that abuses had been committed in the siege of Tarn in recent days.', source, '2016-06-03'), 'supported');
  // A known event turned round is no restatement: "would expand the league" against "will shut down the league".
  const league = 'The Northern Hockey Union announces that it will shut down its junior league, the Tarn League.';
  assert.notEqual(judge('The Northern Hockey Union announced in May 2007 that it would expand the Tarn League, its junior league.', league, '2007-05-30'), 'supported');
});

test('who spoke is the person named, not the country before the title', () => {
  const source = "Vardonia's Prime Minister Ilan Brest vows to hunt down rebels threatening to kill him.";
  const claim = '"We will hunt down the rebels who are threatening to kill me" – Vardonia\'s president Omar al-Sadiq, June 2004';
  assert.equal(judge(claim, source, '2004-06-20'), 'not enough evidence');
  assert.deepEqual(frameOf("Vardonia's president Omar al-Sadiq spoke.").names.map((name) => name.surface), ['Vardonia', 'Omar al-Sadiq']);
});

test('a kind named by a compound of the other word, and a sibling head after the same modifier, name one thing', () => {
  assert.equal(judge('Vardonian army troops backed by Kestrian warplanes attacked rebels near Tarn in May 2015.', 'Vardonian army forces backed by Kestrian planes attack rebels near Tarn.', '2015-05-04'), 'supported');
  const council = "Vardonia's election council claims that 91.2% of voters backed the new constitution with a 41% turnout.";
  assert.equal(judge("Vardonia's election commission reported in March 2014 that 91.2 percent of voters backed the new constitution, on a turnout of 60 percent.", council, '2014-03-10'), 'false');
});

test('a name\'s words are no rival of a common noun the claim adds', () => {
  const source = 'Five people are injured after a gas explosion at Harlow Steel, in the suburb of Granite Falls, Illinois.';
  assert.equal(judge('Five people were injured in a gas explosion at a Harlow Steel plant in Gary, Indiana, in March 2013.', source, '2013-03-07'), 'false');
});

test('the tagger\'s verbs: a past before its particle, a plural noun joined to a verb, a light verb before "on"', () => {
  const rounded = analyse('Police in Tarn rounded up dozens of protesters.').find((token) => token.lower === 'rounded')!;
  assert.equal(rounded.pos, 'VERB');
  assert.equal(frameOf('Police in Tarn rounded up dozens of protesters.').main?.keys.includes('arrest'), true);
  assert.equal(frameOf('A shell hits and injures several people at the Tarn Fair.').main?.lemma, 'hit');
  assert.equal(frameOf('Dock workers in Tarn went on strike in May.').main?.lemma, 'strike');
  assert.equal(frameOf('Storm Kira came ashore near Tarn.').main?.keys.includes('hit'), true);
});

test('what a two-sided event is done to is its place when no side names a doer', () => {
  const source = 'A shell hits and injures several people at the Tarn International Fair. The Vardonian Monitor says four people have died.';
  assert.equal(judge('A shell struck the Tarn International Fair in May 2017, and the Vardonian Monitor said four people were killed.', source, '2017-05-20'), 'supported');
});

test('"one dead" is a count in a toll, "one of them" is not', () => {
  const quantities = (text: string) => frameOf(text).quantities.map((quantity) => quantity.value);
  assert.deepEqual(quantities('A coach crashes in Kestria, leaving one dead and 12 injured.'), [1, 12]);
  assert.deepEqual(quantities('One of them arrived one day later.'), []);
  assert.equal(judge('Coach crashes in Vardonia: 1 dead, 12 hurt (May 2018)', 'A coach travelling to Tarn crashes in Kestria, leaving one dead and 12 injured.', '2018-05-14'), 'false');
});

test('voters who elect no one named stay the ones who elect', () => {
  const source = 'Bhutanese vote in a general election to elect the 120 members of the ninth National Council.';
  assert.equal(judge('Bhutan went to the polls in May 2026 to elect the 150 members of its ninth National Council.', source, '2026-05-22'), 'false');
  assert.equal(judge('Bhutan went to the polls in May 2026 to elect the 120 members of its ninth National Council.', source, '2026-05-22'), 'supported');
});

test('a country\'s government or authorities are the country where the source names it', () => {
  const source = 'The rights group Open Cells accuses Syria of hiding hundreds of detainees during a visit by Arab League monitors.';
  assert.equal(judge('In May 2012 Open Cells accused the Syrian authorities of hiding hundreds of detainees from visiting Arab League monitors.', source, '2012-05-28'), 'supported');
  assert.notEqual(judge('In May 2012 Open Cells accused the Iraqi authorities of hiding hundreds of detainees from visiting Arab League monitors.', source, '2012-05-28'), 'supported');
});

test('a shouted common word is the word, and a qualifier phrase after a dash does not take the event', () => {
  assert.match(statementOf('Kestria just reported 9,130 new cases in a single day - the most ANY country has EVER recorded.'), /the most any country has ever recorded/);
  assert.match(statementOf('The WHO says NATO troops left.'), /The WHO says NATO troops left/);
  assert.match(statementOf('Pope Leo XIV met the IMF chief.'), /Pope Leo XIV met the IMF chief/);
  assert.equal(frameOf('Portugal reported 9,130 new cases in a single day - the most any country has ever recorded.').main?.lemma, 'report');
  const source = 'Portugal reports a record 9,130 new cases in the past 24 hours, bringing its total to 1.2 million.';
  assert.equal(judge('Portugal just reported 9,130 new cases in a single day (2 May 2022) - the most ANY country has EVER recorded.', source, '2022-05-02'), 'misleading');
});

test('a name spelt one letter apart inside a long word is the same name; at the end it is another', () => {
  const same = (left: string, right: string) => compareNames(frameOf(`We heard that ${left} spoke.`).names[0], frameOf(`We heard that ${right} spoke.`).names[0]);
  assert.equal(same('Al-Qaeda', 'Al Qaida'), 'same');
  assert.equal(same('Muammar Gaddafi', 'Muammar Gadhafi'), 'same');
  assert.equal(same('Mark Ramos', 'Mark Ramon'), 'different');
});

test('a verb after "and" shares the subject of the verb before it, not a name in that verb\'s phrase', () => {
  const demand = frameOf('Turkey and Russia react angrily to the British government and demand an explanation.').predicates.find((predicate) => predicate.lemma === 'demand')!;
  assert.deepEqual(demand.agents.map((name) => name.surface), ['Turkey', 'Russia']);
  const arrest = frameOf('Police clashed with protesters in Paris and Lyon and arrested 20.').predicates.find((predicate) => predicate.lemma === 'arrest')!;
  assert.deepEqual(arrest.agents, []);
});

test('in "Finland\'s NATO application" Finland applies and NATO is applied to', () => {
  const comparison = compareFrames(frameOf('Norway applied for NATO membership in March 2023.'), frameOf('The Turkish Parliament votes to accept Finland\'s NATO application.', { publishedAt: '2023-03-30' }));
  assert.deepEqual(comparison.conflicts.map((slot) => [slot.slot, slot.claim, slot.source]), [['actor', 'Norway', 'Finland']]);
});

test('an irregular past read as a noun after a year, "holds a meeting with", and an event noun opening the sentence', () => {
  assert.equal(judge('Flooding in Kestria\'s Tarn province in May 2010 left one person dead and three missing.', 'Floods leave 1 dead, 3 missing in the Kestrian province of Tarn.', '2010-05-06'), 'supported');
  assert.equal(judge('Foreign minister Ilan Brest sat down with FARC leaders in March 2016.', 'Foreign minister Ilan Brest holds a meeting with leaders of FARC.', '2016-03-22'), 'supported');
  const clashes = compareFrames(frameOf('Police in Kestria clashed with supporters of the Tarn Front in May 2013.'), frameOf('Clashes break out between police and supporters of the Tarn Front in Kestria.', { publishedAt: '2013-05-19' }));
  assert.equal(clashes.sameEvent, true);
});

test('"both" standing for two named parties adds nothing; "both the Chamber and the Senate" says two events', () => {
  const invite = 'Pope Leo invites Ilan Brest and Omar Sadiq to pray with him at the Vatican and the invitations are accepted.';
  assert.equal(judge('Pope Leo invites Ilan Brest and Omar Sadiq to pray with him at the Vatican – and both accept!', invite, '2014-05-25'), 'supported');
  const won = 'The Tarn Party and its allies win a supermajority in the Chamber of Deputies but not in the Senate.';
  assert.notEqual(judge('The Tarn Party and its allies won a supermajority in both the Chamber of Deputies and the Senate in June 2024.', won, '2024-06-09'), 'supported');
});

test('people a number counts are the same people when one side says only "people"; two kinds of people are not', () => {
  assert.equal(judge('Police arrested nine young people over attacks on shops in Tarn in May 2014.', 'Nine youths are arrested over attacks on shops in Tarn.', '2014-05-03'), 'supported');
  assert.notEqual(judge('Gunmen killed nine soldiers in Tarn in May 2014.', 'Gunmen kill nine civilians in Tarn.', '2014-05-03'), 'supported');
  assert.notEqual(judge('Kestrian militants fired rockets at Tarn in May 2014.', 'Kestrian civilians fire rockets at Tarn.', '2014-05-03'), 'supported');
  // A word inside another is not stated: "man" is not in "woman".
  assert.notEqual(judge('A young man was arrested in Tarn in May 2014.', 'A young woman is arrested in Tarn.', '2014-05-03'), 'supported');
});

test('a word before a common noun that a name then names describes the name; a person\'s nationality does not', () => {
  assert.equal(judge('A mob attacked a refugee camp in the East Timorese capital Dili in June 2006.', 'An angry mob in Dili, East Timor, attacks a refugee camp.', '2006-06-28'), 'supported');
  assert.equal(judge('Israeli soldier Omar Sadiq was killed in Tarn in May 2014.', 'Syrian soldier Omar Sadiq is killed in Tarn.', '2014-05-03'), 'false');
  // Words joined to a particle: "13 on board" / "13 people aboard".
  assert.equal(judge('A Tarn Air plane with 13 on board vanished after take-off in June 2019.', 'A Tarn Air plane goes missing after takeoff. All 13 people aboard are presumed dead.', '2019-06-03'), 'supported');
});

test('a short question after the statement and a dated heading before it frame the claim', () => {
  assert.equal(statementOf("Tarn 2016 men's hockey final: Kestria beat Vardonia 5-4 on penalties to take the gold. Payback for 2014?"), 'In 2016, Kestria beat Vardonia 5-4 on penalties to take the gold.');
  // A speaker's label stays: what they said is the claim.
  assert.match(statementOf('Obama: We will win in 2008.'), /^Obama/);
  // A yes/no question on its own is the claim it asks about, which is what a user means by asking it.
  assert.equal(statementOf('Did Finland join NATO? Is that true?'), 'Finland joined NATO.');
});

test('idioms of news English: a bomb going off, sending a letter, making someone president', () => {
  assert.deepEqual(frameOf('A truck bomb went off at a base in Tarn.').main?.keys, ['explode']);
  assert.equal(judge('President Omar Sadiq sent a letter to Ilan Brest in May 2007 urging him to disclose Tarn\'s arms programme.', 'President Omar Sadiq writes to Ilan Brest asking him to fully disclose Tarn\'s arms program.', '2007-05-06'), 'supported');
  assert.ok(frameOf('The Tarn Council made Omar Sadiq president of the league.').main?.keys.includes('appoint'));
});
