import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimReviewFor } from '../../src/claims/claim-review.ts';
import { describeScale, gradeOf, VERDICT_SCALE } from '../../src/claims/verdict-scale.ts';
import { VERDICT_LABELS } from '../../src/model/schema.ts';
import { sampleReport } from '../support/sample-report.ts';

test('the verdict scale covers every label once, best 6 (supported) to worst 1 (false), and reads as prompt text', () => {
  assert.deepEqual(VERDICT_SCALE.map((grade) => grade.label), [...VERDICT_LABELS]);
  assert.deepEqual(VERDICT_SCALE.map((grade) => grade.rating), [6, 5, 4, 3, 2, 1]);
  assert.equal(gradeOf('misleading').rating, 3);
  assert.equal(describeScale().split('\n').length, 6);
  assert.match(describeScale(), /- "false": the sources contradict the claim/);
});

test('a claim report becomes a schema.org ClaimReview; a question report does not', () => {
  const claim = sampleReport({
    kind: 'claim',
    title: 'Fact check: The sample works',
    verdict: { label: 'mostly supported', reason: [{ text: 'The sample works, one source says.', cites: [1] }], claimReviewed: 'The sample works', rating: { value: 5, best: 6, worst: 1, alternateName: 'mostly supported' } },
  });
  const review = claimReviewFor(claim, { url: 'https://check.example/r/sample', publisher: { name: 'Check Example', url: 'https://check.example' } })!;
  assert.equal(review['@type'], 'ClaimReview');
  assert.equal(review.claimReviewed, 'The sample works');
  assert.equal(review.datePublished, '2026-11-22');
  assert.deepEqual(review.reviewRating, { '@type': 'Rating', ratingValue: 5, bestRating: 6, worstRating: 1, alternateName: 'Mostly supported', ratingExplanation: 'The sample works, one source says.' });
  assert.deepEqual(review.itemReviewed, { '@type': 'Claim', datePublished: '2026-11-01', appearance: [{ '@type': 'CreativeWork', url: 'https://news.example/sample', name: 'Sample' }] });
  assert.equal(claimReviewFor(sampleReport(), { url: 'x', publisher: { name: 'y' } }), undefined);
});
