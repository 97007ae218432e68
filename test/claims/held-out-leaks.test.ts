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
