// Claims as people pass them on ("I read that …", "Viral post says …", "…, right?"), and the parsing a claim and
// its source need before they can be compared: hyphenated names, verbs the tagger read as nouns or adjectives,
// who an urging verb's infinitive belongs to, a country before a person's title, an acronym with "&", people
// named by their country. Every sentence here is made up for the test, not taken from a dev set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge } from '../support/judge.ts';
import { withoutFraming } from '../../src/shared/language/claim-text.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { compareNames } from '../../src/shared/language/compare-names.ts';
import { nameMentions } from '../../src/shared/language/names.ts';
import { analyse } from '../../src/shared/language/nlp.ts';
import { splitClaim } from '../../src/shared/claims/split-claim.ts';

const names = (text: string) => nameMentions(text, analyse(text));

test('who passed a claim on is no part of it: the asker, a post, someone online', () => {
  assert.equal(withoutFraming('I read that Velmar bought the shipping firm Nordfrakt in 2019. True?'), 'Velmar bought the shipping firm Nordfrakt in 2019.');
  assert.equal(withoutFraming('Viral post says the petition passed three million signatures in a week.'), 'The petition passed three million signatures in a week.');
  assert.equal(withoutFraming('Someone on Facebook wrote that the mayor of Tarvik resigned in May 2012. Is that right?'), 'The mayor of Tarvik resigned in May 2012.');
  assert.equal(withoutFraming('My uncle keeps saying Norland left the customs union in 2016.'), 'Norland left the customs union in 2016.');
  assert.equal(withoutFraming('I saw on Twitter that the Tarvik bridge collapsed in March 2020.'), 'The Tarvik bridge collapsed in March 2020.');
  assert.equal(withoutFraming("Correct me if I'm wrong, but Norland voted against independence in the 2014 referendum, right?"), 'Norland voted against independence in the 2014 referendum.');
  assert.equal(withoutFraming('Wait, the assembly voted to override the veto in 2016? How did I miss that?'), 'The assembly voted to override the veto in 2016.');
  // A speaker who is part of the claim stays; "Someone", "Soldiers" are not openers.
  assert.equal(withoutFraming('The Tarvik Post says the mayor resigned in May 2012.'), 'The Tarvik Post says the mayor resigned in May 2012.');
  assert.equal(withoutFraming('Soldiers killed 20 people in Tarvik in 2020.'), 'Soldiers killed 20 people in Tarvik in 2020.');
  // Passed on or not, the claim gets the same verdict.
  const source = 'Velmar Group buys Danish shipping company Nordfrakt for US$2.1 billion.';
  const plain = judge('Velmar bought the Danish shipping firm Nordfrakt for $2.1 billion in March 2019.', source, '2019-03-14');
  assert.match(plain, /supported/);
  assert.equal(judge('I read that Velmar bought the Danish shipping firm Nordfrakt for $2.1 billion in March 2019. True?', source, '2019-03-14'), plain);
  assert.equal(judge('Viral post says Velmar bought the Danish shipping firm Nordfrakt for $3.4 billion in March 2019.', source, '2019-03-14'), 'false');
});

test('an infinitive of purpose is as hypothetical as the verb it serves', () => {
  const frame = frameOf('The Norland Labour Party announces that it will decide on 15 May whether to pursue a course of action to join the customs union.');
  assert.equal(frame.predicates.find((predicate) => predicate.lemma === 'join')?.hypothetical, true);
  assert.equal(frameOf('The minister flew to Tarvik to sign the treaty.').predicates.find((predicate) => predicate.lemma === 'sign')?.hypothetical, false);
  assert.equal(frameOf('Washington announced plans to set up a radar station in Tarvik.').predicates.find((predicate) => predicate.lemma.startsWith('set'))?.hypothetical, true);
});

test('a name written with hyphens is one party, however many tokens it takes', () => {
  const apology = frameOf('In Norland, Sheikh Omar Al-Din Rashidi apologizes after a public uproar over his sermon.');
  assert.deepEqual(apology.main?.agents.map((agent) => agent.surface), ['Sheikh Omar Al-Din Rashidi']);
  assert.equal(judge('Sheikh Omar Al-Din Rashidi refused to apologise for his sermon.', apology.text, '2006-10-30'), 'false');
});

