// Where a configured model's requests go. Kept apart from the provider factories so that probing a local
// Ollama or describing the configuration never loads the AI SDK.
import type { ModelConfig } from './model-types.ts';

/** The Ollama server root, whether the setting names it or its /v1 endpoint. */
export function ollamaRoot(baseUrl: string | undefined): string {
  return (baseUrl ?? 'http://127.0.0.1:11434').replace(/\/+$/, '').replace(/\/v1$/, '');
}

/** The base URL requests go to, for `doctor` and messages. */
export function endpointOf(config: ModelConfig): string {
  if (config.provider === 'ollama') return ollamaRoot(config.baseUrl);
  if (config.baseUrl) return config.baseUrl;
  return config.provider === 'anthropic' ? 'https://api.anthropic.com/v1' : 'https://api.openai.com/v1';
}
