// Six false claims of blind sets fresh29 and fresh30 were rated supported on their first run (session 33); these are
// the readings that let them stand, each with made-up sentences: an unrelated event of the same people with the
// claim's place unstated, a city named after its country, another body's report, a list of names split into events,
// a result the item's other sentence gives someone else, a move the other way, and a thing described by a past
// participle dated by the day.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { judgeClaim } from '../../src/shared/claims/judge-claim.ts';
import { splitClaim } from '../../src/shared/claims/split-claim.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';

test('an event in unrelated words does not back a claim whose place it leaves unstated', () => {
  const source = 'The Brede Foundation announces that former Norland President Olan Brede has begun receiving hospice care.';
  assert.equal(judge('Former Norland president Olan Brede died in Velmar, Tarvik, in February 2023.', source, '2023-02-18'), 'not enough evidence');
});

test('a city named after its country is not that country', () => {
  const source = 'Sixteen people are killed when a bus collides with a dump truck on the outskirts of Omdurman, Khartoum, Sudan.';
  assert.equal(judge('Sixteen people died when a bus hit a dump truck on the edge of Port Sudan in December 2022.', source, '2022-12-27'), 'false');
  // The country itself is still placed by a city in it.
  assert.match(judge('Sixteen people died when a bus hit a dump truck in Sudan in December 2022.', 'Sixteen people are killed when a bus collides with a dump truck on the outskirts of Port Sudan.', '2022-12-27'), /supported/);
});

test('another body\'s name before the same noun is another party', () => {
  const source = 'A Velmar Rights Watch report states that Norland and Tarvik rely on weak assurances to send suspects back.';
  assert.equal(judge('An Ostland Liberty Union report in April 2005 said Norland and Tarvik were relying on weak assurances to send suspects back.', source, '2005-04-15'), 'false');
  assert.match(judge('A Velmar Rights Watch report in April 2005 said Norland and Tarvik were relying on weak assurances to send suspects back.', source, '2005-04-15'), /supported/);
});

test('"and" closing a list of names joins them, it does not split the claim', () => {
  assert.equal(splitClaim('A report said Norland, Tarvik, the Velmar Isles and Ostland were relying on weak assurances.').length, 1);
  assert.equal(splitClaim('Norland closed its border and Tarvik recalled its ambassador.').length, 2);
});

test('the result an event came to must be the source sentence\'s own, not the item\'s other sentence\'s', () => {
  const evidence = [
    { text: 'Mara Velt, Minister of Equality, tested positive for coronavirus.', passageId: 'p1', publishedAt: '2020-03-12' },
    { text: 'Queen Alis also undergoes tests after she was in contact with Velt on March 6.', passageId: 'p1', publishedAt: '2020-03-12' },
  ];
  assert.equal(judgeClaim('Queen Alis tested positive for the coronavirus in March 2020.', evidence).label, 'false');
});

test('a move the other way round is a role turned round', () => {
  const source = 'Unity Party MP Olan Brede crosses the floor to the opposition Labour Party, calling the government "disgraceful".';
  assert.equal(judge('In January 2022 Olan Brede crossed the floor from Labour to the Unity Party.', source, '2022-01-19'), 'false');
});

test('a thing a past participle describes was done before the day: the day does not date it', () => {
  const source = 'Tarvik troops begin their pullout by abolishing the checkpoint arranged in the Velmar sector of the highway.';
  assert.equal(judge('In August 2008 Tarvik troops set up several new checkpoints in the Velmar sector.', source, '2008-08-22'), 'not enough evidence');
});

test('being born is not "bear", and a side event placed by one slot alone backs nothing', () => {
  const source = 'The Velmar Legislature files a measure asking for Congress to impeach Olan Brede over his decision to allow students to use the bathrooms.';
  assert.equal(frameOf('Olan Brede was born in Tarvik.').main?.lemma, 'born');
  assert.equal(judge('Olan Brede was born in Tarvik.', source, '2016-05-20'), 'not enough evidence');
  // A side event of the same verb, placed by its one party only.
  assert.equal(judge('Olan Brede was honoured in Tarvik.', 'The Velmar Legislature files a measure to impeach Olan Brede over his decision to honour the students.', '2016-05-20'), 'not enough evidence');
  assert.match(judge('Olan Brede was born in Tarvik in 1961.', 'Olan Brede is born in Tarvik.', '1961-08-04'), /supported/);
});

