// Events carried by a verb that only expresses or uses the noun after it ("voiced its opposition", "used its veto"),
// what a superlative ranks among, and the readings a claim and its source need before they can be compared: a verb
// in a "when" clause, a relative clause with an auxiliary, a gerund after a preposition, a verb the tagger read as
// a noun in a sentence with no verb, two countries joined by a hyphen, people said by a pronoun. Every sentence
// here is made up for the test, not taken from a dev set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { statementOf } from '../../src/shared/language/claim-text.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { nameMentions } from '../../src/shared/language/names.ts';
import { analyse } from '../../src/shared/language/nlp.ts';

const names = (text: string) => nameMentions(text, analyse(text)).map((name) => name.surface);

test('a verb of expressing or using takes its event from the noun after it', () => {
  const source = 'Norland expresses its "firm opposition" to what it calls Tarvik\'s reckless missile test.';
  assert.match(judge('Norland voiced its firm opposition to Tarvik\'s missile test in May 2015.', source, '2015-05-04'), /supported/);
  // The opposite stance said the same way turns the event round.
  assert.equal(judge('Norland voiced its firm support for Tarvik\'s missile test in May 2015.', source, '2015-05-04'), 'false');
  // A feeling said with either verb.
  assert.match(judge('Lawyers for the Tarvik Post voiced anger in 2012 after police files were published.', 'Lawyers for the Tarvik Post express anger that police files were published.', '2012-03-01'), /supported/);
  // "used its veto" is a veto.
  assert.match(judge('Norland used its veto to block a council resolution on Tarvik in 2011.', 'Norland vetoes a council resolution on Tarvik.', '2011-02-18'), /supported/);
  // Without an act after it, the verb is its own event.
  assert.equal(frameOf('Police used tear gas in Tarvik.').main?.lemma, 'use');
});

test('a superlative that ranks a wider class than the source says is overstated', () => {
  const source = 'Ada Velm of Portugal becomes the world\'s oldest verified woman ever.';
  assert.equal(judge('Portugal\'s Ada Velm became the oldest verified person who has ever lived, in 2014.', source, '2014-06-02'), 'misleading');
  assert.match(judge('Portugal\'s Ada Velm became the oldest verified woman who has ever lived, in 2014.', source, '2014-06-02'), /supported/);
  // Only the noun ranked: a time said another way in the phrase is no widening.
  assert.match(judge('Norland recorded a record 5,120 new cases in one day in May 2021.', 'Norland reports a record 5,120 new cases in the past 24 hours.', '2021-05-11'), /supported/);
});

test('the clause\'s own verb is the event, not one in a "when" clause, a relative clause or after a preposition', () => {
  assert.equal(frameOf('At least six people died in 2016 when a fire broke out at a market in Tarvik.').main?.lemma, 'die');
  assert.equal(judge('At least six people died in March 2016 when a fire broke out at a market in Tarvik.', 'At least six people have died in a fire at a market in Velmar.', '2016-03-09'), 'false');
  assert.equal(frameOf('A man who had accused the mayor of bribing him withdrew his lawsuit.').main?.lemma, 'withdraw');
  assert.match(judge('In May 2016 a man who had accused Tarvik\'s mayor of bribing him withdrew his lawsuit.', 'A man who allegedly was bribed by the mayor of Tarvik drops his lawsuit against the mayor.', '2016-05-20'), /supported/);
});

test('a participle opened by "while", "after", "by" has the subject of the verb before it', () => {
  const frame = frameOf('Norland\'s president Ada Velm says the country has collapsed, while accusing the Tarvik government of killing 17 people.');
  assert.ok(frame.predicates.find((predicate) => predicate.lemma === 'accuse')?.agents.some((agent) => agent.surface.includes('Ada Velm')));
  assert.match(judge('Ada Velm accused the Tarvik government of killing 17 people in March 2019.', 'Norland\'s president Ada Velm says the country has collapsed, while accusing the Tarvik government of killing 17 people.', '2019-03-11'), /supported/);
});

