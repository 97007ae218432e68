import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/schema.ts';
import { ReportSchema } from '../../src/contracts/schema.ts';
import type { ProgressEvent } from '../../src/contracts/types.ts';
import { runReport } from '../../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { fakeSearchProvider, fakeWriter, memoryStore } from '../support/fakes.ts';
import { fixedClock, NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';

async function ask(question: string, extra: Partial<Parameters<typeof runReport>[0]> = {}) {
  const store = await memoryStore(NATO_CORPUS);
  const events: ProgressEvent[] = [];
  const report = await runReport({ question, store, providers: [createLocalCorpusSearch({ store })], clock: fixedClock, onEvent: (event) => events.push(event), ...extra });
  return { report, events, store };
}

function citedSentences(report: Report) {
  return [...report.summary, ...report.sections.flatMap((section) => section.sentences), ...(report.positions ?? []).flatMap((position) => position.reasons), ...report.bottomLine];
}

test('a position question gives a full, schema-valid report whose every sentence is quoted from a cited source', async () => {
  const { report, store } = await ask(NATO_QUESTION);
  ReportSchema.parse(report);
  assert.equal(report.insufficientEvidence, false);
  assert.ok(report.summary.length >= 2 && report.summary.length <= 4, 'summary of 2–4 sentences');
  assert.ok(report.sections.length >= 4, `at least 4 sections, got ${report.sections.length}`);
  assert.ok(report.bottomLine.length >= 1);
  assert.equal(report.followUps.length, 5);
  const sourceNumbers = new Set(report.sources.map((source) => source.n));
  for (const sentence of citedSentences(report)) {
    assert.ok(sentence.cites.length > 0, `uncited: ${sentence.text}`);
    assert.ok(sentence.cites.every((n) => sourceNumbers.has(n)), `cites a missing source: ${sentence.text}`);
    const quotes = sentence.support?.quotes ?? [];
    assert.ok(quotes.some((quote) => sentence.cites.includes(quote.source) && quote.text.includes(sentence.text)), `not verbatim in a quote: ${sentence.text}`);
  }
  // Sources are the stored snapshots, with their hashes.
  for (const source of report.sources) {
    const [document] = await store.getDocuments([source.documentId!]);
    assert.equal(document.contentHash, source.contentHash);
  }
  assert.deepEqual(await store.getReport(report.id), report, 'published to the store');
});

test('the positions table names at least four actors, each stance borne out by its sentence', async () => {
  const { report } = await ask(NATO_QUESTION);
  const stances = Object.fromEntries((report.positions ?? []).map((position) => [position.actor, position.stance]));
  assert.ok(Object.keys(stances).length >= 4, JSON.stringify(stances));
  assert.equal(stances.Russia, 'opposes');
  assert.equal(stances.Hungary, 'opposes');
  assert.equal(stances.Poland, 'supports');
  assert.equal(stances['United States'], 'supports');
  assert.equal(stances.Germany, 'cautious');
  assert.ok(!('Finland' in stances), 'Finland joining is not Ukraine joining');
});

test('the same question on the same store with a fixed clock gives the same report', async () => {
  const first = await ask(NATO_QUESTION);
  const second = await ask(NATO_QUESTION);
  assert.deepEqual(second.report, first.report);
});

test('a question the corpus cannot answer gives a short not-enough-evidence report', async () => {
  const { report } = await ask('What was the score of the 1994 World Cup final between Brazil and Italy?');
  assert.equal(report.insufficientEvidence, true);
  assert.equal(report.sections.length, 0);
  assert.equal(report.summary.length, 0);
  assert.ok(report.limits.length >= 1 && report.limits.length <= 4);
  assert.equal(report.followUps.length, 5);
});

test('progress events arrive stage by stage, ending with done', async () => {
  const { events } = await ask(NATO_QUESTION);
  const order = [...new Set(events.map((event) => event.type))];
  assert.deepEqual(order.filter((type) => type !== 'source-found' && type !== 'section'), ['plan', 'search', 'read', 'write', 'verify', 'done']);
  assert.ok(events.some((event) => event.type === 'section'), 'sections are announced as they are written');
});

test('a failing provider becomes a warning, not a crash', async () => {
  const store = await memoryStore(NATO_CORPUS);
  const report = await runReport({ question: NATO_QUESTION, store, clock: fixedClock, providers: [createLocalCorpusSearch({ store }), fakeSearchProvider({ id: 'broken', fail: new Error('HTTP 503') })] });
  assert.ok(report.warnings.some((warning) => warning.includes('broken') && warning.includes('503')));
  assert.ok(report.sections.length >= 4);
});

test('a failing writer falls back to the extractive writer with a warning', async () => {
  const { report } = await ask(NATO_QUESTION, { writer: fakeWriter(new Error('model timed out')) });
  assert.equal(report.stats.writer, 'extractive');
  assert.ok(report.warnings.some((warning) => warning.includes('model timed out')));
  assert.ok(report.summary.length > 0);
});

test('an empty or oversized question is refused with a clear message', async () => {
  await assert.rejects(() => ask('   '), /empty/);
  await assert.rejects(() => ask('x'.repeat(600)), /under 500/);
});
