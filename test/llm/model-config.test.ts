import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readModelSettings } from '../../src/runtime/model-config.ts';
import { costOf, DEFAULT_PRICES, priceFor, readPriceTable } from '../../src/adapters/llm/price-table.ts';

function settings(env: Record<string, string>) {
  const result = readModelSettings(env);
  assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
  return result.settings;
}

function errors(env: Record<string, string>): string {
  const result = readModelSettings(env);
  assert.equal(result.ok, false, 'expected a configuration error');
  return result.ok ? '' : result.errors.join('\n');
}

test('CROSSCHECK_MODEL=<provider>:<model> for each provider, keys from the usual variables, defaults per provider', () => {
  const openai = settings({ CROSSCHECK_MODEL: 'openai:gpt-4o-mini', OPENAI_API_KEY: 'sk-1' }).model!;
  assert.deepEqual([openai.provider, openai.model, openai.id, openai.apiKey, openai.apiKeyVariable, openai.timeoutMs, openai.retries], ['openai', 'gpt-4o-mini', 'openai:gpt-4o-mini', 'sk-1', 'OPENAI_API_KEY', 60_000, 2]);
  const anthropic = settings({ CROSSCHECK_MODEL: 'anthropic:claude-sonnet-4-5', ANTHROPIC_API_KEY: 'sk-ant', ANTHROPIC_BASE_URL: 'http://proxy.local/v1/' }).model!;
  assert.deepEqual([anthropic.apiKeyVariable, anthropic.baseUrl], ['ANTHROPIC_API_KEY', 'http://proxy.local/v1']);
  const compatible = settings({ CROSSCHECK_MODEL: 'openai-compatible:meta-llama/llama-3.1-8b-instruct', CROSSCHECK_MODEL_BASE_URL: 'https://openrouter.ai/api/v1', CROSSCHECK_MODEL_API_KEY: 'or-key' }).model!;
  assert.deepEqual([compatible.model, compatible.baseUrl, compatible.apiKey, compatible.timeoutMs, compatible.maxSourceChars], ['meta-llama/llama-3.1-8b-instruct', 'https://openrouter.ai/api/v1', 'or-key', 180_000, 16_000]);
  const ollama = settings({ CROSSCHECK_MODEL: 'ollama:llama3.1:8b', OLLAMA_HOST: '0.0.0.0' }).model!;
  assert.deepEqual([ollama.model, ollama.baseUrl], ['llama3.1:8b', 'http://127.0.0.1:11434'], 'a listen address becomes a callable one, with Ollama\'s port');
  assert.equal(settings({ CROSSCHECK_MODEL: 'ollama:qwen2.5', OLLAMA_HOST: 'gpu-box:8080' }).model!.baseUrl, 'http://gpu-box:8080');
  const tuned = settings({ CROSSCHECK_MODEL: 'ollama:qwen2.5', CROSSCHECK_MODEL_TIMEOUT_MS: '5000', CROSSCHECK_MODEL_RETRIES: '0', CROSSCHECK_MODEL_SOURCE_CHARS: '8000', CROSSCHECK_MODEL_STRUCTURED_OUTPUTS: 'false' }).model!;
  assert.deepEqual([tuned.timeoutMs, tuned.retries, tuned.maxSourceChars, tuned.structuredOutputs], [5000, 0, 8000, false]);
  assert.equal(settings({ CROSSCHECK_MODEL: 'none' }).disabled, true);
  assert.equal(settings({}).model, undefined);
});

