import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageCounts, scoreExtraction, wordTokens } from '../../src/adapters/extract/metric.ts';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} is not ${expected}`);

describe('wordTokens', () => {
  it('splits on non-word characters like Python\'s Unicode \\w+', () => {
    assert.deepEqual(wordTokens("Don't stop: café-über snake_case 42!"), ['Don', 't', 'stop', 'café', 'über', 'snake_case', '42']);
    assert.deepEqual(wordTokens(' ... '), []);
  });
});

describe('pageCounts', () => {
  it('normalises the shingle counts of a page so they sum to 1', () => {
    // truth shingles: abcd bcde cdef; predicted: abcd bcdx -> TP 1, FP 1, FN 2 out of 4.
    const counts = pageCounts('a b c d e f', 'a b c d x');
    close(counts.truePositive, 0.25);
    close(counts.falsePositive, 0.25);
    close(counts.falseNegative, 0.5);
  });

  it('counts shingles as a multiset', () => {
    // truth: abcd bcda cdab dabc abcd (abcd twice); predicted: abcd once -> TP 1, FN 4.
    const counts = pageCounts('a b c d a b c d', 'a b c d');
    close(counts.truePositive, 0.2);
    close(counts.falsePositive, 0);
    close(counts.falseNegative, 0.8);
  });

  it('treats a text shorter than four tokens as one shingle, and empty text as none', () => {
    close(pageCounts('a b', 'a b').truePositive, 1);
    const differentShort = pageCounts('a b', 'a b c');
    close(differentShort.truePositive, 0);
    close(differentShort.falsePositive, 0.5);
    assert.deepEqual(pageCounts('', ''), { truePositive: 0, falsePositive: 0, falseNegative: 0 });
  });
});

describe('scoreExtraction', () => {
  it('scores a perfect extraction as 1 everywhere', () => {
    assert.deepEqual(scoreExtraction([{ truth: 'one two three four five', predicted: 'One two three four five'.replace('One', 'one') }]), {
      f1: 1,
      precision: 1,
      recall: 1,
      accuracy: 1,
      pages: 1,
    });
  });

  it('takes F1 of the mean precision and mean recall, not the mean of per-page F1', () => {
    const score = scoreExtraction([
      { truth: 'a b c d e', predicted: 'a b c d e' }, // P 1, R 1
      { truth: 'a b c d e f', predicted: 'a b c d x' }, // P 0.25/0.5 = 0.5, R 0.25/0.75 = 1/3
    ]);
    close(score.precision, 0.75);
    close(score.recall, 2 / 3);
    close(score.f1, 12 / 17); // 2 * 0.75 * (2/3) / (0.75 + 2/3); per-page F1 mean would be 0.7
    close(score.accuracy, 0.5);
  });

  it('leaves an empty prediction out of precision but counts it as zero recall', () => {
    const score = scoreExtraction([
      { truth: 'a b c d e', predicted: 'a b c d e' },
      { truth: 'a b c d e', predicted: '' },
    ]);
    close(score.precision, 1);
    close(score.recall, 0.5);
    close(score.accuracy, 0.5);
  });

  it('ignores punctuation and spacing when judging accuracy', () => {
    assert.equal(scoreExtraction([{ truth: 'Hello, world!\nBye.', predicted: 'Hello world\n\nBye' }]).accuracy, 1);
  });
});
