import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runReport } from '../../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../../src/search/local-corpus.ts';
import { memoryStore } from '../support/fakes.ts';
import { fixedClock, NATO_CORPUS } from '../support/fixtures.ts';

async function check(claim: string) {
  const store = await memoryStore(NATO_CORPUS);
  return runReport({ question: claim, store, providers: [createLocalCorpusSearch({ store })], clock: fixedClock });
}

test('a claim a source states gets a verdict whose reason is that cited sentence', async () => {
  const report = await check('Finland officially joins NATO, becoming the 31st member of the military alliance');
  assert.equal(report.kind, 'claim');
  assert.equal(report.title, 'Fact check: Finland officially joins NATO, becoming the 31st member of the military alliance');
  assert.equal(report.verdict?.label, 'supported');
  assert.equal(report.verdict?.reason[0].text, 'Finland officially joins NATO, becoming the 31st member of the military alliance.');
  assert.ok(report.verdict!.reason[0].cites.length === 1);
});

test('a claim whose number or negation differs from every source gets no extractive verdict, and says why', async () => {
  for (const claim of ['Finland officially joins NATO, becoming the 35th member of the military alliance', 'Turkey does not lift its veto on Finland and Sweden joining NATO']) {
    const report = await check(claim);
    assert.equal(report.verdict, undefined, claim);
    assert.ok(report.limits.some((limit) => limit.text.startsWith('No verdict:')), claim);
  }
});
