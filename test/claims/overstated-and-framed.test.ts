// Claims that overstate a true core, claims written as posts or headlines, and the conflicts that sit in
// a vote's side, a denied detail, a described name or a place set off by "of": each on a real corpus line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uncheckableReason } from '../../src/shared/claims/checkable.ts';
import { judgeClaim } from '../../src/shared/claims/judge-claim.ts';
import { statementOf, withoutFraming } from '../../src/shared/language/claim-text.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { coreOfClaim } from '../../src/shared/language/qualifier-core.ts';
import { isLocationNoun } from '../../src/shared/language/wordnet.ts';

function judge(claim: string, text: string, publishedAt: string) {
  const evidence = text.split(/(?<=\.)\s+(?=[A-Z])/).map((sentence) => ({ text: sentence, passageId: 'p1', publishedAt }));
  return judgeClaim(claim, evidence);
}

const SINABUNG = { text: 'Mount Sinabung in North Sumatra, Indonesia, erupts. There are no reports of injuries or fatalities.', day: '2018-02-19' };

test('a qualifier phrase comes off the core: set off by dashes or commas, "as the first …", "became the first … to", an adverb', () => {
  const core = (claim: string) => coreOfClaim(frameOf(claim));
  assert.equal(core('Mount Sinabung in North Sumatra erupted in February 2018 - its first eruption in more than 400 years - and no injuries were reported.'), 'Mount Sinabung in North Sumatra erupted in February 2018 - and no injuries were reported.');
  assert.equal(core('Pirates seized the luxury yacht Le Ponant off Somalia, the first ship ever hijacked by Somali pirates.'), 'Pirates seized the luxury yacht Le Ponant off Somalia');
  assert.equal(core('Alyssa Nakken made history in April 2022 as the first woman ever to coach in any of the major leagues.'), 'Alyssa Nakken made history in April 2022');
  assert.equal(core('The Catalan parliament unanimously passed a resolution in November 2015.'), 'The Catalan parliament passed a resolution in November 2015.');
  assert.equal(core('Fidel Castro appeared in public in Havana for the first time since 2006.'), 'Fidel Castro appeared in public in Havana.');
  assert.equal(core('Finland joined NATO in April 2023.'), undefined);
});

test('a true core with an overstated addition is misleading; with the addition stated it stands', () => {
  const claim = 'Mount Sinabung in North Sumatra erupted in February 2018 - its first eruption in more than 400 years - and no injuries were reported.';
  const judged = judge(claim, SINABUNG.text, SINABUNG.day);
  assert.equal(judged.label, 'misleading');
  assert.ok(judged.parts[0].comparison?.slots.some((slot) => slot.slot === 'qualifier' && slot.outcome === 'unstated'));
  assert.equal(judge('Mount Sinabung in North Sumatra erupted in February 2018 and no injuries were reported.', SINABUNG.text, SINABUNG.day).label, 'supported');
  // A core the sources don't report at all gives no verdict, whatever the qualifier.
  assert.equal(judge('Mount Merapi in Java erupted in May 2019, its first eruption in 400 years.', SINABUNG.text, SINABUNG.day).label, 'not enough evidence');
});

test('a vote against is the opposite of a vote in favour', () => {
  const lords = { text: 'Members of the House of Lords vote in favour of the Marriage (Same Sex Couples) Bill, paving the way for gay marriage in the United Kingdom.', day: '2013-06-04' };
  assert.equal(judge('The House of Lords voted against the same-sex marriage bill in June 2013.', lords.text, lords.day).label, 'false');
  assert.equal(judge('The House of Lords voted for the same-sex marriage bill in June 2013.', lords.text, lords.day).label, 'supported');
});

test('a detail the source says the event went without is a negation', () => {
  const talks = { text: 'The second part of the fifth round of the six-party talks on North Korea\'s nuclear weapons program end without any agreement being reached.', day: '2006-12-22' };
  const judged = judge('The six-party talks on North Korea\'s nuclear programme ended in December 2006 with an agreement.', talks.text, talks.day);
  assert.equal(judged.label, 'false');
  assert.deepEqual(judged.parts[0].comparison?.conflicts.map((slot) => [slot.slot, slot.source]), [['negation', 'no agreement']]);
  // The same words denied on both sides agree: "no injuries were reported" / "no reports of injuries".
  assert.equal(judge('Mount Sinabung erupted in February 2018 and no injuries were reported.', SINABUNG.text, SINABUNG.day).label, 'supported');
});

test('a participle set off by commas after a name describes it; the clause\'s own verb is the event', () => {
  const plea = { text: 'Jason Dalton, the suspect in six murders during a rampage in Kalamazoo, Michigan, in February 2016, pleads guilty to all counts.', day: '2019-01-07' };
  assert.equal(frameOf('Jason Dalton, accused of the February 2016 Kalamazoo shooting rampage, never admitted guilt.').main?.lemma, 'admit');
  assert.equal(judge('Jason Dalton, accused of the February 2016 Kalamazoo shooting rampage, never admitted guilt.', plea.text, plea.day).label, 'false');
});

