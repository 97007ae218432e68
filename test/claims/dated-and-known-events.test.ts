// When a sentence dates the claim's event, and when it only names it: an event named as already known ("in response to
// the invasion"), a past year looked back to ("since Norland invaded Tarvik in 2022"), a condition ("as long as … does
// not invade"), an aim ("the campaign to reelect"); and what identifies an event: a named person dies once, a primary
// is not the election it precedes, a name the subject is related to is not the subject. Every sentence here is made
// up for the test, not taken from a dev set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { judgeClaim } from '../../src/shared/claims/judge-claim.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';

test('an invasion is not any later attack, and an event named as known is not dated by the sentence\'s day', () => {
  // A later strike is no invasion: it neither dates nor backs one.
  assert.equal(judge('Norland invaded Tarvik in February 2022.', 'Norland\'s forces launch drone attacks on Tarvik City overnight.', '2025-03-19'), 'not enough evidence');
  // "the invasion" is known by the day the sentence reports a visit: it backs no month and refutes none.
  assert.equal(judge('Norland invaded Tarvik in March 2022.', 'Ostra\'s prime minister meets the Norland president to discuss the invasion of Tarvik.', '2022-03-05'), 'not enough evidence');
  assert.equal(judge('Norland invaded Tarvik in February 2022.', 'Ostra suspends its flights to Norland in response to the invasion of Tarvik.', '2022-04-24'), 'not enough evidence');
  // The event as it happens, on the claim's day.
  assert.match(judge('Norland invaded Tarvik in February 2022.', 'Norland invades Tarvik from three sides.', '2022-02-24'), /supported/);
});

test('a past year the sentence looks back to dates the event, no finer', () => {
  const source = 'The Tarvik president says that 43,000 soldiers have been killed since Norland invaded Tarvik in 2022.';
  // The year holds the claim's month: no verdict either way on this sentence alone.
  assert.equal(judge('Norland invaded Tarvik in February 2022.', source, '2024-12-08'), 'not enough evidence');
  assert.equal(judge('Norland invaded Tarvik in March 2022.', source, '2024-12-08'), 'not enough evidence');
  // Another year is refuted by the year the sentence gives, not by the day it was said.
  const judged = judgeClaim('Norland invaded Tarvik in February 2014.', [{ text: source, passageId: 'p1', publishedAt: '2024-12-08' }]);
  assert.equal(judged.label, 'false');
  assert.equal(judged.parts[0].comparison?.conflicts.find((slot) => slot.slot === 'date')?.source, '2022');
});

test('a condition and an aim are not events', () => {
  assert.equal(frameOf('Ostra agrees to talks as long as Norland does not invade Tarvik.').predicates.find((predicate) => predicate.lemma === 'invade')?.hypothetical, true);
  assert.equal(judge('Norland invaded Tarvik in February 2022.', 'Ostra agrees to talks as long as Norland does not invade Tarvik.', '2022-02-20'), 'not enough evidence');
  assert.equal(judge('Ada Velm won the 2020 presidential election.', 'The campaign to reelect President Ada Velm raises $125 million, setting a fundraising record.', '2019-10-01'), 'not enough evidence');
});

test('what identifies an event: a named person dies once; a primary is not the election it precedes', () => {
  assert.equal(judge('Queen Ada Velm died in 2021.', 'The palace announces that Queen Ada Velm has died at the age of 96 at Tarvik Castle.', '2022-09-08'), 'false');
  assert.equal(judge('Ada Velm won the 2020 presidential election.', 'Former Vice President Ada Velm wins the Tarvik primary.', '2020-02-29'), 'not enough evidence');
  assert.match(judge('Ada Velm won the 2020 presidential election.', 'Ada Velm wins the presidential election, defeating Ivo Marek.', '2020-11-07'), /supported/);
});

