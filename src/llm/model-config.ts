// Model settings from the environment, validated once at start: every problem names the variable to fix.
// Explicit options beat the environment; nothing here opens a connection.
import { readPriceTable, type PriceTable } from './price-table.ts';

export const PROVIDERS = ['openai', 'anthropic', 'openai-compatible', 'ollama'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export const DEFAULT_OLLAMA_HOST = 'http://127.0.0.1:11434';
/** Per attempt; local models write slowly, so they get longer unless CROSSCHECK_MODEL_TIMEOUT_MS says otherwise. */
export const DEFAULT_TIMEOUT_MS = { hosted: 60_000, local: 180_000 } as const;
export const DEFAULT_RETRIES = 2;
/** Source text sent per writing call; small local models get less so their context window holds it. */
export const DEFAULT_SOURCE_CHARS = { hosted: 48_000, local: 16_000 } as const;

export interface ModelConfig {
  provider: ProviderName;
  model: string;
  /** `provider:model`: how reports, the price table and cassettes name the model. */
  id: string;
  baseUrl?: string;
  apiKey?: string;
  /** The variable the key came from, for `doctor` and error messages (never the key itself). */
  apiKeyVariable?: string;
  timeoutMs: number;
  retries: number;
  maxSourceChars: number;
  /** Native JSON-schema structured output (`response_format: json_schema`); off falls back to JSON mode. */
  structuredOutputs: boolean;
  origin: 'configured' | 'detected' | 'cassette';
}

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

export type Env = Record<string, string | undefined>;

export type SettingsResult = { ok: true; settings: ModelSettings } | { ok: false; errors: string[] };

const EXAMPLES = 'e.g. openai:gpt-4o-mini, anthropic:claude-3-5-haiku-latest, openai-compatible:llama-3.1-8b-instruct, ollama:llama3.1, or none';

export function readModelSettings(env: Env, options: { cwd?: string } = {}): SettingsResult {
  const errors: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const timeout = value('CROSSCHECK_MODEL_TIMEOUT_MS');
  const timeoutMs = timeout === undefined ? undefined : integerSetting(timeout, 'CROSSCHECK_MODEL_TIMEOUT_MS', DEFAULT_TIMEOUT_MS.hosted, 1_000, 3_600_000, errors);
  const retries = integerSetting(value('CROSSCHECK_MODEL_RETRIES'), 'CROSSCHECK_MODEL_RETRIES', DEFAULT_RETRIES, 0, 10, errors);
  const chars = value('CROSSCHECK_MODEL_SOURCE_CHARS');
  const maxSourceChars = chars === undefined ? undefined : integerSetting(chars, 'CROSSCHECK_MODEL_SOURCE_CHARS', 0, 2_000, 2_000_000, errors);
  const structured = value('CROSSCHECK_MODEL_STRUCTURED_OUTPUTS');
  if (structured !== undefined && !/^(true|false|1|0)$/i.test(structured)) errors.push(`CROSSCHECK_MODEL_STRUCTURED_OUTPUTS="${structured}": use true or false.`);
  const structuredOutputs = structured === undefined || /^(true|1)$/i.test(structured);
  const ollamaHost = normalizeHost(value('OLLAMA_HOST') ?? DEFAULT_OLLAMA_HOST, 'OLLAMA_HOST', errors);
  const prices = readPriceTable(value('CROSSCHECK_PRICES'), { cwd: options.cwd });
  if (!prices.ok) errors.push(prices.error);
  const cassette = readCassette(value('CROSSCHECK_CASSETTE'), value('CROSSCHECK_CASSETTE_MODE'), errors);
  const common = { ollamaHost, timeoutMs, retries, maxSourceChars, structuredOutputs, cassette, prices: prices.ok ? prices.table : {} };
  const spec = value('CROSSCHECK_MODEL');
  if (spec && /^(none|off|extractive)$/i.test(spec)) return result(errors, { ...common, disabled: true });
  if (!spec) return result(errors, { ...common, disabled: false });
  const model = parseModelSpec(spec, env, common, errors);
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

function parseModelSpec(spec: string, env: Env, common: Common, errors: string[]): ModelConfig | undefined {
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
  const baseSetting = env.CROSSCHECK_MODEL_BASE_URL?.trim() || undefined;
  const config = modelConfigFor(name, model, common, 'configured');
  if (name === 'openai') {
    config.baseUrl = checkedUrl(baseSetting ?? env.OPENAI_BASE_URL?.trim(), baseSetting ? 'CROSSCHECK_MODEL_BASE_URL' : 'OPENAI_BASE_URL', errors);
    key(config, env, 'OPENAI_API_KEY', errors, 'create one at https://platform.openai.com/api-keys');
  } else if (name === 'anthropic') {
    config.baseUrl = checkedUrl(baseSetting ?? env.ANTHROPIC_BASE_URL?.trim(), baseSetting ? 'CROSSCHECK_MODEL_BASE_URL' : 'ANTHROPIC_BASE_URL', errors);
    key(config, env, 'ANTHROPIC_API_KEY', errors, 'create one at https://console.anthropic.com/settings/keys');
  } else if (name === 'openai-compatible') {
    if (!baseSetting) errors.push(`CROSSCHECK_MODEL=${config.id} needs CROSSCHECK_MODEL_BASE_URL, the server's OpenAI-compatible base URL (e.g. http://127.0.0.1:8000/v1 for vLLM, http://127.0.0.1:8080/v1 for llama.cpp, http://127.0.0.1:1234/v1 for LM Studio, https://openrouter.ai/api/v1).`);
    config.baseUrl = checkedUrl(baseSetting, 'CROSSCHECK_MODEL_BASE_URL', errors);
    const apiKey = env.CROSSCHECK_MODEL_API_KEY?.trim();
    if (apiKey) [config.apiKey, config.apiKeyVariable] = [apiKey, 'CROSSCHECK_MODEL_API_KEY'];
  } else {
    config.baseUrl = baseSetting ? checkedUrl(baseSetting, 'CROSSCHECK_MODEL_BASE_URL', errors) : common.ollamaHost;
  }
  return config;
}

function key(config: ModelConfig, env: Env, variable: string, errors: string[], hint: string) {
  const apiKey = env[variable]?.trim();
  if (!apiKey) errors.push(`CROSSCHECK_MODEL=${config.id} needs ${variable}: set it to your API key (${hint}), or choose another model.`);
  else [config.apiKey, config.apiKeyVariable] = [apiKey, variable];
}

function checkedUrl(raw: string | undefined, variable: string, errors: string[]): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return raw.replace(/\/+$/, '');
  } catch {
    errors.push(`${variable}="${raw}": not an http(s) URL; use e.g. http://127.0.0.1:8000/v1.`);
    return undefined;
  }
}