test('verbs the tagger reads as nouns or adjectives are the clause\'s verbs', () => {
  // After the name that opens the clause, a name with a possessive too.
  const ads = frameOf('Chirper bans all ads from the news agencies Vox Norland and Tarvik Today based on an intelligence report.');
  assert.equal(ads.main?.lemma, 'ban');
  assert.deepEqual(ads.main?.agents.map((agent) => agent.surface), ['Chirper']);
  assert.equal(frameOf("Ratings agency Standard & Poor's downgrades Norland bonds to junk status.").main?.key, 'decrease');
  // A past between the subject and its object, and a verb's base after a plural opening the sentence.
  assert.equal(frameOf('Surgeons in Tarvik separated twin girls joined at the hip in May 2016.').main?.lemma, 'separate');
  assert.equal(frameOf('Doctors separate conjoined twins in Tarvik.').main?.lemma, 'separate');
  // An irregular plural before the past.
  assert.equal(frameOf('Armed tribesmen abducted two tourists in the Tarvik desert in March 2013.').main?.key, 'seize');
  // A participle after a comma describes the clause before it, whose light verb is the event.
  assert.equal(frameOf('The court gave Norland sovereignty over the islet in 2008, settling a 28-year dispute.').main?.lemma, 'give');
});

test('a noun phrase joined by "and" is not a second claim, even with a participle after it', () => {
  assert.equal(splitClaim('Norland added rice and beans to its list of rationed foods in May 2010.').length, 1);
  assert.equal(splitClaim('Tarvik banned all armed groups and militias operating outside state control.').length, 1);
  assert.equal(splitClaim('Finland joined NATO in 2023 and Sweden joined in 2024.').length, 2);
});

test('putting on a list and taking off it are opposite directions', () => {
  const source = 'Norland removes rice and beans from its list of rationed foods but increases their prices.';
  assert.equal(judge('Norland added rice and beans to its list of rationed foods in November 2009.', source, '2009-11-07'), 'false');
  assert.equal(judge('Norland removed rice and beans from its list of rationed foods in November 2009.', source, '2009-11-07'), 'supported');
});

test('urging, demanding and calling on are one event, and the one urged does what they are urged to', () => {
  const frame = frameOf('Tarvik President Anna Berg calls on the Norland government to explain why it did not inform Tarvik about the raid.');
  assert.deepEqual(frame.predicates.find((predicate) => predicate.lemma === 'explain')?.agents.map((agent) => agent.surface), ['Norland']);
  assert.equal(judge("Tarvik's President Anna Berg demanded that the Norland government explain why Tarvik was not told about the raid.", frame.text, '2012-03-09'), 'supported');
  // The object of "forced" is the people, not the island they are on.
  const evacuation = frameOf('The eruption forced 20,000 people on Tarvik Island to evacuate.');
  assert.deepEqual(evacuation.predicates.find((predicate) => predicate.lemma === 'evacuate')?.agents.map((agent) => agent.surface) ?? [], []);
});

test('a country before a person\'s title describes the person; an ampersand is part of a name and its acronym', () => {
  const [title] = names('US President Obama addresses the assembly.');
  const [own] = names('Barack Obama addresses the assembly.');
  assert.equal(compareNames(title, own), 'same');
  const [other] = names('Jacques Chirac addresses the assembly.');
  assert.equal(compareNames(names('French President Nicolas Sarkozy met him.')[0], other), 'different');
  const [full] = names("Standard & Poor's downgrades the bonds.");
  assert.equal(full.surface, 'Standard & Poor');
  assert.equal(compareNames(names('S&P cut the bonds.')[0], full), 'same');
});

test('a people named by their country is that country; "TV" is a word, not a name', () => {
  const [finns] = names('Finns went to the polls.');
  const [finland] = names('The election takes place in Finland.');
  assert.notEqual(compareNames(finns, finland), 'different');
  assert.deepEqual(names("Norland's state TV told people to leave the square.").map((name) => name.surface), ['Norland']);
});

test('turning oneself in is surrendering: another person named refutes it', () => {
  const source = 'Norland footballer Erik Valdsen surrenders to police in connection with the disappearance of his former partner.';
  assert.equal(frameOf('Norland footballer Erik Valdsen turned himself in to police in July 2010.').main?.key, 'surrender');
  assert.equal(judge('Norland footballer Erik Valdsen turned himself in to police in July 2010 over the disappearance of his former partner.', source, '2010-07-07'), 'supported');
  assert.equal(judge('Norland footballer Pavel Kron turned himself in to police in July 2010 over the disappearance of his former partner.', source, '2010-07-07'), 'false');
});