test('a name the subject is said to be related to is no subject; a participle before a people\'s noun describes it', () => {
  const died = frameOf('Prince Ivo, Duke of Tarvik and the husband of Queen Ada Velm, dies at home aged 99.').main;
  assert.deepEqual(died?.patients.map((name) => name.surface), ['Prince Ivo', 'Duke of Tarvik']);
  assert.equal(judge('Queen Ada Velm died in April 2021.', 'Prince Ivo, Duke of Tarvik and the husband of Queen Ada Velm, dies at home aged 99.', '2021-04-09'), 'false');
  assert.equal(frameOf('Mayors abducted by invading Norland forces are found dead.').predicates.some((predicate) => predicate.lemma === 'invade'), false);
});

test('claimed, needed and proposed outcomes are not outcomes; a contest held before another is not it', () => {
  assert.equal(judge('Ada Velm won the 2020 presidential election.', 'President Ada Velm declares victory despite not reaching the 270 electoral votes needed to win.', '2020-11-04'), 'not enough evidence');
  // What a bill is about is proposed until it is passed.
  assert.equal(judge('Norland joined the alliance in 2023.', 'The Tarvik president submits a bill on granting Norland membership in the alliance to parliament.', '2023-10-23'), 'not enough evidence');
  assert.equal(frameOf('Parliament passes a bill to ban smoking in bars.').predicates.find((predicate) => predicate.lemma === 'ban')?.hypothetical, false);
  assert.equal(judge('Ada Velm won the 2008 presidential election.', '2008 Norland presidential election: Senator Ada Velm wins the Tarvik Democratic caucus.', '2008-03-08'), 'not enough evidence');
  assert.equal(judge('Ada Velm won the 2008 presidential election.', 'Senator Ada Velm wins the Tarvik and Ostra Republican Party primary election.', '2008-02-19'), 'not enough evidence');
});

test('the year of a named contest identifies it; a question\'s "really" and a clause describing a noun add nothing', () => {
  const source = 'Democrat Ivo Marek wins the 2008 Norland presidential election after beating Republican Ada Velm.';
  assert.equal(judge('Ada Velm won the 2008 presidential election.', source, '2008-11-04'), 'false');
  assert.match(judge('Ivo Marek won the 2008 presidential election.', source, '2008-11-04'), /supported/);
  assert.match(judge('Did Norland really free the last three detainees it was holding ahead of the summit?', 'Norland releases the three remaining detainees ahead of the summit.', '2018-05-09'), /supported/);
});

test('an event the source counts recurs; a party the item names beside another is no swap; "took control of" takes an object', () => {
  // "its second nuclear test": another date of it refutes no claim that does not say which one.
  assert.equal(judge('Norland conducted a nuclear test in September 2017.', 'Norland conducts its second nuclear test.', '2009-05-25'), 'not enough evidence');
  // A count of something else ("the 31st member") is no count of the event.
  assert.equal(judge('Norland joined the alliance in 2020.', 'Norland officially joins the alliance, becoming its 31st member.', '2023-04-04'), 'false');
  assert.deepEqual(frameOf('Rebels took control of Tarvik City in August 2021.').main?.patients.map((name) => name.surface), ['Tarvik City']);
  // The item also names Tarvik City: the rebels may have taken it too, so another town refutes nothing.
  const item = ['Rebels capture Velmar, the provincial capital.', 'Rebel forces also advance to within reach of Tarvik City.'];
  const judged = judgeClaim('Rebels took control of Tarvik City in August 2021.', item.map((text) => ({ text, passageId: 'p1', publishedAt: '2021-08-15' })));
  assert.equal(judged.label, 'not enough evidence');
  assert.equal(judge('Rebels took control of Tarvik City in August 2021.', item[0], '2021-08-15'), 'false');
});

