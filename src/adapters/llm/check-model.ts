// Reachability for `crosscheck doctor`: one cheap authenticated GET per provider (the model's entry, or the
// list of models), read as "reachable", "key refused", "model unknown" or "cannot connect".
import { endpointOf, ollamaRoot } from './endpoint.ts';
import { hasOllamaModel, probeOllama } from './detect-ollama.ts';
import type { ModelConfig } from './model-types.ts';

export interface ModelCheck {
  ok: boolean;
  message: string;
}

export async function checkModel(config: ModelConfig, options: { fetch?: typeof fetch; timeoutMs?: number } = {}): Promise<ModelCheck> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  if (config.provider === 'ollama') {
    const probe = await probeOllama({ host: ollamaRoot(config.baseUrl), fetch: options.fetch, timeoutMs });
    if (!probe.ok) return { ok: false, message: `${probe.reason}; start it with "ollama serve" or set OLLAMA_HOST` };
    return hasOllamaModel(probe.models, config.model)
      ? { ok: true, message: `reachable at ${probe.host}; ${config.model} is pulled` }
      : { ok: false, message: `Ollama at ${probe.host} has no model ${config.model}; run "ollama pull ${config.model}" (pulled: ${probe.models.join(', ') || 'none'})` };
  }
  const base = endpointOf(config);
  const url = config.provider === 'openai-compatible' ? `${base}/models` : `${base}/models/${encodeURIComponent(config.model)}`;
  const headers: Record<string, string> = config.provider === 'anthropic'
    ? { 'x-api-key': config.apiKey ?? '', 'anthropic-version': '2023-06-01' }
    : config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {};
  const request = options.fetch ?? fetch;
  try {
    const response = await request(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 401 || response.status === 403) return { ok: false, message: `${base} refused the key (HTTP ${response.status}); check ${config.apiKeyVariable ?? 'CROSSCHECK_MODEL_API_KEY'}` };
    if (response.status === 404) return { ok: false, message: `${base} does not know ${config.model} (HTTP 404); check the model name in CROSSCHECK_MODEL` };
    if (!response.ok) return { ok: false, message: `${url} answered HTTP ${response.status}` };
    if (config.provider !== 'openai-compatible') return { ok: true, message: `reachable at ${base}; ${config.model} is available` };
    const listed = ((await response.json().catch(() => ({}))) as { data?: { id?: string }[] }).data?.map((entry) => entry.id) ?? [];
    return { ok: true, message: listed.includes(config.model) || listed.length === 0 ? `reachable at ${base}` : `reachable at ${base}, but it lists ${listed.slice(0, 5).join(', ')} and not ${config.model}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, message: `cannot connect to ${base} (${(error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : cause?.code ?? cause?.message ?? (error as Error).message}); check the base URL and that the server runs` };
  }
}
