// Readings added from blind set fresh28, read in session 33 as the dev set: a verb of receiving whose object is an act
// done to its subject, a number joined by a hyphen to what it counts, verbs the tagger read as nouns and nouns it read
// as verbs, a light verb's purpose, a clause's joined verbs, vague words for people and hedges, a passive's doer after
// "by", and claims passed on by a podcast, overheard, forwarded or closed with a plea. Every sentence is made up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { withoutFraming } from '../../src/shared/language/claim-text.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { analyse } from '../../src/shared/language/nlp.ts';
import { splitClaim } from '../../src/shared/claims/split-claim.ts';

const tagOf = (text: string, word: string) => analyse(text).find((token) => token.lower === word);

test('a verb of receiving an act done to its subject is that act, undergone', () => {
  const source = 'Tarvik United striker Olan Brede is banned for one match after an act of violence on the pitch.';
  assert.equal(frameOf('Olan Brede got a three-match ban in May 2012.').main?.lemma, 'ban');
  assert.equal(frameOf('Olan Brede received a ban in May 2012.').main?.passive, true);
  assert.match(judge('Olan Brede received a one-match ban in May 2012.', source, '2012-05-06'), /supported/);
  assert.equal(judge('Olan Brede got a three-match ban in May 2012.', source, '2012-05-06'), 'false');
  // A term is a sentence.
  assert.equal(frameOf('Mara Velt got 40 years in prison.').main?.lemma, 'sentence');
  // Not a win: "got a win" stays what the subject did.
  assert.notEqual(frameOf('Tarvik got a win over Norland.').main?.passive, true);
});

test('a number joined by a hyphen counts the word after it, and "for one match" is a count', () => {
  const counted = (text: string) => frameOf(text).quantities.map((quantity) => `${quantity.value} ${quantity.unit}`);
  assert.deepEqual(counted('He got a three-match ban.'), ['3 match']);
  assert.deepEqual(counted('He was given a 10-year sentence.'), ['10 year']);
  assert.deepEqual(counted('He is banned for one match.'), ['1 match']);
  // An age keeps its old reading, and "one day" is still no count.
  assert.deepEqual(counted('A 95-year-old man died.'), ['95 undefined']);
  assert.deepEqual(counted('They met one day.'), []);
  // A rank joined by a hyphen stays a rank.
  assert.deepEqual(counted('Velmar, the third-largest city, fell.'), ['3 undefined']);
  assert.deepEqual(counted('They won the one-day series.'), []);
});

test('a past read as a noun before a count noun, and a plural read as a verb after the clause\'s verb', () => {
  assert.equal(tagOf('Protests across Norland in July 2018 left dozens of people dead.', 'left')?.lemma, 'leave');
  assert.equal(tagOf('Protests across Norland in July 2018 left dozens of people dead.', 'left')?.pos, 'VERB');
  assert.equal(tagOf('The Tarvik Forces begin exercises to protect the border.', 'exercises')?.pos, 'NOUN');
  // A gerund that opens the sentence is no clause verb before it.
  assert.equal(tagOf('Fighting erupts in the capital.', 'erupts')?.pos, 'VERB');
  assert.match(judge('Protests across Norland in July 2018 left dozens of people dead.', 'Demonstrations across Norland leave dozens of people dead and cause mass unrest.', '2018-07-16'), /supported/);
});

test('a light verb\'s noun is the event, the infinitive after it its purpose', () => {
  assert.equal(frameOf('The Tarvik Forces begin exercises to protect the border in the far north.').main?.lemma, 'begin');
  // A verb of beginning before a clause still takes its event from the clause.
  assert.equal(frameOf('The Tarvik Forces began to shell the border town.').main?.lemma, 'shell');
});

