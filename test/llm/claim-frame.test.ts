// LLM mode's claim verdict end to end: the mock model returns the claim's frame with its reading of the
// sources, the slot check looks for each value in the source cited, and the report's verdict and warnings
// say what stood. The verdict schema stays valid for OpenAI's strict json_schema mode.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zodSchema } from 'ai';
import { createModelHooks } from '../../src/adapters/llm/model-hooks.ts';
import { VerdictOutputSchema } from '../../src/adapters/llm/stage-schemas.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { ReportSchema } from '../../src/contracts/schema.ts';
import { runReport } from '../../src/pipeline/run-report.ts';
import { memoryStore } from '../support/fakes.ts';
import { fixedClock, NATO_CORPUS } from '../support/fixtures.ts';
import type { Script, SourceSeen } from './support/scripted-brain.ts';
import { scriptedHandle, scriptedModel } from './support/scripted-model.ts';

async function factCheck(claim: string, script: Script) {
  const store = await memoryStore(NATO_CORPUS);
  const scripted = scriptedModel(script);
  const report = await runReport({ question: claim, store, providers: [createLocalCorpusSearch({ store })], clock: fixedClock, ...createModelHooks(scriptedHandle(scripted.model)) });
  return { report: ReportSchema.parse(report), calls: scripted.calls };
}

/** The model's reading of "Finland joined NATO in 2020" from the Finland source, with the date it gives that source. */
function finlandFrame(sourceDate: string) {
  return (sources: SourceSeen[]) => {
    const finland = sources.find((source) => source.text.startsWith('Finland officially joins NATO'))!.label;
    const read = (sourceValue: string, reading = 'match') => ({ reading, source: finland, sourceValue });
    return {
      actors: [{ name: 'Finland', role: 'agent', ...read('Finland') }, { name: 'NATO', role: 'patient', ...read('NATO') }],
      predicate: { lemma: 'join', negated: false, sourceDirection: 'same', sourceNegated: false, ...read('officially joins') },
      times: [{ text: '2020', precision: 'year', ...read(sourceDate, 'conflict') }],
      places: [],
      quantities: [],
      qualifiers: [],
    };
  };
}

test('a model whose borne-out reading shows a conflict is held to it: "supported" becomes "false", cited, with a warning naming slot and source', async () => {
  const { report, calls } = await factCheck('Finland joined NATO in 2020', { verdict: 'supported', frame: finlandFrame('2023-04-04') });
  const verdictCall = calls.find((call) => call.name === 'crosscheck_verdict')!;
  assert.match(verdictCall.system, /First fill "frame"/);
  assert.match(verdictCall.system, /untrusted data/, 'the untrusted-data rules stay in the verdict prompt');
  assert.equal(report.verdict?.label, 'false');
  assert.deepEqual(report.verdict?.rating, { value: 1, best: 6, worst: 1, alternateName: 'false' });
  assert.equal(report.verdict?.reason[0].text, 'The source dates this event to 4 April 2023, not 2020.');
  const cited = report.sources.find((source) => source.n === report.verdict?.reason[0].cites[0]);
  assert.equal(cited?.outlet, 'Wire L');
  assert.ok(report.warnings.some((warning) => /rated the claim "supported"; the verdict was changed to "false".*the date "2020" against "2023-04-04" in Wire L, 4 April 2023/.test(warning)), report.warnings.join('\n'));
});

test('a model that invents the value it reads from a source: the reading is set aside, the verdict recomputed, and the offline comparator still lowers it', async () => {
  const { report } = await factCheck('Finland joined NATO in 2020', { verdict: 'false', frame: finlandFrame('3 March 2021') });
  const warnings = report.warnings.join('\n');
  assert.match(warnings, /"conflict" on the date "2020" \(source: Wire L, 4 April 2023\) is not borne out: that source's text does not contain "3 March 2021"/);
  assert.match(warnings, /the verdict was changed to "mostly supported"/);
  // With the date unstated the frame's check says "mostly supported"; the slot comparator, reading the
  // source's day itself, finds the claim's date contradicted and lowers that to "mixed".
  assert.match(warnings, /a source states the same event with a different date .* lowered to "mixed"/);
  assert.equal(report.verdict?.label, 'mixed');
});

test('a model frame that reads nothing leaves the claim unsupported, whatever label it gives', async () => {
  const { report } = await factCheck('Finland joined NATO in 2020', { verdict: 'supported' });
  assert.equal(report.verdict?.label, 'unsupported');
  assert.ok(report.warnings.some((warning) => /leaves out the claim's date "2020"/.test(warning)));
});

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[]; additionalProperties?: boolean; items?: JsonSchema; enum?: unknown[]; anyOf?: JsonSchema[] };

test('the verdict schema is strict-mode JSON schema: every property required, no extra ones, nullable only by type, no optional', async () => {
  const schema = (await zodSchema(VerdictOutputSchema).jsonSchema) as JsonSchema;
  const objects: string[] = [];
  const walk = (node: JsonSchema, at: string) => {
    if (node.properties) {
      objects.push(at);
      assert.deepEqual([...(node.required ?? [])].sort(), Object.keys(node.properties).sort(), `every property of ${at} required`);
      assert.equal(node.additionalProperties, false, `${at} closed`);
      for (const [key, child] of Object.entries(node.properties)) walk(child, `${at}.${key}`);
    }
    if (node.items) walk(node.items, `${at}[]`);
    if (node.enum) assert.ok(!Array.isArray(node.type) || !node.type.includes('null') || node.enum.includes(null), `${at}: a nullable enum lists null`);
    assert.equal(node.anyOf, undefined, `${at}: no anyOf`);
  };
  walk(schema, 'verdict');
  assert.deepEqual(objects, ['verdict', 'verdict.frame', 'verdict.frame.actors[]', 'verdict.frame.predicate', 'verdict.frame.times[]', 'verdict.frame.places[]', 'verdict.frame.quantities[]', 'verdict.frame.qualifiers[]', 'verdict.reason']);
});