test('a number word opening the sentence is a count, not a name', () => {
  const source = 'Seven Norland servicemen die in a military helicopter crash.';
  assert.deepEqual(frameOf('Seventeen Norland servicemen were killed when a military helicopter crashed in May 2010.').quantities.map((quantity) => quantity.value), [17]);
  assert.equal(judge('Seventeen Norland servicemen were killed when a military helicopter crashed in May 2010.', source, '2010-05-20'), 'false');
  assert.match(judge('Seven Norland servicemen were killed when a military helicopter crashed in May 2010.', source, '2010-05-20'), /supported/);
});

test('losing an amount is a fall; an event with a direction is never restated by an unrelated verb', () => {
  assert.equal(frameOf('The Tarvik index loses over 200 points by the closing bell.').main?.key, 'decrease');
  // A score is a defeat, not a fall.
  assert.equal(frameOf('Barcelona lost 2-1 to Chelsea.').main?.key, 'win');
  assert.equal(judge('The Tarvik index gained more than 200 points on 1 October 2009.', 'The Tarvik index loses over 200 points by the closing bell.', '2009-10-01'), 'false');
});

test('a participle between a determiner and a name describes it; it is no event', () => {
  const source = 'War in Norland: Omar Hadi, a leader of the defeated Islamic Courts Union, surrendered himself to Tarvik police.';
  assert.equal(judge('Omar Hadi was elected President of Norland in January 2007.', source, '2007-01-21'), 'not enough evidence');
});

test('a noun of the claim\'s event group comes before a verb WordNet only loosely relates', () => {
  const source = "Norland announces the creation of a State Media Office to 'direct, coordinate, and supervise' online content management.";
  assert.equal(frameOf('Norland set up a State Media Office in May 2011.').main?.key, 'establish');
  assert.match(judge('Norland set up a State Media Office in May 2011 to oversee online content.', source, '2011-05-04'), /supported/);
});

test('who is given an ultimatum to act acts; a people\'s word before the other side\'s noun is no role swap', () => {
  const source = 'Ivan Petrenko, the president of the republic, gave Georgia an ultimatum to withdraw Georgian troops from the Dara Gorge.';
  assert.deepEqual(frameOf(source).predicates.find((predicate) => predicate.lemma === 'withdraw')?.agents.map((agent) => agent.surface), ['Georgia']);
  assert.match(judge('President Ivan Petrenko told Georgia to pull its troops out of the Dara Gorge in August 2008.', source, '2008-08-10'), /supported/);
});

test('a race distance in metres, a currency\'s letters, an organisation\'s other names, a name transliterated', () => {
  assert.deepEqual(frameOf('He smashed the 400m world record.').quantities.map((quantity) => [quantity.value, quantity.unit]), [[400, 'meter']]);
  assert.deepEqual(frameOf('It cost £2bn in 2010.').quantities.map((quantity) => quantity.value), [2e9]);
  assert.deepEqual(frameOf('1.5m people fled.').quantities.map((quantity) => quantity.value), [1.5e6]);
  assert.deepEqual(names('Velmar Media makes a US$1 billion bid for Nordfrakt.').map((name) => name.surface), ['Velmar Media', 'Nordfrakt']);
  assert.equal(compareNames(names('ISIS fighters ambushed the patrol.')[0], names('The Islamic State ambushes the patrol.')[0]), 'same');
  assert.equal(compareNames(names('Al Qaida claims the attack.')[0], names('Al-Qaeda claimed the attack.')[0]), 'same');
  assert.equal(compareNames(names('near Khanaqin, Iraq')[0], names('near Khanqeen, Iraq')[0]), 'same');
  assert.equal(compareNames(names('in Benghazi, Libya')[0], names('in Bangkok, Thailand')[0]), 'different');
});

test('an emoji between two statements ends the first; "still" against "once" is no standing state', () => {
  assert.equal(withoutFraming('Both bills are dead for good 🎉 Congress scrapped them after the January 2012 protests. #Stop'), 'Both bills are dead for good. Congress scrapped them after the January 2012 protests.');
  const source = "Velmar's Roadrunner, once the world's fastest supercomputer, is decommissioned.";
  assert.doesNotMatch(judge("Velmar's Roadrunner supercomputer was switched off in March 2013 while it was still the world's fastest.", source, '2013-03-31'), /supported/);
  assert.match(judge("Velmar's Roadrunner supercomputer, once the world's fastest, was switched off in March 2013.", source, '2013-03-31'), /supported/);
});