test('verbs joined inside a clause opened after the event share that clause\'s subject', () => {
  const parts = splitClaim('Olan Brede dissolved his cabinet in 2006 after toxic waste dumped in Velmar killed three people and sickened 1,500.');
  assert.equal(parts.length, 1);
  // Two events of the main clause are still two parts.
  assert.equal(splitClaim('Olan Brede dissolved his cabinet in 2006 and called an election for May.').length, 2);
});

test('a vague word for people is stated by any kind of person, and a hedge claims nothing more', () => {
  assert.match(judge('In May 2015 tens of thousands of people rallied in Velmar against Prime Minister Olan Brede.', 'A large rally is held by tens of thousands of protestors in Velmar against Prime Minister Olan Brede.', '2015-05-17'), /supported/);
  assert.match(judge('Some guy opened fire at city hall in Tarvik back in February 2008, killing five people.', 'A gunman opens fire at city hall in Tarvik, killing five people.', '2008-02-07'), /^supported$/);
  assert.equal(judge('Norland said on 25 September 2022 that its security forces had retaken Velmar, one day after protesters had reportedly seized the city.', 'The Norland government announces that security forces have regained control of Velmar, a day after protestors allegedly took control of the city.', '2022-09-25'), 'supported');
  // A vague word with no person in the source stays extra.
  assert.equal(judge('People flooded the Tarvik valley in May 2015.', 'Floods hit the Tarvik valley.', '2015-05-17'), 'not enough evidence');
});

test('who did it, after "by", is no manner', () => {
  assert.deepEqual(frameOf('Thirty villagers were killed by gunmen in Velmar in January 2014.').qualifiers, []);
  assert.deepEqual(frameOf('The law was approved by referendum in 2014.').qualifiers, ['referendum']);
  assert.equal(judge('Thirty villagers were killed by gunmen in Velmar, in central Norland, in January 2014.', 'Gunmen kill 30 people in the central Norland village of Velmar.', '2014-01-06'), 'supported');
});

test('a claim passed on by a podcast, overheard, forwarded or closed with a plea', () => {
  assert.equal(withoutFraming('A true-crime podcast I listen to said Mara Velt got 40 years in prison. Did I hear that right?'), 'Mara Velt got 40 years in prison.');
  assert.equal(withoutFraming('Overheard at work: some guy opened fire at city hall in Tarvik. Is that true?'), 'Some guy opened fire at city hall in Tarvik.');
  assert.equal(withoutFraming('My history teacher said Norland lobbied Tarvik in 2004. Is that right?'), 'Norland lobbied Tarvik in 2004.');
  assert.equal(withoutFraming('Fwd: Fwd: Two soldiers were killed when their helicopter went down in Velmar, Nov 2019. Please pray for their families 🙏'), 'Two soldiers were killed when their helicopter went down in Velmar, Nov 2019.');
  assert.equal(withoutFraming('TIL that in May 2015 thousands rallied in Velmar 🤯'), 'In May 2015 thousands rallied in Velmar');
  assert.equal(withoutFraming('The answer sheet at our quiz night says Tarvik beat Velmar 2–1 in the 2019 final. Is the answer sheet wrong?'), 'Tarvik beat Velmar 2–1 in the 2019 final.');
  // A body that says something is part of the claim.
  assert.equal(withoutFraming('The Norland Council says 40 people died.'), 'The Norland Council says 40 people died.');
});

test('a cleft statement states its clause, and a six-word question after it asks nothing of it', () => {
  assert.equal(withoutFraming('My cousin says it was Olan Brede who called for Mara Velt to resign in 2010. That can\'t be right, can it?'), 'Olan Brede called for Mara Velt to resign in 2010.');
  assert.equal(withoutFraming('It was in 2010 that the dam burst in Velmar.'), 'The dam burst in Velmar in 2010.');
  assert.equal(withoutFraming('It was reported that the dam burst in 2010.'), 'It was reported that the dam burst in 2010.');
});

