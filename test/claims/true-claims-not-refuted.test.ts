// True claims that blind sets fresh26–fresh34 saw rated false (session 35), each reading with made-up sentences: a
// name described between commas before its verb, a possessor the claim gives by a pronoun, a teller who is no
// party, the object of a verb of holding back, a phrase joined to the subject, a choice not to act, "unless" and
// "only if", a name after a comma that opens the next clause, "according to", a ranking scoped by a place's history,
// a ban that was lifted, and the two parties "both" stands for. The false and misleading readings beside them must
// still stand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { judgeClaim } from '../../src/shared/claims/judge-claim.ts';
import { splitClaim } from '../../src/shared/claims/split-claim.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';

const rolesOf = (text: string, lemma: string) => {
  const predicate = frameOf(text).predicates.find((candidate) => candidate.lemma === lemma)!;
  return { agents: predicate.agents.map((name) => name.surface), patients: predicate.patients.map((name) => name.surface) };
};

test('a phrase after a name, set off by commas before its verb, describes that name: its names are not the subject', () => {
  assert.deepEqual(rolesOf('Olan Brede, the only gunman to survive the 2011 raid on Velmar, was pardoned by Norland in May 2016.', 'pardon'), { agents: ['Norland'], patients: ['Olan Brede'] });
  const source = 'Norland pardons Olan Brede, the lone surviving gunman of the 2011 Velmar raid.';
  assert.notEqual(judge('Olan Brede, the only gunman to survive the 2011 raid on Velmar, was pardoned by Norland in May 2016.', source, '2016-05-03'), 'false');
  // Still another party: Tarvik did not pardon him.
  assert.equal(judge('Olan Brede, the only gunman to survive the 2011 raid on Velmar, was pardoned by Tarvik in May 2016.', source, '2016-05-03'), 'false');
});

test('"the lone gunman" says "the only gunman"', () => {
  assert.match(judge('Norland pardoned Olan Brede, the only gunman to survive the raid, in May 2016.', 'Norland pardons Olan Brede, the lone surviving gunman of the raid.', '2016-05-03'), /supported/);
});

test('the claim\'s party owning a thing by a pronoun is the owner the source names; the teller is no party', () => {
  const source = 'The National Health Centre reports Tarvik\'s first confirmed case of COVID-19, a patient at a hospital in Velmar.';
  assert.equal(judge('Tarvik recorded its first confirmed COVID-19 case in March 2020, a patient in a Velmar hospital, the country\'s National Health Centre said.', source, '2020-03-24'), 'supported');
  // Another country's case is still another party.
  assert.doesNotMatch(judge('Ostland recorded its first confirmed COVID-19 case in March 2020, a patient in a Velmar hospital, the country\'s National Health Centre said.', source, '2020-03-24'), /supported/);
});

test('the object of a verb of holding back does what the gerund after "against" or "from" says', () => {
  assert.deepEqual(rolesOf('Norland warned Tarvik officials against politicising the grain trade.', 'politicize'), { agents: ['Tarvik'], patients: [] });
  assert.deepEqual(rolesOf('The court barred Olan Brede from contesting the election.', 'contest').agents, ['Olan Brede']);
  // Not an object of another kind of verb: "Norland defended Tarvik against charges of cheating" leaves the cheating unowned by Tarvik's reading here.
  assert.deepEqual(rolesOf('Norland praised Tarvik before leaving the summit.', 'leave').agents, ['Norland']);
});

test('a phrase joined by "and" that opens with a preposition is part of the subject, not a second claim', () => {
  assert.equal(splitClaim('Footage of guards searching the house of Olan Brede, and of a raid on his office, was released by the Velmar police.').length, 1);
  assert.equal(splitClaim('Norland closed its border, and in May Tarvik recalled its ambassador.').length, 2);
});

test('a choice not to act is as much an intention as a decision not to: the two are matched with each other', () => {
  const hypothetical = (text: string, lemma: string) => frameOf(text).predicates.find((predicate) => predicate.lemma === lemma)?.hypothetical;
  assert.equal(hypothetical('Mara Velt chose not to make public the audit of the Norland Bank.', 'make public'), true);
  assert.equal(hypothetical('Mara Velt decides not to release the audit of the Norland Bank.', 'release'), true);
  const source = 'Mara Velt decides not to release the audit of the Norland Bank but the Velmar Post releases pages of it.';
  assert.match(judge('In May 2015 Mara Velt chose not to make public the audit of the Norland Bank, but the Velmar Post put out pages of it.', source, '2015-05-04'), /supported/);
  assert.equal(judge('In May 2015 Mara Velt released the audit of the Norland Bank.', source, '2015-05-04'), 'false');
});