test('every bad setting is reported at once, naming the variable and how to fix it', () => {
  assert.match(errors({ CROSSCHECK_MODEL: 'gpt-4o' }), /CROSSCHECK_MODEL="gpt-4o": expected <provider>:<model> \(e\.g\. openai:gpt-4o-mini/);
  assert.match(errors({ CROSSCHECK_MODEL: 'mistral:large' }), /unknown provider "mistral"; use one of openai, anthropic, openai-compatible, ollama/);
  assert.match(errors({ CROSSCHECK_MODEL: 'openai:gpt-4o' }), /needs OPENAI_API_KEY: set it to your API key/);
  assert.match(errors({ CROSSCHECK_MODEL: 'anthropic:claude-sonnet-4-5' }), /needs ANTHROPIC_API_KEY/);
  assert.match(errors({ CROSSCHECK_MODEL: 'openai-compatible:llama' }), /needs CROSSCHECK_MODEL_BASE_URL, the server's OpenAI-compatible base URL \(e\.g\. http:\/\/127\.0\.0\.1:8000\/v1 for vLLM/);
  assert.match(errors({ CROSSCHECK_MODEL: 'openai-compatible:llama', CROSSCHECK_MODEL_BASE_URL: 'ftp://x' }), /CROSSCHECK_MODEL_BASE_URL must be an absolute http\(s\) URL such as http:\/\/127\.0\.0\.1:8000\/v1 \(got "ftp:\/\/x"\)/);
  const many = errors({ CROSSCHECK_MODEL: 'openai:gpt-4o', CROSSCHECK_MODEL_TIMEOUT_MS: 'soon', CROSSCHECK_MODEL_RETRIES: '99', CROSSCHECK_MODEL_STRUCTURED_OUTPUTS: 'maybe' });
  assert.equal(many.split('\n').length, 4);
  assert.match(many, /CROSSCHECK_MODEL_TIMEOUT_MS must be a whole number from 1000 to 3600000 \(got "soon"\)/);
  assert.match(many, /CROSSCHECK_MODEL_RETRIES must be a whole number from 0 to 10 \(got "99"\)/);
  assert.match(many, /CROSSCHECK_MODEL_STRUCTURED_OUTPUTS must be on or off \(also true\/false, yes\/no, 1\/0\) \(got "maybe"\)/);
});

test('prices: the built-in table, CROSSCHECK_PRICES inline or as a file, longest-prefix match, local models free', () => {
  assert.deepEqual(priceFor(DEFAULT_PRICES, 'openai:gpt-4o-mini'), { input: 0.15, output: 0.6 });
  assert.deepEqual(priceFor(DEFAULT_PRICES, 'openai:gpt-4o-2024-08-06'), { input: 2.5, output: 10 }, 'dated snapshot takes its family price');
  assert.deepEqual(priceFor(DEFAULT_PRICES, 'openai:gpt-4o-mini-2024-07-18'), { input: 0.15, output: 0.6 }, 'the longest prefix wins');
  assert.deepEqual(priceFor(DEFAULT_PRICES, 'anthropic:claude-sonnet-4-5-20250929'), { input: 3, output: 15 });
  assert.deepEqual(priceFor(DEFAULT_PRICES, 'ollama:llama3.1'), { input: 0, output: 0 });
  assert.equal(priceFor(DEFAULT_PRICES, 'openai-compatible:mystery'), undefined);
  assert.equal(costOf({ input: 0.15, output: 0.6 }, 10_000, 1_000), 0.0021);
  assert.equal(costOf(undefined, 10, 10), undefined);
  const inline = readPriceTable('{"openai-compatible:mystery": {"input": 1, "output": 3}}');
  assert.ok(inline.ok && inline.table['openai-compatible:mystery'].output === 3 && inline.table['openai:gpt-4o'].input === 2.5);
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-prices-'));
  writeFileSync(path.join(dir, 'prices.json'), '{"openai:gpt-4o": {"input": 2, "output": 9}}');
  const file = readPriceTable('prices.json', { cwd: dir });
  assert.ok(file.ok && file.table['openai:gpt-4o'].output === 9);
  const bad = [readPriceTable('{"x": {"input": -1, "output": 1}}'), readPriceTable('{not json'), readPriceTable('missing.json', { cwd: dir }), readPriceTable('[1]')];
  assert.deepEqual(bad.map((result) => result.ok), [false, false, false, false]);
  assert.match(bad.map((result) => (result.ok ? '' : result.error)).join('\n'), /CROSSCHECK_PRICES\["x"\]: needs "input" and "output", non-negative numbers[\s\S]*not valid JSON[\s\S]*cannot read .*missing\.json \(ENOENT\)/);
  assert.match(errors({ CROSSCHECK_PRICES: '{oops' }), /CROSSCHECK_PRICES is not valid JSON/);
});
