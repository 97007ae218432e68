// Provider factories: a validated model configuration becomes an AI SDK language model. Keys go in
// explicitly (the SDK would read them only at request time); `fetch` is injectable for wire tests.
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV4 } from './cassette.ts';
import { ollamaRoot } from './endpoint.ts';
import type { ModelConfig } from './model-types.ts';

export function createLanguageModel(config: ModelConfig, options: { fetch?: typeof fetch } = {}): LanguageModelV4 {
  const { fetch } = options;
  switch (config.provider) {
    case 'openai':
      // Chat Completions: the one API that OpenAI-compatible servers share, with json_schema structured output.
      return createOpenAI({ apiKey: config.apiKey, baseURL: config.baseUrl, fetch }).chat(config.model);
    case 'anthropic':
      return createAnthropic({ apiKey: config.apiKey, baseURL: config.baseUrl, fetch })(config.model);
    case 'openai-compatible':
      return createOpenAICompatible({ name: 'openai-compatible', baseURL: config.baseUrl ?? '', apiKey: config.apiKey, fetch, includeUsage: true, supportsStructuredOutputs: config.structuredOutputs })(config.model);
    case 'ollama':
      // Ollama's OpenAI-compatible endpoint (/v1) takes response_format json_schema since Ollama 0.5.
      return createOpenAICompatible({ name: 'ollama', baseURL: `${ollamaRoot(config.baseUrl)}/v1`, fetch, includeUsage: true, supportsStructuredOutputs: config.structuredOutputs })(config.model);
  }
}
