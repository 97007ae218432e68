// Claims typed as posts, chat messages and quiz cards: the framing read off by claim-framing.ts, claim-remarks.ts,
// claim-questions.ts, claim-dates.ts and claim-case.ts, one kind of framing per test, and plain claims and named
// speakers left as they are. Every sentence is made up; NATO, UNICEF and Japan are real names because the gazetteer
// knows them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statementOf, withoutFraming } from '../../src/shared/language/claim-text.ts';
import { pastTense } from '../../src/shared/language/claim-questions.ts';
import { judge } from '../support/judge.ts';

test('a label naming where the claim was seen is no part of it, and a date in it dates the claim', () => {
  assert.equal(statementOf('Quiz question from my sports app: Velmar beat Tarvik 2–1 in the 2019 cup final.'), 'Velmar beat Tarvik 2–1 in the 2019 cup final.');
  assert.equal(statementOf('Shipping-desk Slack message, 8 March 2022: "Norland has halted all grain exports."'), 'On 8 March 2022, Norland has halted all grain exports.');
  assert.equal(statementOf('Live blog, 18 July 2024: Tarvik protest death toll climbs to 40.'), 'On 18 July 2024, Tarvik protest death toll climbs to 40.');
  assert.equal(statementOf('Hiking forum post, April 2009: "Olan Brede has just closed the Velmar pass to walkers."'), 'In April 2009, Olan Brede has just closed the Velmar pass to walkers.');
  assert.equal(statementOf('Exam revision card — July 2010: meeting in Tarvik, Norland\'s ministers signed the border treaty.'), 'In July 2010, meeting in Tarvik, Norland\'s ministers signed the border treaty.');
  // An emoji where the colon was: "alert ⚽:" must not leave "alert :".
  assert.equal(statementOf('Sports app push alert ⚽: Norland kicks off the 2016 Velmar Cup in Tarvik'), 'Norland kicks off the 2016 Velmar Cup in Tarvik');
  assert.equal(statementOf('Fan page caption ✨ Velmar won the league for the third year running'), 'Velmar won the league for the third year running');
  // A salute names a feat: what it says was done is the claim.
  assert.equal(statementOf('Fan page caption ✨ Huge respect to Olan Brede, who in October 2007 rowed around Norland alone 🚣'), 'Olan Brede in October 2007 rowed around Norland alone');
  assert.equal(statementOf('Huge congratulations to Mara Velt, the first person born in Tarvik to swim the Velmar Strait!'), 'Mara Velt, the first person born in Tarvik to swim the Velmar Strait!');
  // A platform's user is no speaker; the asker's own people are none either.
  assert.equal(statementOf('Tarvik-watcher on Bluesky: the Norland navy sank two patrol boats in 2021'), 'The Norland navy sank two patrol boats in 2021');
  assert.equal(statementOf('My book club got sidetracked: someone said that in 2021 Norland made voting compulsory.'), 'In 2021 Norland made voting compulsory.');
});

test('a named speaker, a titled medium and a label with a verb of its own are kept', () => {
  assert.match(statementOf('The minister said: "We will leave NATO."'), /^The minister said/);
  assert.match(statementOf('Olan Brede: Norland will leave NATO by 2030.'), /^Olan Brede/);
  assert.match(statementOf("Olan Brede's tweet: Norland will leave NATO by 2030."), /^Olan Brede/);
  assert.equal(statementOf('The Tarvik Post says the mayor resigned in May 2012.'), 'The Tarvik Post says the mayor resigned in May 2012.');
  assert.equal(statementOf('Police in Tarvik say 40 people died in the flood.'), 'Police in Tarvik say 40 people died in the flood.');
  assert.equal(statementOf('Norland voted on two bills in 2019: the budget and the border treaty.'), 'Norland voted on two bills in 2019: the budget and the border treaty.');
});

