// A commitment to an event ("agreed to buy") is what a source saying it will happen states; a party named by
// a word describing a noun ("Irish voters", "a Berlin court") is the source's "voters in Ireland", "a court in
// Berlin". Every sentence here is made up for the test, not taken from a dev set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { statementOf } from '../../src/shared/language/claim-text.ts';
import { judgeClaim } from '../../src/shared/claims/judge-claim.ts';

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

test('a past participle describing a noun before the clause\'s own verb is not the event', () => {
  assert.equal(frameOf('A car bomb planted near a checkpoint on the outskirts of Tarnow failed to explode in February 2017.').main?.lemma, 'explode');
  assert.equal(frameOf('A car bomb planted near a checkpoint on the outskirts of Tarnow failed to explode in February 2017.').main?.negated, true);
  assert.equal(frameOf('Protesters arrested in Vell were released on bail.').main?.lemma, 'release');
  assert.equal(frameOf('Troops stationed in Iraq killed two civilians.').main?.lemma, 'kill');
  // A verb joined by "and", or after a comma, is another clause's: the first verb is the event.
  assert.equal(frameOf('Police fired in the air and arrested five people.').main?.lemma, 'fire');
  assert.equal(frameOf('Rebels attacked in the north on Monday, the army said.').main?.lemma, 'attack');
  // A participle before its noun ("a collapsed mine", "the planned opening") is no clause verb after it.
  assert.equal(frameOf('Rescuers pulled at least seven bodies from a collapsed mine in Tarn in November 2010.').main?.lemma, 'pull');
  assert.equal(frameOf('Norland called off the planned December 2012 opening of its Vell rail line.').main?.negated, true);
  // A verb after "that" or "who" and a noun, with the clause's own verb after it, describes the noun.
  assert.equal(frameOf('Senior officials from every country that took part in the war met in Vell in January 2018.').main?.lemma, 'meet');
  assert.equal(frameOf('The man who shot the mayor was arrested.').main?.lemma, 'arrest');
});

test('staying away is the opposite of taking part; stepping something up the opposite of halting it', () => {
  const summit = 'Leaders of the Pacific Forum hold a virtual summit in Fiji. Vellan President Aron Vell participates in the event for the first time since 2017.';
  assert.equal(judge('Aron Vell stayed away from the virtual Pacific Forum summit hosted by Fiji in November 2020.', summit, '2020-11-20'), 'false');
  const drilling = 'Norland Oil halts its drilling program for oil and gas off the coast of Tarn citing high costs.';
  assert.equal(judge('Norland Oil stepped up its oil and gas drilling off the Tarn coast in September 2015.', drilling, '2015-09-28'), 'false');
  assert.equal(judge('Norland Oil halted its oil and gas drilling off the Tarn coast in September 2015.', drilling, '2015-09-28'), 'supported');
});

test('another country\'s word before the noun the claim\'s party describes names another party', () => {
  const gas = 'Macedonian police fire tear gas at refugees as they attempt to break through a fence at the border near Idomeni, sparking clashes that injured 200 people.';
  assert.equal(judge('Greek police fired tear gas at refugees trying to break through the border fence near Idomeni in April 2016, in clashes that left 200 people injured.', gas, '2016-04-10'), 'false');
  assert.equal(judge('Macedonian police fired tear gas at refugees trying to break through the border fence near Idomeni in April 2016, in clashes that left 200 people injured.', gas, '2016-04-10'), 'supported');
  // The same country's word before another noun is no rival.
  assert.equal(judge('French police arrested 12 protesters in Calais in May 2016.', 'Police in Calais arrest 12 protesters; French authorities say more arrests may follow.', '2016-05-10'), 'supported');
});