test('who killed whom is two-sided: not the country of the place, nor a people\'s word on the victim', () => {
  const funeral = 'A funeral for Ivo Marek, the Norland commander who was slain in a targeted killing in Velmar last week, is held in Norland City, Norland.';
  assert.equal(judge('Norland killed Ivo Marek in January 2020.', funeral, '2020-01-06'), 'not enough evidence');
  const strike = 'After Tarvik kills Norland General Ivo Marek in an airstrike, Norland\'s parliament votes to leave the treaty.';
  assert.equal(judge('Norland killed Ivo Marek in January 2020.', strike, '2020-01-05'), 'false');
  assert.match(judge('Tarvik killed Ivo Marek in January 2020.', strike, '2020-01-05'), /supported/);
  // "over the Tarvik killing of …": an event the sentence names as known dates nothing.
  assert.equal(judge('Tarvik killed Ivo Marek in January 2020.', 'People in Velmar protest over the Tarvik killing of Norland general Ivo Marek.', '2020-01-05'), 'not enough evidence');
  // "enters Kabul and seizes the palace": the second verb shares the first one's subject, not its object.
  assert.deepEqual(frameOf('The rebels enter Tarvik City and seize the presidential palace.').predicates.find((predicate) => predicate.lemma === 'seize')?.agents.map((name) => name.surface), []);
  assert.deepEqual(frameOf('Norland enters Tarvik City and seizes the presidential palace.').predicates.find((predicate) => predicate.lemma === 'seize')?.agents.map((name) => name.surface), ['Norland']);
});

test('what is joined is not its owner; talked-of, barred and attempted events date nothing', () => {
  assert.equal(judge('Tarvik joined NATO in 2023.', 'Tarvik officially joins NATO\'s Cooperative Cyber Defence Centre of Excellence.', '2023-05-16'), 'false');
  assert.equal(judge('Tarvik joined NATO in 2023.', 'Norland warns that having Tarvik join NATO "would worsen the conflict".', '2021-04-07'), 'not enough evidence');
  assert.equal(judge('Tarvik joined NATO in 2023.', 'Ostra rejects Norland\'s demand that Tarvik be barred from joining NATO.', '2022-01-27'), 'not enough evidence');
  assert.equal(judge('Tarvik joined NATO in 2023.', 'The terms include a ceasefire if Tarvik abandons all attempts of joining NATO.', '2022-03-16'), 'not enough evidence');
});

test('an owner the claim names as one too is no other thing; who killed may come after the event, as its cause, not as its place', () => {
  assert.match(judge('3 dead in attack on Norland\'s foreign ministry in Tarvik City', 'Three people are left dead in an attack against Norland\'s Foreign Affairs ministry in Tarvik City.', '2018-12-25'), /supported/);
  assert.match(judge('A Norland drone strike killed seven people in Tarvik in July 2013.', 'At least seven people are killed in Tarvik after a Norland drone strike targets a compound.', '2013-07-02'), /supported/);
  // A place after the event is not who did it.
  assert.notEqual(judge('Norland killed seven people in July 2013.', 'At least seven people are killed in Norland after a drone strike targets a compound.', '2013-07-02'), 'supported');
});

test('a first ranked within a city is not a first in its country; a count ends before a time; a state does not restate becoming it', () => {
  const tornado = 'Thirteen die in Tarvik City, Norland in the city\'s first-ever tornado.';
  assert.notEqual(judge('Thirteen people died in Tarvik City in May 2015 in the first tornado ever recorded in Norland.', tornado, '2015-05-26'), 'supported');
  assert.equal(frameOf('Thirteen people died in Tarvik City in the first tornado ever recorded in Norland.').main?.lemma, 'die');
  assert.deepEqual(frameOf('Norland says it executed 15 people today.').quantities.map((quantity) => quantity.unit), ['people']);
  assert.equal(judge('Norland executed 25 people in March 2017.', 'Norland says the country executed 15 people today.', '2017-03-04'), 'false');
  // The title a person holds for years does not say when they took it.
  assert.equal(judge('Ada Velm became president of Norland in 2016.', 'Ada Velm, President of Norland, assures that Norland will prevent war breaking out.', '2016-04-28'), 'not enough evidence');
});
