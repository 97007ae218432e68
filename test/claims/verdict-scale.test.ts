import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeScale, gradeOf, VERDICT_SCALE } from '../../src/shared/claims/verdict-scale.ts';
import { VERDICT_LABELS } from '../../src/contracts/schema.ts';

test('the verdict scale covers every label once, best 6 (supported) to worst 1 (false), and reads as prompt text', () => {
  assert.deepEqual(VERDICT_SCALE.map((grade) => grade.label), [...VERDICT_LABELS]);
  assert.deepEqual(VERDICT_SCALE.map((grade) => grade.rating), [6, 5, 4, 3, 2, 1]);
  assert.equal(gradeOf('misleading').rating, 3);
  assert.equal(describeScale().split('\n').length, 6);
  assert.match(describeScale(), /- "false": the sources contradict the claim/);
});