test('an event noun that the claim\'s verb of impact has for subject is the event ("an explosion hit" / "there is an explosion")', () => {
  const blast = 'There is a second explosion in two days at the Tarn chemical plant, causing damage to its storage tanks.';
  assert.equal(judge('A second explosion in two days hit the Tarn chemical plant in March 2014.', blast, '2014-03-15'), 'supported');
  assert.equal(judge('A second explosion in two days hit the Tarn chemical plant in March 2017.', blast, '2014-03-15'), 'false');
  // Another kind of event hitting the plant is not stated.
  assert.equal(judge('A second fire in two days hit the Tarn chemical plant in March 2014.', blast, '2014-03-15'), 'not enough evidence');
});

test('a people named by their place are the residents of that place; an aside of examples names no subject', () => {
  assert.equal(judge('Tarnlanders braced for Cyclone Ira, which was expected to cross the coast near Vell in April 2014.', 'Residents in the Norlandic state of Tarnland prepare for Cyclone Ira to make landfall near Vell.', '2014-04-10'), 'supported');
  const polls = 'Voters in Norland, including Tarn and semi-autonomous Vell, go to the polls for an election.';
  assert.deepEqual(frameOf(polls).main?.agents.map((name) => name.surface), []);
  assert.equal(judge('Voters in Norland, including semi-autonomous Vell, went to the polls in October 2015.', polls, '2015-10-25'), 'supported');
});

test('a post looking back ("Throwback to August 2008", "#OTD 2004") dates its claim; a flag emoji is no word', () => {
  assert.equal(statementOf('Throwback to August 2008 🇺🇸 Democrats picked Barack Obama as their nominee by acclamation.'), 'In August 2008, Democrats picked Barack Obama as their nominee by acclamation.');
  assert.equal(statementOf('#OTD 2004 Norland joined NATO with six other countries'), 'In 2004, Norland joined NATO with six other countries');
  assert.equal(statementOf('Throwback to 4 May 2001 — Norland joined NATO with six others.'), 'On 4 May 2001, Norland joined NATO with six others.');
  assert.equal(statementOf('🇫🇷 France joined NATO with six other countries in 1949'), 'France joined NATO with six other countries in 1949');
});

test('a holiday on a fixed day dates the event; "mid-2016" is a year', () => {
  const eve = frameOf("A car bomb went off in Vell on New Year's Eve 2008.");
  assert.deepEqual(eve.times.map((time) => [time.from, time.granularity]), [['2008-12-31', 'day']]);
  assert.deepEqual(eve.names.map((name) => name.surface), ['Vell']);
  assert.deepEqual(frameOf('The bridge collapsed in mid-2016.').times.map((time) => time.from), ['2016-01-01']);
  // A plan for the holiday is no date of the event.
  assert.ok(!frameOf('The album is due out for Christmas 2011.').times.some((time) => time.granularity === 'day'));
  const bomb = 'A car bomb explodes in Vell and is blamed on the Tarn Front.';
  assert.equal(judge("A car bomb went off in Vell on New Year's Eve 2008 and was blamed on the Tarn Front.", bomb, '2008-12-31'), 'supported');
  assert.equal(judge("A car bomb went off in Vell on New Year's Eve 2009 and was blamed on the Tarn Front.", bomb, '2008-12-31'), 'false');
});

test('an event noun opening a headline before its preposition names no one ("Blast at Vell airport leaves two dead")', () => {
  const source = 'An explosion at Vell International Airport in southern Norland kills two people and injures 24.';
  assert.equal(judge('BREAKING 🚨 Blast at Vell International Airport in southern Norland leaves two dead and 24 injured', source, '2017-03-01'), 'supported');
  assert.equal(judge('BREAKING 🚨 Blast at Tarn International Airport in southern Norland leaves two dead and 24 injured', source, '2017-03-01'), 'false');
});

test('with every full verb in a fronted subordinate clause, the main clause\'s light verb is the event', () => {
  assert.equal(frameOf('After the troops left, traffic moved again on the highway.').main?.lemma, 'move');
  // A light verb before a subordinate clause's event is still the event.
  assert.equal(frameOf('The activist went into hiding after asking for asylum.').main?.lemma.startsWith('go'), true);
});

