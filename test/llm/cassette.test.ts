import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { CassetteFile } from '../../src/adapters/llm/cassette.ts';
import { modelFromEnv } from '../../src/runtime/model-from-settings.ts';
import { runReport } from '../../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { memoryStore } from '../support/fakes.ts';
import { fixedClock, NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';
import { startOpenAiServer } from './support/openai-server.ts';

async function run(env: Record<string, string>, question = NATO_QUESTION) {
  const setup = await modelFromEnv({ env, now: () => 0 });
  assert.deepEqual(setup.errors, []);
  const store = await memoryStore(NATO_CORPUS);
  return runReport({ question, store, providers: [createLocalCorpusSearch({ store })], clock: fixedClock, ...setup.hooks });
}

test('a recorded run replays to the same report with no server and no key; a changed run says how to re-record', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-cassette-')), 'runs', 'nato.json');
  const server = await startOpenAiServer({ script: { invent: true } });
  const recorded = await run({ CROSSCHECK_MODEL: 'openai-compatible:scripted-model', CROSSCHECK_MODEL_BASE_URL: `${server.url}/v1`, CROSSCHECK_CASSETTE: file, CROSSCHECK_CASSETTE_MODE: 'record' });
  const served = server.requests.length;
  await server.close();
  assert.equal(recorded.stats.writer, 'openai-compatible:scripted-model');
  const cassette = JSON.parse(readFileSync(file, 'utf8')) as CassetteFile;
  assert.equal(cassette.model, 'openai-compatible:scripted-model');
  assert.equal(cassette.calls.length, served);
  assert.deepEqual(cassette.calls.map((call) => `${call.kind}:${call.name}`), ['generate:crosscheck_understand', 'generate:crosscheck_outline', 'stream:crosscheck_sections', 'generate:crosscheck_positions', 'generate:crosscheck_repair', 'generate:crosscheck_follow_ups']);
  assert.ok(!readFileSync(file, 'utf8').includes('"body"'), 'request and response bodies are not stored');

  const replayed = await run({ CROSSCHECK_CASSETTE: file });
  assert.deepEqual(replayed, recorded);
  const again = await run({ CROSSCHECK_CASSETTE: file, CROSSCHECK_CASSETTE_MODE: 'replay' });
  assert.deepEqual(again, recorded, 'replay is deterministic');

  const changed = await run({ CROSSCHECK_CASSETTE: file }, 'Which NATO members support Ukraine joining?');
  assert.equal(changed.stats.writer, 'extractive');
  assert.ok(changed.warnings.some((warning) => /holds no answer .*CROSSCHECK_CASSETTE_MODE=record/.test(warning)), changed.warnings.join('\n'));
});

test('cassette settings are checked: a missing file to replay, a bad mode, recording with no model', async () => {
  const missing = await modelFromEnv({ env: { CROSSCHECK_CASSETTE: '/nonexistent/crosscheck.json' } });
  assert.match(missing.errors.join(), /CROSSCHECK_CASSETTE="\/nonexistent\/crosscheck.json": cannot replay .*ENOENT.*record it first/);
  const mode = await modelFromEnv({ env: { CROSSCHECK_CASSETTE: 'x.json', CROSSCHECK_CASSETTE_MODE: 'rewind' } });
  assert.match(mode.errors.join(), /CROSSCHECK_CASSETTE_MODE must be one of record, replay \(got "rewind"\)/);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-cassette-')), 'c.json');
  const nothing = await modelFromEnv({ env: { CROSSCHECK_CASSETTE: file, CROSSCHECK_CASSETTE_MODE: 'record', OLLAMA_HOST: 'http://127.0.0.1:9' } });
  assert.match(nothing.errors.join(), /record needs a model to record: set CROSSCHECK_MODEL/);
  assert.equal(existsSync(file), false, 'nothing written when nothing can be recorded');
});