test('a name after "the resort of" or "east of" is a place, and another place than the claim\'s conflicts', () => {
  assert.deepEqual(frameOf('Three people die in a shootout in the resort of Acapulco.').places.map((place) => place.surface), ['Acapulco']);
  assert.deepEqual(frameOf('Helicopters find the wreckage in mountains east of Kabul.').places.map((place) => place.surface), ['Kabul']);
  const shootout = { text: 'Three people die in a shootout between Mexican security forces and gunmen in the resort of Acapulco.', day: '2011-04-04' };
  assert.equal(judge('Three people died in a shootout between Mexican security forces and gunmen in Cancún in April 2011.', shootout.text, shootout.day).label, 'false');
  assert.ok(isLocationNoun('mountain') && isLocationNoun('outskirts') && !isLocationNoun('government') && !isLocationNoun('minister'));
});

test('a post or headline is judged on the statement it frames', () => {
  assert.equal(withoutFraming('Felt it in Hobart?? A magnitude 6.1 earthquake struck southern Tasmania in June 2022.'), 'A magnitude 6.1 earthquake struck southern Tasmania in June 2022.');
  assert.equal(withoutFraming('Plot twist of 2012: Kazakhstan thanked Sacha Baron Cohen for his Borat character.'), 'In 2012, Kazakhstan thanked Sacha Baron Cohen for his Borat character.');
  assert.equal(withoutFraming('Never forget: in August 2016 Obama declared a federal emergency in Louisiana.'), 'In August 2016 Obama declared a federal emergency in Louisiana.');
  assert.equal(withoutFraming('BREAKING: NATO troops enter Kosovo 🚨 #NATO #Kosovo'), 'NATO troops enter Kosovo');
  assert.equal(withoutFraming('The deadliest attack on Yemen EVER, says NATO'), 'The deadliest attack on Yemen ever, says NATO');
  assert.equal(withoutFraming('Did you know that Finland joined NATO in 2023?'), 'Finland joined NATO in 2023.');
  // A named speaker before a colon is part of the claim; a plain claim is left alone.
  assert.equal(withoutFraming('Obama: We will leave Afghanistan by the end of the year.'), 'Obama: We will leave Afghanistan by the end of the year.');
  assert.equal(statementOf('Finland joined NATO in 2023.'), 'Finland joined NATO in 2023.');
  assert.equal(uncheckableReason(withoutFraming('Did you know that Finland joined NATO in 2023?')), undefined);
  assert.match(uncheckableReason(withoutFraming('Who won the 2022 World Cup?')) ?? '', /question/);
});

test('a qualifier\'s country said another way is stated ("the first American president" / "the first U.S. President")', () => {
  const source = 'President Barack Obama becomes the first U.S. President to meet with Burma\'s military government.';
  const evidence = [{ text: source, passageId: 'p1', publishedAt: '2009-11-15' }];
  assert.equal(judgeClaim('In November 2009 Barack Obama became the first American president to meet Burma\'s military government.', evidence).label, 'supported');
  assert.equal(judgeClaim('In November 2009 Barack Obama became the first French president to meet Burma\'s military government.', evidence).label, 'misleading');
});

test('the same qualifier twice is checked twice: "its first doses …, the first country in Latin America"', () => {
  const evidence = [{ text: 'President Nicolás Maduro and his wife Cilia Flores receive their first doses of the Russian Sputnik V vaccine.', passageId: 'p1', publishedAt: '2021-03-06' }];
  assert.notEqual(judgeClaim('Did you know Venezuela, which got its first doses of Sputnik V in March 2021, was the first country in Latin America to receive the Russian vaccine?', evidence).label, 'supported');
});

test('a post of several sentences is judged sentence by sentence; a word of reaction before it is no part', () => {
  assert.equal(withoutFraming('Unreal. Two DJs from Sydney prank-called the hospital.'), 'Two DJs from Sydney prank-called the hospital.');
  assert.equal(withoutFraming('Dr. Fauci said the vaccine works in most people.'), 'Dr. Fauci said the vaccine works in most people.');
  const evidence = [
    { text: 'Finland officially joins NATO, becoming the 31st member of the military alliance.', passageId: 'p1', publishedAt: '2023-04-04' },
    { text: 'Sweden officially joins NATO as its 32nd member.', passageId: 'p2', publishedAt: '2024-03-07' },
  ];
  const judged = judgeClaim('Finland joined NATO in 2023. Sweden joined NATO in 2024.', evidence);
  assert.equal(judged.label, 'supported');
  assert.equal(judged.parts.length, 2);
});

test('a place that bounds a qualifier\'s kind is the qualifier\'s scope, not where the event happened', () => {
  const evidence = [{ text: 'Venezuela receives its first shipment of 100,000 doses of the Sputnik V vaccine.', passageId: 'p1', publishedAt: '2021-02-13' }];
  // Not "false: the source places this event in Venezuela, not Latin America", and not supported either.
  assert.equal(judgeClaim('Venezuela was the first country in Latin America to receive Sputnik V.', evidence).label, 'misleading');
  const hanoi = [{ text: 'Donald Trump and Kim Jong-un meet in Singapore for their first summit.', passageId: 'p1', publishedAt: '2018-06-12' }];
  assert.equal(judgeClaim('Donald Trump and Kim Jong-un met for their first summit in Hanoi in June 2018.', hanoi).label, 'false');
});