test('with two conflicts, a party the sentence names in another role leaves the other conflict to decide', () => {
  const yields = "The gap between Italy and Germany's 10 year bond yields increases by 200.2 basis points.";
  assert.equal(judge('The spread between Italian and German ten-year bond yields widened by 200.2 basis points in 2011.', yields, '2011-11-09'), 'supported');
  assert.equal(judge('The spread between Italian and German ten-year bond yields narrowed by 200.2 basis points in 2011.', yields, '2011-11-09'), 'false');
  // "Italian and German ten-year bond yields": both demonyms describe the yields; neither is a party.
  assert.deepEqual(frameOf('The spread between Italian and German ten-year bond yields narrowed.').main?.patients.map((name) => name.surface), []);
});

test('an office holder of no other country speaks for the country the sentence names', () => {
  const target = 'Interior Minister Aron Vell says Portugal has reached its target of resettling 25,000 Tarnish refugees under its program.';
  assert.equal(judge('Portugal said in February 2016 that it had reached its target of resettling 25,000 Tarnish refugees.', target, '2016-02-27'), 'supported');
  assert.equal(judge('Portugal said in February 2016 that it had reached its target of resettling 50,000 Tarnish refugees.', target, '2016-02-27'), 'false');
  assert.equal(judge('Spain said in February 2016 that it had reached its target of resettling 25,000 Tarnish refugees.', target, '2016-02-27'), 'false');
});

test('"24 other people" are "24 others"', () => {
  const source = 'Activist Aron Vell and 24 others are sentenced in absentia to 15 years in jail in relation to a protest last November.';
  assert.equal(judge('Activist Aron Vell and 24 other people were sentenced in absentia to 15 years in jail in June 2014.', source, '2014-06-11'), 'supported');
  assert.notEqual(judge('Activist Aron Vell and 34 other people were sentenced in absentia to 15 years in jail in June 2014.', source, '2014-06-11'), 'supported');
});

test('a name joined by "and" to a place just before it is a place too ("in Vell and Tarn, Norland")', () => {
  const slides = 'Torrential rains cause landslides in Vell and Tarn, in Nepal, killing a total of 12 people.';
  assert.deepEqual(frameOf('Landslides in Vell and Tarn, Nepal, killed 42 people in September 2020.').places.map((place) => place.surface), ['Vell', 'Tarn', 'Nepal']);
  assert.equal(judge('Landslides triggered by torrential rain in Vell and Tarn, Nepal, killed 42 people in September 2020.', slides, '2020-09-15'), 'false');
  assert.equal(judge('Landslides triggered by torrential rain in Vell and Tarn, Nepal, killed 12 people in September 2020.', slides, '2020-09-15'), 'supported');
});

test('a phrasal verb with its particle after a short object ("shut the plant down") is the phrasal verb', () => {
  assert.equal(frameOf('The government shut the plant down after the leak.').main?.lemma, 'shut down');
  assert.equal(frameOf('Parliament turned the offer down.').main?.lemma, 'turn down');
  // "called the strike off": the strike, called off.
  assert.equal(frameOf('The union called the strike off in June 2008.').main?.negated, true);
  assert.equal(judge('The Tarn government shut the Vell plant down in May 2011.', 'The Tarn government reopens the Vell plant.', '2011-05-04'), 'false');
});

test('a motion defeated in a body is one the body rejected', () => {
  const motion = 'A motion to expel the Tarn delegation is defeated in the Norland Assembly.';
  assert.equal(judge('The Norland Assembly rejected a motion to expel the Tarn delegation in May 2010.', motion, '2010-05-04'), 'supported');
  assert.equal(judge('The Norland Assembly approved a motion to expel the Tarn delegation in May 2010.', motion, '2010-05-04'), 'false');
  // Beating someone is still a win.
  assert.equal(judge('Aron Vell defeated Brin Tarn in the Norland presidential runoff in May 2010.', 'Aron Vell beats Brin Tarn in the Norland presidential runoff.', '2010-05-04'), 'supported');
});

