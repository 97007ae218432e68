// Model settings from the one settings schema (src/runtime/settings.ts): every problem names the variable
// to fix. Explicit options beat the environment; nothing here opens a connection.
import { type Env, problemsIn, readSettings, type SettingValues, type Settings } from './settings.ts';
import { readPriceTable, type PriceTable } from '../adapters/llm/price-table.ts';

export { PROVIDERS, type ModelConfig, type ProviderName } from '../adapters/llm/model-types.ts';
import { PROVIDERS, type ModelConfig, type ProviderName } from '../adapters/llm/model-types.ts';

export { DEFAULT_OLLAMA_HOST } from './settings-engine.ts';
/** Per attempt; local models write slowly, so they get longer unless CROSSCHECK_MODEL_TIMEOUT_MS says otherwise. */
export const DEFAULT_TIMEOUT_MS = { hosted: 60_000, local: 180_000 } as const;
export const DEFAULT_RETRIES = 2;
/** Source text sent per writing call; small local models get less so their context window holds it. */
export const DEFAULT_SOURCE_CHARS = { hosted: 48_000, local: 16_000 } as const;


export interface CassetteSettings {
  path: string;
  mode: 'record' | 'replay';
}

export interface ModelSettings {
  /** Absent: nothing configured (a local Ollama may still be detected). */
  model?: ModelConfig;
  /** `CROSSCHECK_MODEL=none`: never use a model, never probe for one. */
  disabled: boolean;
  ollamaHost: string;
  /** Absent: the provider's default (DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
  retries: number;
  maxSourceChars?: number;
  structuredOutputs: boolean;
  cassette?: CassetteSettings;
  prices: PriceTable;
}

export type { Env } from './settings.ts';

export type SettingsResult = { ok: true; settings: ModelSettings } | { ok: false; errors: string[] };

const EXAMPLES = 'e.g. openai:gpt-4o-mini, anthropic:claude-3-5-haiku-latest, openai-compatible:llama-3.1-8b-instruct, ollama:llama3.1, or none';

export function readModelSettings(env: Env, options: { cwd?: string } = {}): SettingsResult {
  return modelSettingsFrom(readSettings(env), options);
}

/** The model settings from the parsed settings: the schema checks each value, this the combinations. */
export function modelSettingsFrom(settings: Settings, options: { cwd?: string } = {}): SettingsResult {
  const values = settings.values;
  const errors = problemsIn(settings, { groups: ['model'] }).map((problem) => problem.message);
  const prices = readPriceTable(values.CROSSCHECK_PRICES, { cwd: options.cwd });
  if (!prices.ok) errors.push(prices.error);
  const cassette = readCassette(values.CROSSCHECK_CASSETTE, values.CROSSCHECK_CASSETTE_MODE, errors);
  const common = {
    ollamaHost: values.OLLAMA_HOST,
    timeoutMs: values.CROSSCHECK_MODEL_TIMEOUT_MS,
    retries: values.CROSSCHECK_MODEL_RETRIES,
    maxSourceChars: values.CROSSCHECK_MODEL_SOURCE_CHARS,
    structuredOutputs: values.CROSSCHECK_MODEL_STRUCTURED_OUTPUTS,
    cassette,
    prices: prices.ok ? prices.table : {},
  };
  const spec = values.CROSSCHECK_MODEL;
  if (spec && /^(none|off|extractive)$/i.test(spec)) return result(errors, { ...common, disabled: true });
  if (!spec) return result(errors, { ...common, disabled: false });
  const model = parseModelSpec(spec, values, common, errors);
  return result(errors, { ...common, disabled: false, model });
}

/** The configuration of a model chosen without CROSSCHECK_MODEL: a detected Ollama model, or a cassette's. */
export function modelConfigFor(provider: ProviderName, model: string, settings: Common, origin: ModelConfig['origin']): ModelConfig {
  const local = provider === 'ollama' || provider === 'openai-compatible';
  return {
    provider,
    model,
    id: `${provider}:${model}`,
    baseUrl: provider === 'ollama' ? settings.ollamaHost : undefined,
    timeoutMs: settings.timeoutMs ?? (local ? DEFAULT_TIMEOUT_MS.local : DEFAULT_TIMEOUT_MS.hosted),
    retries: settings.retries,
    maxSourceChars: settings.maxSourceChars ?? (local ? DEFAULT_SOURCE_CHARS.local : DEFAULT_SOURCE_CHARS.hosted),
    structuredOutputs: settings.structuredOutputs,
    origin,
  };
}

function result(errors: string[], settings: ModelSettings): SettingsResult {
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

type Common = Pick<ModelSettings, 'ollamaHost' | 'timeoutMs' | 'retries' | 'maxSourceChars' | 'structuredOutputs'>;

function parseModelSpec(spec: string, values: SettingValues, common: Common, errors: string[]): ModelConfig | undefined {
  const colon = spec.indexOf(':');
  const provider = spec.slice(0, Math.max(0, colon)).toLowerCase();
  const model = spec.slice(colon + 1).trim();
  if (colon <= 0 || !model) {
    errors.push(`CROSSCHECK_MODEL="${spec}": expected <provider>:<model> (${EXAMPLES}).`);
    return undefined;
  }
  if (!(PROVIDERS as readonly string[]).includes(provider)) {
    errors.push(`CROSSCHECK_MODEL="${spec}": unknown provider "${provider}"; use one of ${PROVIDERS.join(', ')} (${EXAMPLES}).`);
    return undefined;
  }
  const name = provider as ProviderName;
  const baseSetting = values.CROSSCHECK_MODEL_BASE_URL;
  const config = modelConfigFor(name, model, common, 'configured');
  if (name === 'openai') {
    config.baseUrl = baseSetting ?? values.OPENAI_BASE_URL;
    key(config, values.OPENAI_API_KEY, 'OPENAI_API_KEY', errors, 'create one at https://platform.openai.com/api-keys');
  } else if (name === 'anthropic') {
    config.baseUrl = baseSetting ?? values.ANTHROPIC_BASE_URL;
    key(config, values.ANTHROPIC_API_KEY, 'ANTHROPIC_API_KEY', errors, 'create one at https://console.anthropic.com/settings/keys');
  } else if (name === 'openai-compatible') {
    if (!baseSetting && !errors.some((error) => error.startsWith('CROSSCHECK_MODEL_BASE_URL'))) errors.push(`CROSSCHECK_MODEL=${config.id} needs CROSSCHECK_MODEL_BASE_URL, the server's OpenAI-compatible base URL (e.g. http://127.0.0.1:8000/v1 for vLLM, http://127.0.0.1:8080/v1 for llama.cpp, http://127.0.0.1:1234/v1 for LM Studio, https://openrouter.ai/api/v1).`);
    config.baseUrl = baseSetting;
    const apiKey = values.CROSSCHECK_MODEL_API_KEY;
    if (apiKey) [config.apiKey, config.apiKeyVariable] = [apiKey, 'CROSSCHECK_MODEL_API_KEY'];
  } else {
    config.baseUrl = baseSetting ?? common.ollamaHost;
  }
  return config;
}

function key(config: ModelConfig, apiKey: string | undefined, variable: string, errors: string[], hint: string) {
  if (!apiKey) errors.push(`CROSSCHECK_MODEL=${config.id} needs ${variable}: set it to your API key (${hint}), or choose another model.`);
  else [config.apiKey, config.apiKeyVariable] = [apiKey, variable];
}

function readCassette(path: string | undefined, mode: CassetteSettings['mode'] | undefined, errors: string[]): CassetteSettings | undefined {
  if (!path) {
    if (mode) errors.push('CROSSCHECK_CASSETTE_MODE is set but CROSSCHECK_CASSETTE is not: set CROSSCHECK_CASSETTE to the cassette file.');
    return undefined;
  }
  return { path, mode: mode ?? 'replay' };
}
