// Acceptance, as the issue states it: a scripted model behind a local OpenAI-compatible server, and
// `crosscheck ask --json` on a temporary store of fixture documents.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ask } from '../../src/interfaces/cli/commands/ask.ts';
import { type Report, ReportSchema } from '../../src/contracts/schema.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { SUPPORT_THRESHOLD } from '../../src/pipeline/verify/index.ts';
import { fakeIo } from '../support/fake-io.ts';
import { NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';
import { startOpenAiServer } from './support/openai-server.ts';

const servers: { close: () => Promise<void> }[] = [];
after(() => Promise.all(servers.map((server) => server.close())));

async function setup(script = {}) {
  const server = await startOpenAiServer({ script });
  servers.push(server);
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-llm-ask-'));
  const store = createSqliteStore({ file: path.join(dir, 'store.db') });
  await store.upsertDocuments(NATO_CORPUS);
  await store.close();
  const env = { CROSSCHECK_STORE: 'store.db', CROSSCHECK_MODEL: 'openai-compatible:scripted-model', CROSSCHECK_MODEL_BASE_URL: `${server.url}/v1`, CROSSCHECK_PRICES: '{"openai-compatible:scripted-model": {"input": 0.5, "output": 1.5}}' };
  return { dir, env, server };
}

function published(report: Report) {
  return [...report.summary, ...report.sections.flatMap((section) => section.sentences), ...(report.positions ?? []).flatMap((position) => position.reasons), ...report.bottomLine];
}

test('ask --json with a scripted model: every published sentence scores above the threshold with a quote from a source it cites; the invented citation is repaired and counted', async () => {
  const { dir, env } = await setup({ invent: true, wrongSource: true });
  const io = fakeIo(dir, { env });
  assert.equal(await ask([NATO_QUESTION, '--json'], io), 0, io.err);
  const report = ReportSchema.parse(JSON.parse(io.out));
  assert.equal(report.stats.writer, 'openai-compatible:scripted-model');
  assert.ok(report.sections.length >= 3 && report.summary.length >= 2);
  const sources = new Map(report.sources.map((source) => [source.n, source]));
  for (const sentence of published(report)) {
    assert.ok(sentence.support && sentence.support.score >= SUPPORT_THRESHOLD, `${sentence.support?.score}: ${sentence.text}`);
    assert.ok(sentence.cites.length > 0 && sentence.cites.every((n) => sources.has(n)));
    assert.ok(sentence.support.quotes.some((quote) => sentence.cites.includes(quote.source) && quote.text.trim().length > 0), `quote: ${sentence.text}`);
  }
  assert.equal(report.stats.citationsRemoved, 1);
  assert.equal(report.stats.sentencesRepaired, 2, 'the invented and the wrong citation');
  assert.ok(!JSON.stringify(report).includes('p99'));
  // Tokens, cost and time per stage: in the JSON ...
  const usage = report.stats.usage!;
  assert.deepEqual(Object.keys(usage.byStage).sort(), ['followUp', 'understand', 'verify', 'write']);
  assert.equal(usage.byStage.write.inputTokens, 3000);
  assert.equal(usage.costUsd, 7 * (1000 * 0.5 + 100 * 1.5) / 1e6);
  assert.ok(Object.keys(report.stats.durationMs).includes('write'));
  // ... and at the end of the CLI output.
  const last = io.err.trim().split('\n').at(-1)!;
  assert.match(last, /^Per stage: understand [\d.]+ s \(1 model call, 1,000 in \/ 100 out tokens, \$0\.00065\);.*write [\d.]+ s \(3 model calls, 3,000 in \/ 300 out tokens.*total [\d.]+ s, 7,000 in \/ 700 out tokens, about \$0\.00455\.$/);
  assert.match(io.err, /2 repaired, 0 dropped, 1 citations to no source removed/);
});

test('the Markdown report ends with its stats: writer, checks, time, tokens and cost per stage', async () => {
  const { dir, env } = await setup();
  const io = fakeIo(dir, { env });
  assert.equal(await ask([NATO_QUESTION, '--quiet'], io), 0, io.err);
  const last = io.out.trim().split('\n').at(-1)!;
  assert.match(last, /^\*Stats: written by openai-compatible:scripted-model; \d+ sentences checked, 0 repaired, 0 dropped\. Per stage: understand .*1,000 in \/ 100 out tokens.*write .*model calls.*about \$0\.00\d+\.\*$/);
});

test('with no model configured the extractive report still comes out, and says it used no model', async () => {
  const { dir } = await setup();
  const io = fakeIo(dir, { env: { CROSSCHECK_STORE: 'store.db', OLLAMA_HOST: 'http://127.0.0.1:9' } });
  assert.equal(await ask([NATO_QUESTION, '--json'], io), 0, io.err);
  const report = ReportSchema.parse(JSON.parse(io.out));
  assert.equal(report.stats.writer, 'extractive');
  assert.equal(report.stats.usage?.calls, 0);
  assert.ok(report.sections.length >= 4);
  assert.match(io.err, /no model calls/);
});

test('invalid model settings: the report is extractive and its warning says which setting to fix', async () => {
  const { dir } = await setup();
  const io = fakeIo(dir, { env: { CROSSCHECK_STORE: 'store.db', CROSSCHECK_MODEL: 'openai:gpt-4o-mini' } });
  assert.equal(await ask([NATO_QUESTION, '--json', '--quiet'], io), 0);
  const report = ReportSchema.parse(JSON.parse(io.out));
  assert.equal(report.stats.writer, 'extractive');
  assert.ok(report.warnings.some((warning) => warning.includes('needs OPENAI_API_KEY')), report.warnings.join('\n'));
});
