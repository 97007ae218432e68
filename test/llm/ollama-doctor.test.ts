// A local Ollama is detected when nothing is configured, and `crosscheck doctor` says what is configured
// and whether it answers.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { doctor } from '../../src/interfaces/cli/commands/doctor.ts';
import { chooseOllamaModel, hasOllamaModel, probeOllama } from '../../src/adapters/llm/detect-ollama.ts';
import { modelFromEnv } from '../../src/runtime/model-from-settings.ts';
import { runReport } from '../../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { fakeIo } from '../support/fake-io.ts';
import { memoryStore } from '../support/fakes.ts';
import { fixedClock, NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';
import { startOpenAiServer } from './support/openai-server.ts';

const servers: { close: () => Promise<void> }[] = [];
after(() => Promise.all(servers.map((server) => server.close())));

async function ollama(models: string[]) {
  const server = await startOpenAiServer({ ollama: models, model: models[0] });
  servers.push(server);
  return server;
}

test('with nothing configured, a local Ollama that answers is used, through its OpenAI-compatible /v1 endpoint', async () => {
  const server = await ollama(['nomic-embed-text:latest', 'llama3.1:latest']);
  const setup = await modelFromEnv({ env: { OLLAMA_HOST: server.url }, now: () => 0 });
  assert.equal(setup.config?.id, 'ollama:llama3.1:latest', 'the first chat model, not the embedding model');
  assert.equal(setup.config?.origin, 'detected');
  assert.match(setup.describe.join('\n'), /model: ollama:llama3\.1:latest \(detected local Ollama\) at http:\/\/127\.0\.0\.1:\d+; timeout 180 s/);
  assert.match(setup.describe.join('\n'), /prices: \$0 in \/ \$0 out/);
  const store = await memoryStore(NATO_CORPUS);
  const report = await runReport({ question: NATO_QUESTION, store, providers: [createLocalCorpusSearch({ store })], clock: fixedClock, ...setup.hooks });
  assert.equal(report.stats.writer, 'ollama:llama3.1:latest');
  assert.equal(report.stats.usage?.costUsd, 0);
  const chat = server.requests.find((request) => request.path === '/v1/chat/completions');
  assert.equal((chat?.body as { model: string }).model, 'llama3.1:latest');
});

test('no Ollama, an Ollama without chat models, CROSSCHECK_MODEL=none: the extractive writer, with the reason', async () => {
  const absent = await modelFromEnv({ env: { OLLAMA_HOST: 'http://127.0.0.1:9' } });
  assert.deepEqual(absent.hooks, {});
  assert.match(absent.describe[0], /model: none configured \(no Ollama at http:\/\/127\.0\.0\.1:9 \(not running\)\).*set CROSSCHECK_MODEL/);
  const empty = await ollama(['nomic-embed-text:latest']);
  const embedOnly = await modelFromEnv({ env: { OLLAMA_HOST: empty.url } });
  assert.deepEqual(embedOnly.hooks, {});
  assert.match(embedOnly.describe[0], /has no chat model pulled \("ollama pull llama3\.1"\)/);
  const none = await modelFromEnv({ env: { CROSSCHECK_MODEL: 'none', OLLAMA_HOST: empty.url } });
  const probes = empty.requests.length;
  assert.deepEqual(none.hooks, {});
  assert.equal(empty.requests.length, probes, 'none means no probe');
  assert.equal(chooseOllamaModel(['bge-m3', 'qwen2.5:7b']), 'qwen2.5:7b');
  assert.ok(hasOllamaModel(['llama3.1:latest'], 'llama3.1') && !hasOllamaModel(['llama3.1:latest'], 'llama3.2'));
  const slow = await probeOllama({ host: empty.url, timeoutMs: 1, fetch: (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))) });
  assert.deepEqual(slow, { ok: false, host: empty.url, reason: `no Ollama at ${empty.url} (no answer within 1 ms)` });
});

test('doctor: the configured model, its prices, and a check that it answers; exit 1 with the fix when it does not', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-doctor-'));
  const server = await startOpenAiServer({ model: 'scripted-model' });
  servers.push(server);
  const good = fakeIo(dir, { env: { CROSSCHECK_STORE: 'store.db', CROSSCHECK_MODEL: 'openai-compatible:scripted-model', CROSSCHECK_MODEL_BASE_URL: `${server.url}/v1`, CROSSCHECK_MODEL_API_KEY: 'secret-key-123' } });
  assert.equal(await doctor([], good), 0, good.out);
  assert.match(good.out, /✓ store: .*store\.db \(0 documents; the demo corpus loads on the first ask\)/);
  assert.match(good.out, /local corpus: always on/);
  assert.match(good.out, /model: openai-compatible:scripted-model \(CROSSCHECK_MODEL\) at http:\/\/127\.0\.0\.1:\d+\/v1, key from CROSSCHECK_MODEL_API_KEY/);
  assert.match(good.out, /prices: none known for openai-compatible:scripted-model; set CROSSCHECK_PRICES/);
  assert.match(good.out, /✓ model check: reachable at http:\/\/127\.0\.0\.1:\d+\/v1\n/);
  assert.ok(!good.out.includes('secret-key-123'), 'keys are never printed');
  assert.equal(server.requests.at(-1)?.headers.authorization, 'Bearer secret-key-123');

  const wrongModel = fakeIo(dir, { env: { CROSSCHECK_STORE: 'store.db', CROSSCHECK_MODEL: 'ollama:mistral', OLLAMA_HOST: (await ollama(['llama3.1:latest'])).url } });
  assert.equal(await doctor([], wrongModel), 1);
  assert.match(wrongModel.out, /✗ model check: Ollama at .* has no model mistral; run "ollama pull mistral" \(pulled: llama3\.1:latest\)/);
  const invalid = fakeIo(dir, { env: { CROSSCHECK_STORE: 'store.db', CROSSCHECK_MODEL: 'anthropic:claude-sonnet-4-5' } });
  assert.equal(await doctor([], invalid), 1);
  assert.match(invalid.out, /✗ model: not used, the settings are invalid: CROSSCHECK_MODEL=anthropic:claude-sonnet-4-5 needs ANTHROPIC_API_KEY/);
  assert.match(invalid.out, /1 problem to fix/);
  const badSetting = fakeIo(dir, { env: { CROSSCHECK_STORE: 'store.db', CROSSCHECK_MODEL: 'none', CROSSCHECK_STREAMS_TOTAL: 'many' } });
  assert.equal(await doctor([], badSetting), 1);
  assert.match(badSetting.out, /✗ setting: CROSSCHECK_STREAMS_TOTAL must be a whole number from 1 to 100000 \(got "many"\)/);
  const help = fakeIo(dir);
  assert.equal(await doctor(['--help'], help), 0);
  assert.match(help.out, /Usage: crosscheck doctor/);
});