test('"not … unless" says what "only … if" does, and "unless X" what "if X fails to"', () => {
  assert.notEqual(judge('The Velmar Front said in May 2013 that it would not start peace talks unless Norland signed a ceasefire.', 'The Velmar Front announces that peace talks will only commence if Norland signs a ceasefire.', '2013-05-03'), 'false');
  assert.match(judge('Mara Velt warned in May 2011 that Norland would take "steps" unless Tarvik ended its blockade.', 'Mara Velt says that "steps" would be taken by Norland if Tarvik fails to end the blockade.', '2011-05-15'), /supported/);
  // A condition stated the other way round is still a conflict.
  assert.equal(judge('Mara Velt warned in May 2011 that Norland would take "steps" if Tarvik ended its blockade.', 'Mara Velt says that "steps" would be taken by Norland if Tarvik fails to end the blockade.', '2011-05-15'), 'false');
});

test('a name after a comma right before the next verb is that verb\'s subject; "according to" names who says so', () => {
  assert.deepEqual(rolesOf('Guards attacked the camp, injuring three, the Norland refugee agency said.', 'injure').patients, []);
  const according = frameOf('Hundreds flee the camp, according to the United Nations High Commissioner for Refugees.').predicates.find((predicate) => predicate.lemma === 'accord')!;
  assert.deepEqual(according.agents.map((name) => name.surface), ['United Nations High Commissioner for Refugees']);
});

test('a place whose history scopes a ranking is not where the event happened', () => {
  const source = 'Winds drive the Velmar Fire, now the third-largest in Oregon history, further west in Lane County.';
  assert.notEqual(judge('In May 2017 winds pushed the Velmar Fire, by then the third-biggest in Oregon\'s history, further west into Lane County.', source, '2017-05-16'), 'false');
});

test('a ban lifted is the lifting, not the ban', () => {
  const source = 'Norland blocks access to the Velmar Post less than one week after a year-long ban was lifted.';
  assert.notEqual(judge('In May 2006 Norland lifted the block on the Velmar Post.', source, '2006-05-17'), 'false');
  assert.equal(judge('In May 2006 Norland lifted the block on the Velmar Post.', 'Norland bans the Velmar Post.', '2006-05-17'), 'false');
});

test('what the event is done to is a thing the source names, not its verb', () => {
  const source = 'Velmar Gas signs a memorandum of understanding for the development of Tarvik gas fields worth $40 billion.';
  assert.doesNotMatch(judge('Velmar Gas signed a binding $40 billion contract in July 2022 to develop Tarvik gas fields.', source, '2022-07-19'), /supported/);
  assert.match(judge('Velmar Gas signed a $40 billion memorandum in July 2022 to develop Tarvik gas fields.', source, '2022-07-19'), /supported/);
  // Another verb of the source still states it: the event turned round is found and refuted.
  assert.equal(judge('In April 2014 the Velmar Assembly restored Tarvik\'s voting rights.', 'The Velmar Assembly suspends Tarvik\'s right to vote.', '2014-04-10'), 'false');
});

test('"both" stands for two parties only where the source has them in one role', () => {
  const spoken = 'Norland President Olan Brede says that his wife Mara Brede\'s symptoms remain mild after testing positive for measles.';
  assert.doesNotMatch(judge('Olan Brede and Mara Brede both tested positive for measles in March 2020.', spoken, '2020-03-13'), /supported/);
  assert.match(judge('Olan Brede and Mara Brede both tested positive for measles in March 2020.', 'Olan Brede and his wife Mara Brede test positive for measles.', '2020-03-13'), /supported/);
});

test('a verb in a phrase that opens the sentence with a preposition sets the scene: the clause after the comma holds the event', () => {
  assert.equal(frameOf('Under a 2015 deal to settle their border dispute, Norland received 14 of the 18 villages.').main?.lemma, 'receive');
  assert.equal(frameOf('After talks to settle the dispute, Norland and Tarvik signed a treaty.').main?.lemma, 'sign');
});

test('the sentence\'s subject named before any verb is its reporter, whatever a later clause\'s verb of saying has', () => {
  const source = 'The Velmar Post reports that a phone belonging to Olan Brede contains contacts with the Tarvik Front indicating ties with Norland\'s intelligence service.';
  assert.equal(judge('According to The Velmar Post, a phone belonging to Olan Brede held contacts with the Tarvik Front, hinting at ties with Norland\'s intelligence service.', source, '2011-06-24'), 'supported');
  assert.notEqual(judge('According to The Ostland Herald, a phone belonging to Olan Brede held contacts with the Tarvik Front, hinting at ties with Norland\'s intelligence service.', source, '2011-06-24'), 'supported');
});

test('the claim\'s words all but one, placed by a time, identify the event in other verbs: one changed place or doer refutes it', () => {
  const source = 'Norland Navy ships escort boats from the Velmar protest flotilla to the port of Tarvik, hours after the clash.';
  assert.equal(judge('Hours after the clash at sea on 31 May 2010, Norland navy ships shepherded the boats of the Velmar protest flotilla into the port of Ostia.', source, '2010-05-31'), 'false');
  // The same place never supports it: the verbs are not related.
  assert.doesNotMatch(judge('Hours after the clash at sea on 31 May 2010, Norland navy ships shepherded the boats of the Velmar protest flotilla into the port of Tarvik.', source, '2010-05-31'), /supported/);
  const doer = 'Norland governor Olan Brede and his family enter quarantine after a member of his security detail who drove with his family tested positive for COVID-19.';
  assert.equal(judge('Mara Velt and her family went into quarantine in October 2020 after a member of her security team who had driven with them tested positive for COVID-19.', doer, '2020-10-20'), 'false');
  // Too few of the claim's words: another event.
  assert.equal(judge('Mara Velt went into quarantine in October 2020.', doer, '2020-10-20'), 'not enough evidence');
});