test('a question or a remark after the statement states nothing and goes', () => {
  assert.equal(statementOf('Class worksheet: "Velmar launched its first rocket in March 2023." Is the worksheet correct?'), 'Velmar launched its first rocket in March 2023.');
  assert.equal(statementOf('Olan Brede ran the Tarvik marathon in 2019 — I was at the finish line!'), 'Olan Brede ran the Tarvik marathon in 2019');
  assert.equal(statementOf('Feb 2021, Velmar Canyon — an avalanche killed four skiers. Always check the forecast.'), 'In Feb 2021, in Velmar Canyon, an avalanche killed four skiers.');
  assert.equal(statementOf('Norland closed its embassy in Tarvik in 2014 — cashed out on that one.'), 'Norland closed its embassy in Tarvik in 2014');
  assert.equal(statementOf('Reading group chat: "the Velmar treaty was signed in Tarvik in April 2013, it\'ll be on the exam"'), 'The Velmar treaty was signed in Tarvik in April 2013.');
  assert.equal(statementOf('Spam email subject: "Norland exports FELL by half during 2008" — click to read more'), 'Norland exports fell by half during 2008');
  // A second statement is a statement, not a remark.
  assert.equal(statementOf('A train hit a truck in Tarvik in 2006. Apparently 33 people were hurt.'), 'A train hit a truck in Tarvik in 2006. Apparently 33 people were hurt.');
});

test('whoever passed the claim on is no part of it; a date given with the passing dates it', () => {
  assert.equal(statementOf('Taxi driver told me Olan Brede pulled out of the 2012 Tarvik Open. Was he right?'), 'Olan Brede pulled out of the 2012 Tarvik Open.');
  assert.equal(statementOf('Our cabin steward swore that Norland turned away a cruise ship in March 2020. True?'), 'Norland turned away a cruise ship in March 2020.');
  assert.equal(statementOf('My flatmate insists the Velmar party said in June 2022 that it would never join a coalition.'), 'The Velmar party said in June 2022 that it would never join a coalition.');
  assert.equal(statementOf('My dad remembers this from January 2011: there were reports that the Norland president had fled to Tarvik.'), 'In January 2011, there were reports that the Norland president had fled to Tarvik.');
  assert.equal(statementOf('A commenter under a news article wrote: Norland has never admitted a single civilian death.'), 'Norland has never admitted a single civilian death.');
  assert.equal(statementOf('Cricket WhatsApp group says Olan Brede gave up the Norland captaincy in July 2010. Legit?'), 'Olan Brede gave up the Norland captaincy in July 2010.');
  assert.equal(statementOf("Tour guide at St Velmar's told us that on 3 June 2013 the bishop received Olan Brede."), 'On 3 June 2013 the bishop received Olan Brede.');
});

test('a yes/no question is checked as the statement it asks about; a quiz card with its answer states it', () => {
  assert.equal(statementOf('Did astronomers really find a comet nicknamed Velmar in 2019?'), 'Astronomers found a comet nicknamed Velmar in 2019.');
  assert.equal(statementOf('In April 2013, did Tarvik defender Olan Brede bite a Velmar striker on the arm?'), 'In April 2013, Tarvik defender Olan Brede bit a Velmar striker on the arm.');
  assert.equal(statementOf("Wasn't it Velmar that added a fact-check tag to its news service in October 2016?"), 'Velmar added a fact-check tag to its news service in October 2016.');
  assert.equal(statementOf('Was the mayor of Tarvik arrested in May 2012?'), 'The mayor of Tarvik was arrested in May 2012.');
  assert.equal(statementOf('Has Norland ever left the customs union?'), 'Norland has left the customs union.');
  assert.equal(statementOf('Flashcard, front: Which mayor of Tarvik went to Velmar in April 2007 for talks? Back: Olan Brede.'), 'Olan Brede, a mayor of Tarvik, went to Velmar in April 2007 for talks.');
  assert.equal(statementOf('Pub trivia card 🍺 — Q: Who became Norland Footballer of the Year for a fourth time in 2010? A: Olan Brede.'), 'Olan Brede became Norland Footballer of the Year for a fourth time in 2010.');
  assert.equal(statementOf('Geography warm-up question: which Norland port saw 500 homes damaged by a storm in 2010? The answer key says Tarvik.'), 'Tarvik, a Norland port, saw 500 homes damaged by a storm in 2010.');
  // Without an answer a question asking for a fact stays a question (the engine declines it), and so does one about
  // the telling ("Did that happen?") or one asking what was done to whom.
  assert.equal(statementOf('Which Norland port closed in 2010?'), 'Which Norland port closed in 2010?');
  assert.match(statementOf('Which port did Norland close in 2010? A: Tarvik.'), /^Which port did Norland close in 2010\?/);
  assert.equal(statementOf('Did that actually happen?'), 'Did that actually happen?');
});

