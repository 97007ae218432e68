// The time reader: chrono-node is asked only about a text that names a month, and gives the same slots.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../src/shared/language/nlp.ts';
import { timesIn } from '../../src/shared/language/time-slot.ts';

const slots = (text: string, reference?: string) => timesIn(text, analyse(text), reference).map((slot) => [slot.from, slot.to, slot.text]);

test('a text without a month name keeps its years and nothing else, with or without a reference day', () => {
  assert.deepEqual(slots('Talks resume on Monday in Brussels, three days after the 2019 vote.', '2023-04-04'), []);
  assert.deepEqual(slots('Talks resume on Monday in Brussels, three days after the vote in 2019.', '2023-04-04'), [['2019-01-01', '2019-12-31', '2019']]);
  assert.deepEqual(slots('The ceasefire may hold until next week.', '2023-04-04'), []);
});

test('a month name brings chrono in: days, months, and a day without a year only with a reference day', () => {
  assert.deepEqual(slots('Finland joined NATO on 4 April 2023.'), [['2023-04-04', '2023-04-04', 'on 4 April 2023']]);
  assert.deepEqual(slots('Talks resume on 12 May.'), []);
  assert.deepEqual(slots('Talks resume on 12 May.', '2023-04-04'), [['2023-05-12', '2023-05-12', 'on 12 May']]);
});
