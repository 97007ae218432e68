import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DraftSentence, Passage, StoredDocument } from '../../src/contracts/types.ts';
import { type PassageRecord, verify } from '../../src/pipeline/verify/index.ts';
import { supportScore } from '../../src/pipeline/verify/support-score.ts';

function record(id: string, text: string, outlet = 'Example News'): PassageRecord {
  const document: StoredDocument = { id: `doc_${id}`, url: `https://news.example/${id}`, title: `Title ${id}`, outlet, fetchedAt: '2026-11-22T00:00:00.000Z', kind: 'news', text, origin: 'test', contentHash: `sha256:${id}` };
  const passage: Passage = { id: `doc_${id}:0`, documentId: document.id, ordinal: 0, text };
  return { passage, document };
}

const hungary = record('a', 'Hungary says it will block Ukraine joining NATO. Budapest cites minority rights in western Ukraine.');
const poland = record('b', 'Poland backs Ukraine joining NATO as soon as possible. Warsaw says 4 brigades will train Ukrainian troops.');
const passages = new Map([hungary, poland].map((entry) => [entry.passage.id, entry]));

const draft = (summary: DraftSentence[]) => ({ summary, sections: [], bottomLine: [], limits: [], insufficientEvidence: false, warnings: [] });

test('support score: verbatim is 1, agreement in words scores high, changed numbers, names and negation score low', () => {
  assert.equal(supportScore('Hungary says it will block Ukraine joining NATO.', hungary.passage.text).score, 1);
  const paraphrase = supportScore('Hungary will block Ukraine from joining NATO.', hungary.passage.text);
  assert.ok(paraphrase.score >= 0.6, `paraphrase ${paraphrase.score}`);
  assert.equal(paraphrase.quote, 'Hungary says it will block Ukraine joining NATO.');
  assert.ok(supportScore('Warsaw says 9 brigades will train Ukrainian troops.', poland.passage.text).score < 0.6, 'number changed');
  assert.ok(supportScore('Slovakia says it will block Ukraine joining NATO.', hungary.passage.text).score < 0.6, 'name changed');
  assert.ok(supportScore('Hungary says it will not block Ukraine joining NATO.', hungary.passage.text).score < 0.6, 'negation added');
});

test('verify numbers sources in order of first citation and keeps the supporting quotes', async () => {
  const result = await verify({ draft: draft([{ text: 'Poland backs Ukraine joining NATO as soon as possible.', passageIds: [poland.passage.id] }, { text: 'Hungary says it will block Ukraine joining NATO.', passageIds: [hungary.passage.id] }]), passages });
  assert.deepEqual(result.sources.map((source) => [source.n, source.documentId]), [[1, 'doc_b'], [2, 'doc_a']]);
  assert.deepEqual(result.summary.map((sentence) => sentence.cites), [[1], [2]]);
  assert.equal(result.summary[1].support?.quotes[0].text, 'Hungary says it will block Ukraine joining NATO.');
  assert.deepEqual(result.stats, { sentencesChecked: 2, sentencesRepaired: 0, sentencesDropped: 0 });
});

test('an invented citation never reaches the result, and a wrong one is dropped and counted', async () => {
  const result = await verify({
    draft: draft([
      { text: 'Hungary says it will block Ukraine joining NATO.', passageIds: ['doc_invented:0', hungary.passage.id] },
      { text: 'Hungary says it will block Ukraine joining NATO.', passageIds: ['doc_invented:0'] },
      { text: 'Hungary backs Ukraine joining NATO as soon as possible.', passageIds: [poland.passage.id] },
    ]),
    passages,
  });
  assert.equal(result.summary.length, 1);
  assert.deepEqual(result.summary[0].cites, [1]);
  assert.equal(result.sources.length, 1, 'no source for the invented or wrong citation');
  assert.equal(result.stats.sentencesDropped, 2);
});

test('an unsupported sentence is repaired once when a repairer is given, and counted', async () => {
  let calls = 0;
  const result = await verify({
    draft: draft([{ text: 'Hungary welcomes Ukraine joining NATO.', passageIds: [hungary.passage.id] }]),
    passages,
    repair: async (sentence) => {
      calls++;
      return { text: 'Hungary says it will block Ukraine joining NATO.', passageIds: sentence.passageIds };
    },
  });
  assert.equal(calls, 1);
  assert.equal(result.summary[0].text, 'Hungary says it will block Ukraine joining NATO.');
  assert.equal(result.stats.sentencesRepaired, 1);
});

test('a judge can accept an uncertain sentence only with a quote that is really in the passage', async () => {
  const sentence = { text: 'Budapest objects over the rights of the minority living in western areas.', passageIds: [hungary.passage.id] };
  const accepted = await verify({ draft: draft([sentence]), passages, judge: async () => ({ verdict: 'supported', quote: 'Budapest cites minority rights in western Ukraine.' }) });
  assert.equal(accepted.summary.length, 1);
  const invented = await verify({ draft: draft([sentence]), passages, judge: async () => ({ verdict: 'supported', quote: 'A quote that is nowhere.' }) });
  assert.equal(invented.summary.length, 0);
});