test('a past tense from WordNet\'s exceptions read backwards, or by spelling', () => {
  assert.deepEqual(['bite', 'go', 'find', 'begin', 'take', 'sing', 'win', 'beat', 'show', 'stop', 'carry', 'agree', 'admit', 'visit'].map((verb) => pastTense(verb)), ['bit', 'went', 'found', 'began', 'took', 'sang', 'won', 'beat', 'showed', 'stopped', 'carried', 'agreed', 'admitted', 'visited']);
});

test('shouted words are lowered, inflected ones too; acronyms and names stay', () => {
  assert.equal(statementOf('Velmar futures JUMPED 650 points the moment Norland voted to leave'), 'Velmar futures jumped 650 points the moment Norland voted to leave');
  assert.equal(statementOf('News ticker: NORLAND PARLIAMENT PASSES COPYRIGHT LAW WITHOUT A SINGLE VOTE AGAINST (March 2019)'), 'NORLAND parliament passes copyright law without a single vote against in March 2019');
  assert.equal(statementOf('In September 2020 JAPAN demanded $34 million from Norland over the oil spill'), 'In September 2020 Japan demanded $34 million from Norland over the oil spill');
  assert.equal(statementOf('Olan Brede was named a UNICEF goodwill ambassador by NATO staff'), 'Olan Brede was named a UNICEF goodwill ambassador by NATO staff');
});

test('dates stuck on are said as the statement\'s time', () => {
  assert.equal(statementOf('Norland opposition leader Olan Brede held in graft case — 28 Sept 2020'), 'Norland opposition leader Olan Brede held in graft case on 28 Sept 2020');
  assert.equal(statementOf('Olan Brede has been named Velmar\'s envoy (2014)'), 'Olan Brede has been named Velmar\'s envoy in 2014');
  assert.equal(statementOf('Norland has signed for 50 jets from Velmar (Nov 2024), paid for out of a $5bn loan'), 'Norland has signed for 50 jets from Velmar in Nov 2024, paid for out of a $5bn loan');
  assert.equal(statementOf('Debate-club prep note: Norland, March 2019 — in the run-off Olan Brede beat Mara Velt by 58% to 42%.'), 'In March 2019, in Norland, in the run-off Olan Brede beat Mara Velt by 58% to 42%.');
  assert.equal(statementOf('7 Jan 2016 — Norland suspends trading on the Tarvik exchange.'), 'On 7 Jan 2016, Norland suspends trading on the Tarvik exchange.');
  // After a clause of its own the date stays where it was put: said "in March 2011" it would date "denies".
  assert.equal(statementOf('Senator Olan Brede to resign amid bribery allegations, which he denies – March 2011'), 'Senator Olan Brede to resign amid bribery allegations, which he denies – March 2011');
});

test('a claim typed all in lower case gets the capitals of its names and months', () => {
  assert.equal(withoutFraming("so they extended japan's state of emergency to may 31 back in 2020, right?"), "They extended Japan's state of emergency to May 31 back in 2020.");
  // A word that is a name elsewhere stays a word in a sentence with capitals of its own.
  assert.equal(withoutFraming('Norland police arrested seven men who were plotting attacks.'), 'Norland police arrested seven men who were plotting attacks.');
});

test('plain claims are left as they are', () => {
  for (const claim of ['Norland joined NATO in 2023.', 'A train carrying chemicals derailed near Tarvik in May 2013, killing two people.', 'Olan Brede died at his Tarvik home at the age of 76.', 'Eight people were killed in Velmar when protests turned violent in March 2008.']) assert.equal(statementOf(claim), claim);
});

test('what a sentence says was asked not to be done backs no claim that it was asked to be (safety-nets.ts)', () => {
  // Once a claim's names are capitalised it finds such sentences: "told them to go" is not "urged them not to attend".
  const source = { text: 'The Norland government calls on citizens not to attend the Tarvik summit and warns of consequences.', day: '2025-06-11' };
  assert.notEqual(judge('The Norland government told citizens to go to the Tarvik summit in June 2025.', source.text, source.day), 'supported');
  assert.equal(judge('The Norland government called on citizens not to attend the Tarvik summit in June 2025.', source.text, source.day), 'supported');
});