test('what an act is for ("in an attempt to curb") is not the event; a people\'s word before a title holds no place among the parties', () => {
  assert.equal(frameOf('Norland\'s president Olan Brede declares a 30-day state of emergency in Velmar in an attempt to curb rising crime.').main?.lemma, 'declare');
  assert.equal(frameOf('Troops fired on the crowd in a bid to end the protest.').main?.lemma, 'fire on');
  const source = 'Peruvian president Olan Brede declares a 30-day state of emergency in Cusco in an attempt to curb rising crime.';
  assert.match(judge('Peru\'s President Olan Brede put Cusco under a state of emergency for 30 days in October 2025 to fight rising crime.', source, '2025-10-21'), /supported/);
  assert.doesNotMatch(judge('Peru\'s President Olan Brede lifted the state of emergency in Cusco in October 2025.', source, '2025-10-21'), /supported/);
});

test('a noun phrase between a comma and its verb is the whole subject ("…, a Norland defence official said")', () => {
  assert.deepEqual(frameOf('The Norland Navy was preparing to sail the destroyer Brede to within 12 miles of Tarvik\'s islands, a Norland defence official said.').predicates.find((predicate) => predicate.lemma === 'say')!.agents.map((name) => name.surface), ['Norland']);
});

test('"first-ever" is not stated by an item that calls the thing its second-ever and names an earlier first', () => {
  const evidence = [
    'The Norland government warns residents in northern Norland to prepare for a wave of choking smog arriving over the weekend, with Velmar affected hardest.',
    'The capital city issues its second-ever "red alert" -- the first was announced on December 7, 2015.',
  ].map((text) => ({ text, passageId: 'p1', publishedAt: '2015-12-18' }));
  assert.doesNotMatch(judgeClaim('On 18 December 2015 Velmar issued its first-ever "red alert" for smog.', evidence).label, /supported/);
  // A later ordinal of something else is no later first.
  assert.match(judge('Olan Brede won the first round of the Norland election in May 2015.', 'Olan Brede wins the first round of the Norland election and seeks a second term.', '2015-05-10'), /supported/);
});

test('an acronym made of the first letters of each word, one to three from each, names the body ("FINRA")', () => {
  const source = 'Velmar Bank is fined US$70 million by the Financial Industry Regulatory Authority for misleading investors.';
  assert.equal(judge('Velmar Bank was fined US$170 million by FINRA in June 2021 for misleading investors.', source, '2021-06-30'), 'false');
  assert.match(judge('Velmar Bank was fined US$70 million by FINRA in June 2021 for misleading investors.', source, '2021-06-30'), /supported/);
  assert.notEqual(judge('Velmar Bank was fined US$70 million by FIFA in June 2021 for misleading investors.', source, '2021-06-30'), 'supported');
});

test('a span measured from another event ("two months after hitting the bridge") is no count the source must give', () => {
  const source = 'The container ship Velmar Star is freed from bridge debris and is escorted by tugboats back to the port of Tarvik.';
  assert.equal(judge('Almost two months after hitting the bridge at Tarvik, the container ship Velmar Star still had not been freed from the debris in May 2024.', source, '2024-05-20'), 'false');
});

test('names in a place phrase after the subject\'s noun ("strikes on Velmar and Tarvik") are where it happened, not who did it', () => {
  assert.deepEqual(frameOf('Norland strikes on Velmar and Tarvik have killed 7 people.').main?.agents.map((name) => name.surface) ?? [], []);
  assert.match(judge('Norland strikes on Velmar and Tarvik have killed 7 people and wounded 12 more.', 'Seven people are killed and 12 others are injured in Norland strikes in Velmar and Tarvik, Ostland.', '2024-10-01'), /supported/);
});

test('a year naming a thing is compared across a name between ("the 2005 attacks on Velmar" / "the 2008 Velmar attacks")', () => {
  const source = 'Norland executes Olan Brede, the lone surviving gunman of the 2008 Velmar attacks.';
  assert.equal(judge('Olan Brede, the only gunman to survive the 2005 attacks on Velmar, was executed by Norland in November 2012.', source, '2012-11-21'), 'false');
  assert.notEqual(judge('Olan Brede, the only gunman to survive the 2008 attacks on Velmar, was executed by Norland in November 2012.', source, '2012-11-21'), 'false');
});

test('"$163k" is 163,000: a thousand written as "k" scales the number', () => {
  assert.deepEqual(frameOf('Panic buying sent the price past $163k a tonne.').quantities.map((quantity) => quantity.value), [163000]);
});
