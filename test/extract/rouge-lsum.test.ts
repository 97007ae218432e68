import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitPunktSentences } from '../../src/adapters/extract/punkt-sentences.ts';
import { meanRouge, rougeLsum } from '../../src/adapters/extract/rouge-lsum.ts';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} is not ${expected}`);

describe('splitPunktSentences', () => {
  it('breaks after . ? and ! followed by a token, keeping closing quotes on the sentence', () => {
    assert.deepEqual(splitPunktSentences('It rained. Did it? Yes! "Really." Then it stopped'), [
      'It rained.', 'Did it?', 'Yes!', '"Really."', 'Then it stopped',
    ]);
  });

  it('does not break after abbreviations, initials, dotted acronyms or a number before a lower-case word', () => {
    assert.deepEqual(splitPunktSentences('Mr. Smith met J. Bach in the U.S. on Jan. 5. He left.'), ['Mr. Smith met J. Bach in the U.S. on Jan. 5.', 'He left.']);
    assert.deepEqual(splitPunktSentences('Chapter 3. and more'), ['Chapter 3. and more']);
  });

  it('treats newlines as whitespace and never breaks inside a token', () => {
    assert.deepEqual(splitPunktSentences('Heading\nFirst line 3.5 percent.\n\nSecond'), ['Heading First line 3.5 percent.', 'Second']);
    assert.deepEqual(splitPunktSentences('  \n '), []);
  });
});

describe('rougeLsum', () => {
  it('scores identical texts 1 and disjoint texts 0', () => {
    close(rougeLsum('The cat sat. The dog ran.', 'The cat sat. The dog ran.').f1, 1);
    close(rougeLsum('The cat sat.', 'Nothing alike here.').f1, 0);
  });

  it('counts the union of LCS hits over output sentences, each token at most as often as it occurs in both', () => {
    // Gold: one sentence of 4 tokens. Output: two sentences that each cover half of it, in order, plus one extra token.
    const score = rougeLsum('a b c d.', 'a b. c d. x');
    // Tokens: gold [a b c d.] (4); output [a b.] [c d.] [x] (5). LCS with "a b." = a; with "c d." = c, d. → hits 3.
    close(score.recall, 3 / 4);
    close(score.precision, 3 / 5);
    close(score.f1, (2 * 0.75 * 0.6) / 1.35);
  });

  it('is case and punctuation sensitive, tokens being whitespace-separated strings', () => {
    close(rougeLsum('Hello world.', 'hello world').f1, 0);
  });

  it('does not count a repeated output token more often than the gold has it', () => {
    const score = rougeLsum('the end. the end.', 'the end. the end. the end. the end.');
    close(score.recall, 1);
    close(score.precision, 0.5);
  });

  it('follows the benchmark for empty texts: both empty is 1, empty output or empty gold alone is 0', () => {
    assert.deepEqual(rougeLsum(' ', ''), { precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(rougeLsum('', 'text'), { precision: 0, recall: 1, f1: 0 });
    assert.deepEqual(rougeLsum('text', '  '), { precision: 0, recall: 0, f1: 0 });
  });

  it('averages page scores', () => {
    const mean = meanRouge([{ precision: 1, recall: 0.5, f1: 0.6 }, { precision: 0, recall: 0.5, f1: 0.2 }]);
    close(mean.f1, 0.4);
    close(mean.precision, 0.5);
  });
});