test('a participle spelt as its base after "was" is passive', () => {
  const let_ = frameOf('Ada Velm was let go by a Tarvik militia in August 2014.').main;
  assert.equal(let_?.passive, true);
  assert.ok(let_?.patients.some((patient) => patient.surface === 'Ada Velm'));
  assert.equal(frameOf('The Norland Post was hit by a cyberattack.').main?.passive, true);
  assert.equal(frameOf('Norland will hit back at Tarvik.').main?.passive, false);
});

test('a verb read as a noun in a sentence with no verb, and two countries joined by a hyphen', () => {
  const orders = frameOf('Norland leader Ada Velm orders preparations for drills on the coast.');
  assert.equal(orders.main?.lemma, 'order');
  assert.ok(orders.main?.agents.some((agent) => agent.surface === 'Ada Velm'));
  // WordNet's "shoot down", whose verb is "shoot".
  assert.ok(frameOf('A Tarvik drone shoots down a Norland jet near the border.').main?.keys.includes('shoot'));
  assert.deepEqual(names('They hold joint US-South Korea drills.'), ['US', 'South Korea']);
  // One name still: "Al-Qaeda", "Grande-Synthe".
  assert.deepEqual(names('Al-Qaeda fighters reached Grande-Synthe.'), ['Al-Qaeda', 'Grande-Synthe']);
});

test('people said by a pronoun, a lower-case people, and new verb groups', () => {
  assert.match(judge('Police in Tarvik beat people protesting against the mayor in 2011.', 'Tarvik police use clubs to beat those protesting against the mayor.', '2011-02-12'), /supported/);
  assert.match(judge('Norland\'s president Ada Velm escaped an attempt on her life in April 2009.', 'President of Norland Ada Velm survives an assassination attempt.', '2009-04-23'), /supported/);
  assert.match(judge('Ada Velm said Norland\'s aid to Tarvik would come to $3 billion over the next decade.', 'Ada Velm announces that Norland\'s aid to Tarvik will total $3 billion over the next ten years.', '2007-07-29'), /supported/);
});

test('where the event went: another country after "to" is another place', () => {
  const source = 'Norland\'s military leader Captain Ada Velm is flown to Morocco for medical treatment after being shot.';
  assert.equal(judge('Norland\'s junta leader Captain Ada Velm was flown to Senegal for medical treatment in December 2009.', source, '2009-12-04'), 'false');
  assert.match(judge('Norland\'s junta leader Captain Ada Velm was flown to Morocco for medical treatment in December 2009.', source, '2009-12-04'), /supported/);
  // An organisation the claim names too is no other place ("under UN protection" / "under United Nations guard").
  assert.notEqual(judge('The Norland embassy in Kinshasa was evacuated under UN protection in March 2007.', 'The Norland embassy is caught in the crossfire, leading to its evacuation under United Nations guard.', '2007-03-22'), 'false');
  // A planned event ("is to be reintroduced" / "will be reintroduced"), and a place WordNet knows by name.
  const planned = 'The European lynx will be reintroduced to Scotland after 300 years.';
  assert.equal(judge('The European lynx is to be reintroduced to Wales after 300 years (June 2010).', planned, '2010-06-02'), 'false');
  assert.match(judge('The European lynx is to be reintroduced to Scotland after 300 years (June 2010).', planned, '2010-06-02'), /supported/);
});

test('a name the source writes as a common noun in the plural is stated', () => {
  assert.equal(judge('At least eight people died in October 2015 in a fire on a Traveller site in Cork.', 'At least eight people have died in a fire at a site for Irish travellers in Dublin.', '2015-10-10'), 'false');
});