test('a person named as whose someone is is not the party, and a named person killed is one event', () => {
  const deputy = 'Velmar Front\'s top leader in Tarvik, and Olan Brede\'s third in command, Mara Velt Sorn, is reported killed.';
  assert.equal(judge('Olan Brede was killed in Tarvik.', deputy, '2010-06-01'), 'not enough evidence');
  assert.match(judge('Mara Velt Sorn was killed in June 2010.', deputy, '2010-06-01'), /supported/);
  // "was killed" with no killer named and one named person: the name and the death place the event as a date would.
  const death = 'The Norland president announces that Olan Brede was killed during a raid in Velmar, near Islamabad, Pakistan.';
  assert.equal(judge('Olan Brede was killed in Afghanistan.', death, '2011-05-01'), 'false');
});

test('well-known deaths: one person, one death, reported where it happened', () => {
  const letters = 'Olan Brede\'s letters, written during his years in jail, reveal the agony he suffered in Tarvik.';
  // "Suffered" is not "died", and Brede's letters are not Brede.
  assert.equal(judge('Olan Brede died in 2010.', letters, '2010-10-10'), 'not enough evidence');
  // A named person beside a killing the source counts of its own is not its victim.
  assert.equal(judge('Olan Brede was killed in Velmar.', 'Tarvik leader Olan Brede vows not to surrender as air strikes target his compound in Velmar and officials say at least 29 civilians have been killed.', '2011-06-07'), 'not enough evidence');
  // A relative named with "son of …" is not the one killed.
  assert.deepEqual(frameOf('Mara Brede, son of Tarvik\'s former leader Olan Brede, is assassinated outside his home in Ostgard.').main?.patients.map((name) => name.surface), ['Mara Brede']);
  // A participle opening the sentence describes the name after it.
  assert.equal(frameOf('Deposed Tarvik leader Olan Brede is killed in a crossfire in his hometown of Ostgard.').main?.lemma, 'kill');
  // The death reported as the sentence's own event, elsewhere, outweighs a side mention backing the claim.
  const evidence = [
    { text: 'Deposed Tarvik leader Olan Brede is killed in a crossfire in his hometown of Ostgard, Tarvik.', passageId: 'p1', publishedAt: '2011-10-20' },
    { text: 'Mara Velt goes on trial in Velmar, a former minister under Olan Brede, charged with acts that led to the killing of protesters.', passageId: 'p2', publishedAt: '2012-12-10' },
  ];
  assert.equal(judgeClaim('Olan Brede was killed in Velmar.', evidence).label, 'false');
  assert.equal(judgeClaim('Olan Brede was killed in Ostgard.', evidence).label, 'supported');
});

test('what is called off may come after a possessive and a compound\'s first noun', () => {
  assert.equal(judge('Norland\'s premier Olan Brede called off his four-day tour of Tarvik in April 2011.', 'Norland\'s premier Olan Brede starts a four day tour of Tarvik to discuss trade.', '2011-04-27'), 'false');
});

// Blind set fresh34 (session 34): successor and predecessor swapped, the main event's roles misread (a given name that
// is also a word, "Than"), was supported; the side event's roles decide it.
test('the one a side event is done to in the claim is the one doing it in the source: a role conflict', () => {
  const source = 'The Parliament of Norland elects Thein Oo as President, succeeding Than Myint who was in power since 1992.';
  assert.equal(judge("Norland's parliament elected Than Myint as president in March 2031, succeeding Thein Oo.", source, '2031-03-04'), 'false');
  assert.equal(judge("Norland's parliament elected Thein Oo as president in March 2031, succeeding Than Myint.", source, '2031-03-04'), 'supported');
});

// The year probe of session 34: a running count "by" a day three years before the source's day was mostly supported.
test('a count reached "by" a date is refuted by a source a year or more past it, and stated by one before it', () => {
  const source = 'The death toll from the floods in Norland rises to 126, with over 80 people still missing.';
  assert.equal(judge('By 9 July 2015 the death toll from the floods in Norland had risen to 126.', source, '2018-07-09'), 'false');
  assert.match(judge('By 9 July 2018 the death toll from the floods in Norland had risen to 126.', source, '2018-07-09'), /supported/);
  assert.equal(judge('By 2020 the death toll from the floods in Norland had risen to 126.', source, '2018-07-09'), 'mostly supported');
});
