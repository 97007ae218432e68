// A commitment to an event ("agreed to buy") is what a source saying it will happen states; a party named by
// a word describing a noun ("Irish voters", "a Berlin court") is the source's "voters in Ireland", "a court in
// Berlin". Every sentence here is made up for the test, not taken from a dev set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';

test('an agreement to do something is stated by a source saying it will be done, and refuted by another amount', () => {
  const source = 'Velmar Group says it will acquire Danish shipping company Nordfrakt for US$2.1 billion.';
  assert.equal(frameOf('Velmar agreed in March 2019 to buy the Danish shipping firm Nordfrakt.').main?.hypothetical, true);
  assert.equal(frameOf('Velmar bought the Danish shipping firm Nordfrakt.').main?.hypothetical, false);
  assert.match(judge('Velmar agreed in March 2019 to buy the Danish shipping firm Nordfrakt for $2.1 billion.', source, '2019-03-14'), /supported/);
  assert.equal(judge('Velmar agreed in March 2019 to buy the Danish shipping firm Nordfrakt for $3.4 billion.', source, '2019-03-14'), 'false');
  // What will happen does not back a claim that it happened.
  assert.equal(judge('Velmar bought the Danish shipping firm Nordfrakt for $2.1 billion in March 2019.', source, '2019-03-14'), 'not enough evidence');
});

test('a name describing a noun is the source\'s name with that noun, before it or after "in" or "of"', () => {
  assert.equal(judge('Maltese voters went to the polls in April 2015 for a referendum on spring hunting.', 'Voters in Malta go to the polls for a referendum on spring hunting.', '2015-04-11'), 'supported');
  assert.equal(judge('A Lisbon court fined a man in June 2020 for insulting a police officer at a May 2019 protest.', 'A court in Lisbon, Portugal, fines a man for insulting a police officer during a protest in May 2019.', '2020-06-03'), 'supported');
  assert.equal(judge('Kari Vane won the Liberal primary held on 3 May 2016 by a wide margin.', 'Kari Vane wins by a large margin in the Liberal Party primary.', '2016-05-03'), 'supported');
  // The name elsewhere in the sentence, with other voters or another court, names another party.
  assert.equal(judge('Maltese voters went to the polls in April 2015 for a referendum on spring hunting.', 'Voters in Cyprus go to the polls for a referendum on spring hunting in Malta.', '2015-04-11'), 'not enough evidence');
  assert.notEqual(judge('A Lisbon court fined a man in June 2020 for insulting a police officer at a May 2019 protest.', 'A court in Porto fines a Lisbon man for insulting a police officer during a protest in May 2019.', '2020-06-03'), 'supported');
});

test('an event a source announces as coming refutes a claim that it happened with one changed detail, never backs it', () => {
  const flights = 'Norland Air says it will cancel all flights to Asia for the next 60 days.';
  // "says it will": the one who says it is the one who will do it.
  assert.equal(judge('Skyreach Airlines cancels all flights to Asia for 60 days – 2 April 2020', flights, '2020-04-02'), 'false');
  assert.equal(judge('Norland Air cancelled all flights to Asia for 90 days on 2 April 2020.', flights, '2020-04-02'), 'false');
  assert.equal(judge('Norland Air cancelled all flights to Asia for 60 days on 2 April 2020.', flights, '2020-04-02'), 'not enough evidence');
  // A month and year in the claim is its date, no year "named" with a word the source gives another year.
  const inquiry = 'The Danish Financial Authority announces it will launch an investigation into Kronebank for suspected market abuses between March 2017 and June 2018.';
  assert.equal(judge("Denmark's Financial Authority launched an investigation into Havbank in October 2019 over suspected market abuse between 2017 and 2018.", inquiry, '2019-10-02'), 'false');
  assert.equal(judge("Denmark's Financial Authority launched an investigation into Kronebank in October 2019 over suspected market abuse between 2017 and 2018.", inquiry, '2019-10-02'), 'not enough evidence');
});

test('a noun made of a verb and its particle states that verb\'s event; one naming no one it was done to has no sides', () => {
  const lockdown = "Norland's two towns of Harwick and Delby enter into a lockdown after the country records new community transmission.";
  assert.equal(judge('Harwick and Delby were locked down in May 2021 after Norland recorded new cases of community transmission.', lockdown, '2021-05-04'), 'supported');
  const flyby = 'The Vesta probe makes a flyby past the 88 Kora asteroid to gather scientific data.';
  assert.equal(judge('The Vesta probe flew past the asteroid 88 Kora in June 2012.', flyby, '2012-06-10'), 'supported');
  assert.equal(judge('The Vesta probe flew past the asteroid 88 Kora in June 2015.', flyby, '2012-06-10'), 'false');
  assert.equal(judge('Police cracked down on protesters in Tarn in May 2013.', 'Police launch a crackdown on protesters in Tarn.', '2013-05-10'), 'supported');
});

test('a synonym of the source\'s verb in a later sense of the claim\'s ("fired" / "sacks"); a light verb is none', () => {
  const sacked = 'North Korean leader Kim Jong-il sacks a top TV official after state television begins broadcasting advertisements.';
  assert.equal(judge('Kim Jong-il fired a senior TV official after North Korean state television started airing adverts.', sacked, '2011-01-10'), 'supported');
  // "North Korean leader Kim Jong-il": the people's word describes the leader; the changed party is the leader.
  assert.equal(judge('Kim Jong-un fired a senior TV official after North Korean state television started airing adverts.', sacked, '2011-01-10'), 'false');
  // "gave a speech" is not "headquarters" because WordNet files a headquarters under giving.
  assert.equal(judge('Emperor Oru gave a speech to the UN General Assembly in New York in 2015.', 'On 11 September 2015, the UN General Assembly votes in favor of flying the flags of observer states outside the headquarters in New York City.', '2015-09-11'), 'not enough evidence');
});
