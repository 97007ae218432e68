import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APICallError } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { z } from 'zod';
import { classifyFailure, ModelCallError, retryAfter } from '../../src/adapters/llm/model-error.ts';
import { backoffDelay } from '../../src/adapters/llm/retry.ts';
import { generateStructured } from '../../src/adapters/llm/structured-call.ts';
import { createUsageMeter } from '../../src/pipeline/usage-meter.ts';
import { callOf, scriptedHandle, USAGE } from './support/scripted-model.ts';

const request = { stage: 'write', name: 'crosscheck_test', schema: z.object({ answer: z.string() }), instructions: 'Answer.', prompt: 'Q' };
const ok = { content: [{ type: 'text' as const, text: '{"answer":"yes"}' }], finishReason: { unified: 'stop' as const, raw: undefined }, usage: USAGE, warnings: [] };

function apiError(statusCode: number, headers: Record<string, string> = {}) {
  return new APICallError({ message: `HTTP ${statusCode}`, url: 'http://model.test/v1/chat/completions', requestBodyValues: {}, statusCode, responseHeaders: headers, isRetryable: statusCode >= 429 });
}

/** A model that fails with the given errors, in order, then answers. */
function flaky(...errors: Error[]) {
  let calls = 0;
  return new MockLanguageModelV4({
    doGenerate: async () => {
      const error = errors[calls++];
      if (error) throw error;
      return ok;
    },
  });
}

test('a timed-out attempt is retried; when every attempt times out the error says which setting to change', async () => {
  const hanging = new MockLanguageModelV4({
    doGenerate: (options) => new Promise((_resolve, reject) => options.abortSignal?.addEventListener('abort', () => reject(options.abortSignal?.reason))),
  });
  const timer = () => {
    const controller = new AbortController();
    setImmediate(() => controller.abort(new DOMException('timed out', 'TimeoutError')));
    return controller.signal;
  };
  const meter = createUsageMeter();
  const handle = scriptedHandle(hanging, { timer, timeoutMs: 1234 });
  const error = await generateStructured(handle, request, { meter }).catch((failure) => failure);
  assert.ok(error instanceof ModelCallError);
  assert.equal(error.kind, 'timeout');
  assert.equal(error.attempts, 3);
  assert.match(error.message, /test:scripted failed at write \(crosscheck_test\) after 3 attempts: no answer within 1234 ms \(CROSSCHECK_MODEL_TIMEOUT_MS\)/);
  assert.deepEqual(handle.sleeps, [500, 1000]);
  assert.equal(meter.entries().length, 3, 'each attempt is metered');
});

test('429 waits what retry-after asks, 5xx backs off, 401 and 400 are not retried, a cancelled run stops at once', async () => {
  const rateLimited = scriptedHandle(flaky(apiError(429, { 'retry-after': '7' }), apiError(502)));
  assert.deepEqual(await generateStructured(rateLimited, request), { answer: 'yes' });
  assert.deepEqual(rateLimited.sleeps, [7000, 1000]);
  for (const status of [401, 400, 404]) {
    const refused = scriptedHandle(flaky(apiError(status)));
    const error = (await generateStructured(refused, request).catch((failure) => failure)) as ModelCallError;
    assert.equal(error.attempts, 1, `HTTP ${status}`);
    assert.equal(error.statusCode, status);
    assert.deepEqual(refused.sleeps, []);
  }
  const tooLong = scriptedHandle(flaky(apiError(429, { 'retry-after': '600' })));
  assert.equal(((await generateStructured(tooLong, request).catch((failure) => failure)) as ModelCallError).attempts, 1, 'a ten-minute wait is not waited');
  const controller = new AbortController();
  const cancelled = scriptedHandle(new MockLanguageModelV4({ doGenerate: async () => {
    controller.abort();
    throw apiError(503);
  } }));
  const error = (await generateStructured(cancelled, request, { signal: controller.signal }).catch((failure) => failure)) as ModelCallError;
  assert.equal(error.kind, 'aborted');
  assert.deepEqual(cancelled.sleeps, []);
});

test('retry-after in milliseconds, seconds or as a date; backoff doubles up to a ceiling', () => {
  assert.equal(retryAfter({ 'retry-after-ms': '1500', 'retry-after': '9' }), 1500);
  assert.equal(retryAfter({ 'Retry-After': '2' }), 2000);
  assert.equal(retryAfter({ 'retry-after': new Date(10_000).toUTCString() }, 4_000), 6000);
  assert.equal(retryAfter({ 'retry-after': 'soon' }), undefined);
  const failure = { kind: 'server' as const, retryable: true, message: '' };
  assert.deepEqual([0, 1, 2, 6, 10].map((attempt) => backoffDelay(attempt, failure, { retries: 9 })), [500, 1000, 2000, 20_000, 20_000]);
  assert.equal(classifyFailure(new TypeError('fetch failed')).kind, 'network');
  assert.equal(classifyFailure(new Error('something else')).retryable, false);
});

test('JSON mode puts the schema in the instructions; structured-output mode sends it as the response format', async () => {
  const model = new MockLanguageModelV4({ doGenerate: ok });
  await generateStructured(scriptedHandle(model, { structuredOutputs: false }), request);
  await generateStructured(scriptedHandle(model), request);
  const [jsonMode, native] = model.doGenerateCalls;
  assert.match(callOf(jsonMode).system, /Answer\.\n\nAnswer with one JSON object, nothing else, matching this JSON schema:\n\{.*"answer"/);
  assert.equal(callOf(native).system, 'Answer.');
  assert.equal(native.responseFormat?.type, 'json');
  assert.equal(native.responseFormat?.type === 'json' && native.responseFormat.name, 'crosscheck_test');
  assert.equal(native.temperature, 0);
});
