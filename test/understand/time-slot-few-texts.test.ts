// The CLI's one-report mode of the time reader (its own process: chrono's expressions are compiled on first use).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../src/shared/language/nlp.ts';
import { compileDatesForFewTexts, timesIn } from '../../src/shared/language/time-slot.ts';

const slots = (text: string, reference?: string) => timesIn(text, analyse(text), reference).map((slot) => [slot.from, slot.to, slot.text]);

test('compiled for a few texts, chrono reads the same dates, first parse and later ones', () => {
  compileDatesForFewTexts();
  for (let round = 0; round < 3; round++) {
    assert.deepEqual(slots('Finland joined NATO on 4 April 2023.'), [['2023-04-04', '2023-04-04', 'on 4 April 2023']]);
    assert.deepEqual(slots('Talks resume on 12 May, three days after the vote.', '2023-04-04'), [['2023-05-12', '2023-05-12', 'on 12 May']]);
    assert.deepEqual(slots('Protests continue from 3 to 5 March 2011 in Cairo.').map(([from, to]) => [from, to]), [['2011-03-03', '2011-03-03']]);
  }
});
