// Wire test against a local Anthropic Messages API server: the key header, the model, instructions in
// `system`, sources only in the user turn inside their delimiters, a JSON schema per step, streamed sections.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { modelFromEnv } from '../../src/runtime/model-from-settings.ts';
import { runReport } from '../../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { SUPPORT_THRESHOLD } from '../../src/pipeline/verify/index.ts';
import { memoryStore } from '../support/fakes.ts';
import { fixedClock, NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';
import { type MessagesBody, startAnthropicServer, systemText, userText } from './support/anthropic-server.ts';
import { nameFromSchema } from './support/scripted-brain.ts';

const servers: { close: () => Promise<void> }[] = [];
after(() => Promise.all(servers.map((server) => server.close())));

for (const model of ['claude-sonnet-4-5', 'claude-3-haiku-20240307']) {
  test(`anthropic (${model}): messages API with the key, a schema per step, streamed sections, every sentence verified`, async () => {
    const server = await startAnthropicServer({ script: { invent: true } });
    servers.push(server);
    const setup = await modelFromEnv({ env: { CROSSCHECK_MODEL: `anthropic:${model}`, ANTHROPIC_API_KEY: 'sk-ant-test', CROSSCHECK_MODEL_BASE_URL: `${server.url}/v1` }, now: () => 0 });
    const store = await memoryStore(NATO_CORPUS);
    const report = await runReport({ question: NATO_QUESTION, store, providers: [createLocalCorpusSearch({ store })], clock: fixedClock, ...setup.hooks });
    assert.equal(report.stats.writer, `anthropic:${model}`);
    const bodies = server.requests.map((request) => request.body as MessagesBody);
    for (const request of server.requests) {
      assert.equal(request.path, '/v1/messages');
      assert.equal(request.headers['x-api-key'], 'sk-ant-test');
      assert.ok(request.headers['anthropic-version']);
    }
    const schemas = bodies.map((body) => body.output_config?.format?.schema ?? body.tools?.find((tool) => tool.name === 'json')?.input_schema);
    assert.deepEqual(schemas.map(nameFromSchema), ['crosscheck_understand', 'crosscheck_outline', 'crosscheck_sections', 'crosscheck_positions', 'crosscheck_repair', 'crosscheck_follow_ups']);
    assert.ok(bodies.every((body) => body.model === model && body.max_tokens > 0));
    assert.equal(bodies[2].stream, true, 'sections are streamed');
    const outline = bodies[1];
    assert.match(systemText(outline), /untrusted data/);
    assert.ok(!NATO_CORPUS.some((document) => systemText(outline).includes(document.text.slice(0, 40))), 'no source text in system');
    const outside = userText(outline).replace(/<source [^>]*untrusted="true"[^>]*>[\s\S]*?<\/source>/g, '');
    assert.ok(!NATO_CORPUS.some((document) => outside.includes(document.text.slice(0, 40))), 'source text only inside its elements');
    assert.ok(report.sections.length >= 3);
    assert.equal(report.stats.citationsRemoved, 1, 'the invented citation was removed');
    assert.equal(report.stats.sentencesRepaired, 1);
    for (const sentence of [...report.summary, ...report.sections.flatMap((section) => section.sentences)]) {
      assert.ok(sentence.support!.score >= SUPPORT_THRESHOLD && sentence.support!.quotes.some((quote) => sentence.cites.includes(quote.source)), sentence.text);
    }
    assert.equal(report.stats.usage?.inputTokens, 900 * 6);
    assert.equal(report.stats.usage?.outputTokens, 90 * 6);
    assert.ok(report.stats.usage!.costUsd > 0, 'priced from the table');
  });
}