/** Ollama accepts `host:port` without a scheme (as `OLLAMA_HOST=0.0.0.0:11434` in its own docs) and defaults to port 11434. */
function normalizeHost(raw: string, variable: string, errors: string[]): string {
  const withScheme = /^https?:\/\//i.test(raw) ? raw : `http://${raw}`;
  const url = checkedUrl(withScheme, variable, errors);
  if (!url) return DEFAULT_OLLAMA_HOST;
  const parsed = new URL(url);
  // 0.0.0.0 is where a server listens, not an address to call.
  if (parsed.hostname === '0.0.0.0') parsed.hostname = '127.0.0.1';
  const explicitPort = /^https?:\/\/[^/]*:\d+/i.test(withScheme);
  if (!explicitPort && parsed.protocol === 'http:') parsed.port = '11434';
  return parsed.toString().replace(/\/+$/, '');
}

function integerSetting(raw: string | undefined, variable: string, fallback: number, min: number, max: number, errors: string[]): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.push(`${variable}="${raw}": use a whole number from ${min} to ${max}.`);
    return fallback;
  }
  return value;
}

function readCassette(path: string | undefined, mode: string | undefined, errors: string[]): CassetteSettings | undefined {
  if (!path) {
    if (mode) errors.push('CROSSCHECK_CASSETTE_MODE is set but CROSSCHECK_CASSETTE is not: set CROSSCHECK_CASSETTE to the cassette file.');
    return undefined;
  }
  const chosen = (mode ?? 'replay').toLowerCase();
  if (chosen !== 'record' && chosen !== 'replay') {
    errors.push(`CROSSCHECK_CASSETTE_MODE="${mode}": use record or replay.`);
    return undefined;
  }
  return { path, mode: chosen };
}