test('protests, proposals and stalled talks in other words; letting people do what was barred turns a bar round', () => {
  assert.equal(judge('Norland barred prisoners from voting in the constitutional referendum in June 2010.', 'Norland permits prisoners to vote in a referendum on a new constitution in a landmark court ruling.', '2010-06-24'), 'false');
  assert.match(judge('Tarvik offered a peace treaty in January 2010 to replace the armistice.', 'Tarvik proposes a peace treaty, replacing the armistice.', '2010-01-11'), /supported/);
  assert.equal(frameOf('Talks between the government and the opposition stalled in November 2013.').main?.key, 'stall');
  assert.equal(frameOf('The Tarvik Navy rescued nearly 500 migrants off the coast.').main?.key, 'release');
  assert.equal(frameOf('Swimmers Ana Berg and Lise Holm both won Olympic gold.').main?.key, 'win');
});

test('an event noun sought or stood in the way of has not happened', () => {
  const noun = (text: string, lemma: string) => frameOf(text).predicates.find((predicate) => predicate.lemma === lemma)?.hypothetical;
  assert.equal(noun('The three sign a memorandum, clearing the way for Norland and Tarvik\'s NATO accession bids.', 'accession'), true);
  assert.equal(noun('Velmar says he will vote against the admittance of Norland into NATO, preventing its accession.', 'accession'), true);
  assert.equal(noun('Norland completes its accession to NATO.', 'accession'), false);
  assert.doesNotMatch(judge('Norland joined NATO in June 2022.', 'The three sign a memorandum, clearing the way for Norland and Tarvik\'s NATO accession bids.', '2022-06-28'), /supported/);
});

test('a verb of finding before its clause frames the event; a cited outlet and an opening describer are no parties', () => {
  assert.equal(frameOf('A Norland study in March 2011 found that the metals in the river occur naturally.').main?.lemma, 'occur');
  assert.deepEqual(names('Breakaway Tarvikia ordered a full mobilisation.').map((name) => name.surface), ['Tarvikia']);
  const source = '(AP via Google News) Tarvik President Ivan Petrenko declares a state of emergency.';
  assert.match(judge('Tarvik President Ivan Petrenko declared a state of emergency in May 2010.', source, '2010-05-02'), /supported/);
});

test('verbs read as nouns before a particle, after a plural subject, or before "at least"', () => {
  assert.equal(frameOf('Velmar rolls out its new browser to the public.').main?.key, 'start');
  assert.equal(frameOf('Tarvik kicks off an 11-day coronation ceremony.').main?.key, 'start');
  assert.equal(frameOf('Minimum-wage protesters storm the venue ahead of the debate.').main?.lemma, 'storm');
  assert.equal(frameOf('Floods after heavy rain in southern Norland in 2017 left at least one person dead.').main?.key, 'kill');
});

test('a building or square named after any preposition is a place', () => {
  assert.deepEqual(frameOf('Four men were arrested after jumping off the top of the Velmar Tower in Tarvik.').places.map((place) => place.surface), ['Velmar Tower', 'Tarvik']);
  assert.equal(judge('Four men were arrested in March 2014 after base jumping off the top of the Velmar Tower in Tarvik.', 'Four men are arrested after BASE jumping from the top of the Norland Trade Center in Tarvik.', '2014-03-24'), 'false');
  // A building opening the sentence does something; it is no place.
  assert.deepEqual(frameOf('The Velmar Tower reopened in May 2014.').places.map((place) => place.surface), []);
});

test('another party where the claim\'s place goes unstated refutes nothing: it may be another event elsewhere', () => {
  const source = "Oslo's city council announces plans to ban cars from the Norwegian capital's central city by 2019.";
  assert.equal(judge('Auckland mayor Ivan Berg announced in 2019 that cars would be banned from Lambton Street by 2020.', source, '2019-10-20'), 'not enough evidence');
});

test('the same event in other words does not stand with its parties the other way round', () => {
  const source = 'President Anna Berg nominates Velmar University President Ivan Petrenko to be head of the Norland Bank.';
  assert.match(judge('Berg taps Velmar University president Ivan Petrenko to head the Norland Bank in March 2012.', source, '2012-03-23'), /supported/);
  assert.doesNotMatch(judge('Berg taps Velmar University president Norland Bank to head the Ivan Petrenko in March 2012.', source, '2012-03-23'), /supported/);
});
