// What a configured model is: the providers the model adapters speak to, and one model's settings.

export const PROVIDERS = ['openai', 'anthropic', 'openai-compatible', 'ollama'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

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