test('a French article inside a name, and a country\'s people acting in its capital', () => {
  assert.deepEqual(names('Lenders stop financing Côte d\'Ivoire and Val d’Isère.'), ['Côte d\'Ivoire', 'Val d’Isère']);
  assert.equal(judge('The Norland Fund stopped financing Ivory Coast in December 2010.', 'The World Bank stops financing Côte d\'Ivoire.', '2010-12-23'), 'false');
  const source = 'The coup leaders free President Ada Velm after the army entered the capital, Ouagadougou.';
  assert.match(judge('Burkina Faso\'s coup leaders released President Ada Velm in September 2015.', source, '2015-09-23'), /supported/);
  // Another country's soldiers named doing it: not found in the capital, they are another party.
  assert.equal(judge('Burkina Faso\'s soldiers released President Ada Velm in September 2015.', 'Malian soldiers free President Ada Velm in Ouagadougou.', '2015-09-23'), 'false');
});

test('an event announced with "is to" refutes its opposite; a date inside a known name is the name\'s', () => {
  assert.equal(judge('The Norland central bank eased mortgage lending rules in August 2010.', 'The Norland central bank announces it is to tighten some rules on mortgage lending.', '2010-08-13'), 'false');
  const frame = frameOf('Peacekeepers are redeployed to Goma to protect it from March 23 Movement rebels.', { publishedAt: '2012-07-11' });
  assert.deepEqual(frame.times, []);
  assert.ok(frame.names.some((name) => name.surface === 'March 23 Movement'));
  assert.match(judge('UN peacekeepers were sent back to Goma in July 2012 to protect the city from M23 rebels.', 'United Nations peacekeepers are redeployed to the city of Goma to protect it from March 23 Movement rebels.', '2012-07-11'), /supported/);
});

test('what someone pledged to do, turned round, is a changed direction', () => {
  const source = 'President Ada Velm vows to withdraw Norland from the Tarvik Commission following its critical report.';
  assert.equal(judge('Ada Velm pledged in February 2010 to keep Norland in the Tarvik Commission after its critical report.', source, '2010-02-25'), 'false');
  assert.match(judge('Ada Velm pledged in February 2010 to withdraw Norland from the Tarvik Commission after its critical report.', source, '2010-02-25'), /supported/);
});

test('a party is no event: "ruled" is not found in "by the government"', () => {
  assert.equal(judge('In 2017 judge Ada Velm ruled in favour of the Tarvik travel ban.', 'Judge Ada Velm blocks the Tarvik travel ban pending a legal challenge by the government.', '2017-02-03'), 'not enough evidence');
  // Nor is a verb so wide that the claim's is a kind of it ("vote" is a way to "take"); a narrower one still is.
  assert.equal(judge('Kyrgyzstan\'s parliament voted in 2019 to move the capital to Osh.', 'Protesters in Kyrgyzstan take over the city of Osh after taking Jalal-Abad.', '2005-03-21'), 'not enough evidence');
  assert.match(judge('Typhoon Ada triggered landslides that left at least 12 people missing in September 2016.', 'Typhoon Ada causes landslides in Norland and leaves at least 12 people missing.', '2016-09-29'), /supported/);
});

test('an asker\'s opener before a dash is no part of the claim', () => {
  assert.equal(statementOf('Quick question — Norland joined the customs union in 2020, right?'), 'Norland joined the customs union in 2020.');
  assert.equal(statementOf('Fun fact: Norland joined the customs union in 2020.'), 'Norland joined the customs union in 2020.');
  assert.equal(statementOf('Tilapia farms in Norland closed in 2020.'), 'Tilapia farms in Norland closed in 2020.');
  // A tag question after a dash, and a post passed on as "this".
  assert.equal(statementOf('My aunt says police in Tarvik beat protesters in 2011 — is that right?'), 'Police in Tarvik beat protesters in 2011.');
  // A question whether something happened is checked as the claim that it did (claim-questions.ts).
  assert.equal(statementOf('Did Norland join the union in 2023 — is that right?'), 'Norland joined the union in 2023.');
  assert.equal(statementOf('Saw this on Twitter: a spider crawled onto the mayor\'s robes during a speech 🕷️😳'), 'A spider crawled onto the mayor\'s robes during a speech');
});
