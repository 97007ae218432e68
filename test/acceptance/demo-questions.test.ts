// Acceptance on the bundled demo corpus: the README's question and three others get full reports,
// an unanswerable one gets a short not-enough-evidence report. Loads the real corpus once (~6 s).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Store } from '../../src/contracts/ports.ts';
import { ensureDemoCorpus } from '../../src/adapters/demo-corpus/demo-corpus.ts';
import { type Report, ReportSchema } from '../../src/contracts/schema.ts';
import { runReport } from '../../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';
import { propositionStems } from '../../src/pipeline/write/extractive/positions.ts';
import { readStance } from '../../src/pipeline/write/stance.ts';
import { fixedClock, NATO_QUESTION } from '../support/fixtures.ts';

let store: Store;

before(async () => {
  store = createSqliteStore({ file: path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-demo-')), 'store.db') });
  const loaded = await ensureDemoCorpus(store);
  assert.ok(loaded.ingested > 100_000, `demo corpus loaded: ${loaded.ingested}`);
});

after(() => store.close());

const ask = (question: string) => runReport({ question, store, providers: [createLocalCorpusSearch({ store })], clock: fixedClock });

function assertFullReport(report: Report, minimumSections = 4) {
  ReportSchema.parse(report);
  assert.equal(report.insufficientEvidence, false, report.title);
  assert.ok(report.summary.length >= 2, `${report.title}: summary`);
  assert.ok(report.sections.length >= minimumSections, `${report.title}: ${report.sections.length} sections`);
  assert.ok(report.bottomLine.length >= 1 && report.limits.length >= 1);
  assert.equal(new Set(report.followUps).size, 5);
  const numbers = new Set(report.sources.map((source) => source.n));
  assert.deepEqual([...numbers], report.sources.map((_, index) => index + 1), 'sources numbered 1..n');
  const cited = [...report.summary, ...report.sections.flatMap((section) => section.sentences), ...(report.positions ?? []).flatMap((position) => position.reasons), ...report.bottomLine];
  for (const sentence of cited) {
    assert.ok(sentence.cites.length > 0 && sentence.cites.every((n) => numbers.has(n)), `citations of: ${sentence.text}`);
    // A day's event item is quoted with its day in front ("On 4 April 2023, the court …"); the rest is verbatim.
    const quoted = sentence.text.replace(/^On \d{1,2} [A-Z][a-z]+ \d{4}, /, '');
    assert.ok(sentence.support?.quotes.some((quote) => sentence.cites.includes(quote.source) && quote.text.toLowerCase().includes(quoted.toLowerCase())), `verbatim quote for: ${sentence.text}`);
  }
}

test('the NATO question: full report, a positions table of at least four actors, each stance borne out by its sentences', async () => {
  const report = await ask(NATO_QUESTION);
  assertFullReport(report);
  const positions = report.positions ?? [];
  assert.ok(positions.length >= 4, positions.map((position) => position.actor).join(', '));
  const stances = Object.fromEntries(positions.map((position) => [position.actor, position.stance]));
  assert.equal(stances.Russia, 'opposes');
  assert.equal(stances['United States'], 'supports');
  const proposition = propositionStems(heuristicUnderstand(NATO_QUESTION));
  for (const position of positions) {
    const readings = position.reasons.map((reason) => readStance(reason.text, proposition)?.stance);
    if (position.stance === 'mixed') assert.ok(new Set(readings).size >= 2, `${position.actor}: mixed needs both directions`);
    else assert.ok(readings.every((reading) => reading === position.stance), `${position.actor}: ${position.stance} vs ${readings}`);
  }
  assert.ok(report.limits.some((limit) => /No source found states the position of \d+ of the 32 NATO members/.test(limit.text)));
});

for (const question of [
  'Which countries support or oppose Sweden joining NATO, and why?',
  'What did the International Criminal Court decide about Vladimir Putin?',
  "Which countries recognized Kosovo's independence, and which refused?",
]) {
  test(`a full report for: ${question}`, async () => assertFullReport(await ask(question)));
}

test('a question the corpus cannot answer gets a short not-enough-evidence report', async () => {
  const report = await ask('What was the score of the 1994 World Cup final between Brazil and Italy?');
  assert.equal(report.insufficientEvidence, true);
  assert.equal(report.sections.length + report.summary.length + report.bottomLine.length, 0);
  assert.ok(report.limits.length <= 4);
});

test('well-known claims on the demo corpus: refuted by the right sentence, never backed by a related one', async () => {
  const verdict = async (claim: string) => {
    const report = await ask(`Fact check: ${claim}`);
    return { label: report.verdict?.label, text: report.summary.map((sentence) => sentence.text).join(' ') };
  };
  // No date: a sentence saying what Finland "will" do is no bequest ("left" in WordNet's sense of "will").
  assert.equal((await verdict('Finland left NATO.')).label, 'false');
  // A person dies once: her death in 2022 refutes 2021, not her husband's death that year.
  const died = await verdict('Queen Elizabeth II died in 2021');
  assert.equal(died.label, 'false');
  assert.match(died.text, /8 September 2022/);
  assert.equal((await verdict('Queen Elizabeth II died in September 2022')).label, 'supported');
  // A fundraising campaign, a primary, a later strike, a sentence that names the invasion as known: none backs these.
  for (const claim of ['Donald Trump won the 2020 presidential election', 'Russia invaded Ukraine in March 2022']) {
    assert.ok(!['supported', 'mostly supported'].includes((await verdict(claim)).label ?? ''), claim);
  }
});
