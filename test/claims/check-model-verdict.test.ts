// A model's claim verdict goes through the slot comparator: contradicted support is lowered, a "false"
// against a source that states the claim is flagged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Writer } from '../../src/contracts/ports.ts';
import type { Draft, RankedPassage } from '../../src/contracts/types.ts';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';
import { write } from '../../src/pipeline/write/index.ts';

const passage: RankedPassage = {
  passage: { id: 'p1', documentId: 'd1', ordinal: 0, text: 'Finland officially joins NATO, becoming the 31st member of the military alliance.' },
  document: { id: 'd1', contentHash: 'sha256:x', url: 'https://news.example/a', title: 'A', outlet: 'Wire', publishedAt: '2023-04-04', fetchedAt: '2026-01-01T00:00:00Z', kind: 'news', text: '', origin: 'test' },
  score: 1,
  facets: ['question'],
};

function modelSaying(label: NonNullable<Draft['verdict']>['label']): Writer {
  return {
    id: 'model',
    async write() {
      return { summary: [], sections: [], bottomLine: [], limits: [], insufficientEvidence: false, warnings: [], verdict: { label, reason: [{ text: passage.passage.text, passageIds: ['p1'] }] } };
    },
  };
}

async function judged(claim: string, label: NonNullable<Draft['verdict']>['label']) {
  return write({ writer: modelSaying(label), plan: heuristicUnderstand(`Fact check: ${claim}`), passages: [passage], now: new Date('2026-01-01') });
}

test('a model that supports a claim a source contradicts is lowered to mixed, with the reason', async () => {
  const draft = await judged('Finland joined NATO in 2020', 'supported');
  assert.equal(draft.verdict?.label, 'mixed');
  assert.match(draft.warnings.join(' '), /different date/);
});

test('a model that calls a stated claim false is flagged; an agreeing model is left alone', async () => {
  const flagged = await judged('Finland joined NATO in April 2023', 'false');
  assert.equal(flagged.verdict?.label, 'false');
  assert.match(flagged.warnings.join(' '), /every detail matching/);
  const agreeing = await judged('Finland joined NATO in April 2023', 'supported');
  assert.equal(agreeing.verdict?.label, 'supported');
  assert.deepEqual(agreeing.warnings, []);
});
