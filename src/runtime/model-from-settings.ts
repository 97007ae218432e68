// Language-model configuration: CROSSCHECK_MODEL (or a local Ollama that answers, or a cassette to replay)
// becomes the writer and the model-backed hooks of the pipeline; without a model the extractive writer writes.
// The AI SDK and the model hooks (about 100 ms of modules) load only when a model is used: an offline
// report, a `--help` or CROSSCHECK_MODEL=none never pays for them.
import type { Cassette, LanguageModelV4 } from '../adapters/llm/cassette.ts';
import type { ModelCheck } from '../adapters/llm/check-model.ts';
import { chooseOllamaModel, probeOllama } from '../adapters/llm/detect-ollama.ts';
import { endpointOf } from '../adapters/llm/endpoint.ts';
import type { ModelHooks } from '../adapters/llm/model-hooks.ts';
import { type ModelConfig, type ModelSettings, modelConfigFor, modelSettingsFrom, PROVIDERS, type ProviderName } from './model-config.ts';
import { type Env, readSettings, type Settings } from './settings.ts';
import { priceFor } from '../adapters/llm/price-table.ts';
import type { Sleep } from '../adapters/llm/retry.ts';
import type { ModelHandle } from '../adapters/llm/structured-call.ts';

export interface ModelSetup {
  hooks: ModelHooks;
  /** Configuration problems every report should mention. */
  warnings: string[];
  /** One line each for `crosscheck doctor`. */
  describe: string[];
  /** The model in use, if any. */
  config?: ModelConfig;
  /** Settings that must be fixed (also in `warnings`). */
  errors: string[];
  /** Is the model reachable? Undefined when none is used. */
  check(): Promise<ModelCheck | undefined>;
}

export interface ModelFromEnvOptions {
  /** The parsed settings (the composition root's); else `env` is parsed by the same schema. */
  settings?: Settings;
  env?: Env;
  fetch?: typeof fetch;
  cwd?: string;
  /** Injected for tests: the clock of metered model time and the sleep between retries. */
  now?: () => number;
  sleep?: Sleep;
}

export async function modelFromEnv(options: ModelFromEnvOptions): Promise<ModelSetup> {
  const read = modelSettingsFrom(options.settings ?? readSettings(options.env ?? {}), { cwd: options.cwd });
  if (!read.ok) return unusable(read.errors);
  const { settings } = read;
  if (settings.disabled) return withoutModel('model: none (CROSSCHECK_MODEL=none): reports are written extractively from quoted sources');
  let cassette: Cassette | undefined;
  if (settings.cassette) {
    const { openCassette } = await import('../adapters/llm/cassette.ts');
    const opened = openCassette({ ...settings.cassette, model: settings.model?.id, cwd: options.cwd });
    if (!opened.ok) return unusable([opened.error]);
    cassette = opened.cassette;
  }
  let config = settings.model ?? (cassette?.mode === 'replay' ? configFromId(cassette.model, settings) : undefined);
  let probeNote = '';
  if (!config) {
    const probe = await probeOllama({ host: settings.ollamaHost, fetch: options.fetch });
    const chosen = probe.ok ? chooseOllamaModel(probe.models) : undefined;
    if (chosen) config = modelConfigFor('ollama', chosen, settings, 'detected');
    else probeNote = probe.ok ? `Ollama at ${probe.host} has no chat model pulled ("ollama pull llama3.1")` : probe.reason;
  }
  if (!config) {
    if (cassette) return unusable(['CROSSCHECK_CASSETTE_MODE=record needs a model to record: set CROSSCHECK_MODEL.']);
    return withoutModel(`model: none configured (${probeNote}): reports are written extractively; set CROSSCHECK_MODEL=<provider>:<model> to use one`);
  }
  const [{ createLanguageModel }, { createModelHooks }] = await Promise.all([import('../adapters/llm/create-model.ts'), import('../adapters/llm/model-hooks.ts')]);
  const inner = cassette?.mode === 'replay' ? undefined : createLanguageModel(config, { fetch: options.fetch });
  const handle: ModelHandle = {
    model: cassette ? cassette.wrap(inner) : (inner as LanguageModelV4),
    id: config.id,
    price: priceFor(settings.prices, config.id),
    retries: config.retries,
    timeoutMs: config.timeoutMs,
    structuredOutputs: config.structuredOutputs,
    maxSourceChars: config.maxSourceChars,
    now: options.now,
    sleep: options.sleep,
  };
  const used = config;
  return {
    hooks: createModelHooks(handle),
    warnings: [],
    describe: describeModel(used, handle, cassette),
    config: used,
    errors: [],
    check: async () => (cassette?.mode === 'replay' ? { ok: true, message: `replaying ${cassette.path} (no network)` } : (await import('../adapters/llm/check-model.ts')).checkModel(used, { fetch: options.fetch })),
  };
}

function withoutModel(line: string): ModelSetup {
  return { hooks: {}, warnings: [], describe: [line], errors: [], check: async () => undefined };
}

function unusable(errors: string[]): ModelSetup {
  return {
    hooks: {},
    warnings: [`The model settings are invalid, so this report was written extractively: ${errors.join(' ')}`],
    describe: [`model: not used, the settings are invalid: ${errors.join(' ')}`],
    errors,
    check: async () => undefined,
  };
}

function configFromId(id: string, settings: ModelSettings): ModelConfig {
  const [provider] = id.split(':', 1);
  const known = (PROVIDERS as readonly string[]).includes(provider);
  return modelConfigFor(known ? (provider as ProviderName) : 'openai-compatible', known ? id.slice(provider.length + 1) : id, settings, 'cassette');
}

function describeModel(config: ModelConfig, handle: ModelHandle, cassette: Cassette | undefined): string[] {
  const origin = { configured: 'CROSSCHECK_MODEL', detected: 'detected local Ollama', cassette: 'from the cassette' }[config.origin];
  const key = config.apiKeyVariable ? `, key from ${config.apiKeyVariable}` : '';
  const lines = [`model: ${config.id} (${origin}) at ${endpointOf(config)}${key}; timeout ${config.timeoutMs / 1000} s, ${config.retries} retries; ${config.structuredOutputs ? 'json_schema structured output' : 'JSON mode'}`];
  lines.push(handle.price ? `prices: $${handle.price.input} in / $${handle.price.output} out per million tokens` : `prices: none known for ${config.id}; set CROSSCHECK_PRICES to estimate cost`);
  if (cassette) lines.push(`cassette: ${cassette.mode === 'record' ? 'recording to' : 'replaying'} ${cassette.path}`);
  return lines;
}