test('an infinitive after a superlative is what the qualifier is about, said with its own verb', () => {
  const actress = 'Mara Vell, the oldest-ever nominee for an Academy Award, specifically the Academy Award for Best Supporting Actress for her role in the 1997 film Harbour, dies in Los Angeles, aged 100.';
  assert.equal(frameOf('Mara Vell, the oldest actress ever to win an Academy Award, died in Los Angeles at the age of 100.').main?.lemma, 'die');
  // Nominated is not winning, though an award is in the win group.
  assert.equal(judge('Mara Vell, the oldest actress ever to win an Academy Award, for her role in Harbour, died in Los Angeles at the age of 100.', actress, '2010-09-27'), 'misleading');
  assert.equal(judge('Mara Vell, who played in Harbour, died in Los Angeles at the age of 100.', actress, '2010-09-27'), 'supported');
  // With no other full verb, the infinitive stays the event ("became the first country to legalise").
  assert.equal(frameOf('Norland became the first country to legalise cannabis in 2018.').main?.lemma, 'legalize');
});

test('restoring what had been cut turns the cut round; a participle read as a noun after a year is the verb', () => {
  const decrees = "Oman's King Aron issues a number of royal decrees, one which restores financial allowances for civil servants that had been cut seven months ago in response to the drop in oil prices.";
  assert.equal(judge("Oman's King Aron issued royal decrees in April 2017 cutting financial allowances for civil servants because of the fall in oil prices.", decrees, '2017-04-22'), 'false');
  assert.equal(judge("Oman's King Aron issued royal decrees in April 2017 restoring financial allowances for civil servants that had been cut.", decrees, '2017-04-22'), 'supported');
});

test('an announcement only expected refutes nothing; an announced event is the weakest ground for a verdict', () => {
  const expected = { text: "Norland's president is expected to announce Norland's intention to join the Tarn Pact on May 12.", passageId: 'p1', publishedAt: '2022-05-09' };
  const joined = { text: 'Norland officially joins the Tarn Pact, becoming its 31st member.', passageId: 'p2', publishedAt: '2023-04-04' };
  assert.equal(judgeClaim('Norland joined the Tarn Pact in 2020.', [expected]).label, 'not enough evidence');
  const both = judgeClaim('Norland joined the Tarn Pact in 2020.', [expected, joined]);
  assert.equal(both.label, 'false');
  assert.equal(both.parts[0].evidence?.publishedAt, '2023-04-04');
});

test('the event about the claim\'s parties is the claim\'s, though another of the same kind is mentioned', () => {
  const approval = "The National Assembly of Tarn votes 182–6 to approve Norland's accession to the Vell Pact, leaving Ostia as the last remaining member to approve Norland's membership.";
  assert.equal(judge('Norland left the Vell Pact in 2023.', approval, '2023-03-27'), 'false');
  assert.notEqual(judge('Norland joined the Vell Pact in 2023.', approval, '2023-03-27'), 'false');
});

test('of two refutations, both parties named the other way round outweigh another party named', () => {
  const semi = { text: 'Norland defeats Tarnia 2–1 after extra time, advancing to their first-ever Vell Cup final, which will be against Ostia on July 15.', passageId: 'p1', publishedAt: '2018-07-11' };
  const final = { text: 'In football, Ostia defeats Norland 4–2 to claim its second Vell Cup championship.', passageId: 'p2', publishedAt: '2018-07-15' };
  const judged = judgeClaim('Norland beat Ostia in the 2018 Vell Cup final.', [semi, final]);
  assert.equal(judged.label, 'false');
  assert.equal(judged.parts[0].evidence?.passageId, 'p2');
});