test('a running count refutes nothing on another day', () => {
  const source = 'The death toll from heavy rains in Norland rises to 155 while several other people are still missing.';
  assert.equal(judge('By 9 July 2018 the death toll from heavy rains in Norland had climbed to 126.', source, '2018-07-10'), 'not enough evidence');
  // On its own day the figure still refutes.
  assert.equal(judge('On 10 July 2018 the death toll from heavy rains in Norland rose to 126.', source, '2018-07-10'), 'false');
});

test('a verb joined inside a clause after "that" shares that clause\'s subject', () => {
  assert.equal(splitClaim('In July 2014 the Norland police conceded that the abduction was the work of a lone cell and was never ordered by the Velmar leadership.').length, 1);
});

test('a phrase known with its plural is found past a name ("hold North Korea talks")', () => {
  assert.equal(frameOf('Olan Brede and Mara Velt hold Tarvik talks in Velmar.').main?.lemma, 'hold talks');
});

test('the noun a changed party\'s demonym describes is part of the changed party', () => {
  const source = 'The Velmar Rebel Front capture the city of Rufaa, north of Wad Madani.';
  assert.equal(judge('In December 2023 the Sudanese army seized Rufaa, a city to the north of Wad Madani.', source, '2023-12-18'), 'false');
  // A place the source names with "the city of" is what the event is done to.
  assert.match(judge('In December 2023 the Velmar Rebel Front seized Rufaa, a city to the north of Wad Madani.', source, '2023-12-18'), /supported/);
});

test('preparing to do something is not doing it', () => {
  const frame = frameOf('The Norland Navy was preparing to sail the destroyer Velmar past the islands.');
  assert.equal(frame.main?.lemma, 'sail');
  assert.equal(frame.main?.hypothetical, true);
});

test('a base form after "and" goes on with the infinitive before it', () => {
  assert.equal(splitClaim('Norland pressed Tarvik in 2006 to come back to the talks and stop testing missiles.').length, 1);
  assert.equal(splitClaim('Norland pressed Tarvik in 2006 to come back to the talks and Velmar closed its embassy.').length, 2);
});

test('who is urged is the clause after "that", past a time phrase', () => {
  const frame = frameOf('Norland demanded in September 2021 that Tarvik stop its attacks.');
  assert.deepEqual(frame.main?.patients.map((name) => name.surface), ['Tarvik']);
  assert.equal(judge('Norland demanded in September 2021 that Tarvik stop its cyber-attacks.', 'The Norland government calls on Velmar to cease its cyber-attacks.', '2021-09-06'), 'false');
});

test('names in a relative clause set off by commas are not the subject, and the verb after such an aside is one', () => {
  const frame = frameOf('Olan Brede, a scientist who worked on Norland\'s nuclear programme, defected to Tarvik in March 2010.');
  assert.deepEqual(frame.main?.agents.map((name) => name.surface), ['Olan Brede']);
  assert.equal(tagOf('Olan Brede, a scientist involved in Norland\'s nuclear program, defects to Tarvik.', 'defects')?.pos, 'VERB');
  assert.match(judge('Olan Brede, a scientist who worked on Norland\'s nuclear programme, defected to Tarvik in March 2010.', 'Olan Brede, a scientist involved in Norland\'s nuclear program, defects to Tarvik and begins talking to its intelligence agency.', '2010-03-31'), /supported/);
  assert.equal(withoutFraming('lol so the council actually closed the bridge in 2019??'), 'The council actually closed the bridge in 2019?');
});

test('a participle opening the sentence describes its noun phrase, and where a thing was going is no party', () => {
  const frame = frameOf('Suspected Velmar militants attacked eight trucks on their way to Tarvik in February 2009.');
  assert.equal(frame.main?.lemma, 'attack');
  assert.deepEqual(frame.main?.patients.map((name) => name.surface), []);
  // "a person born in Velmar" describes the person; "was born" is being born.
  assert.notEqual(frameOf('Olan Brede, the first person born in Velmar to swim the strait, lands in Tarvik.').main?.lemma, 'born');
});
