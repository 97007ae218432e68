// Local Ollama detection: with no model configured, a local Ollama that answers within a short timeout and
// has a chat model pulled is used. The probe is one GET to /api/tags (Ollama's list of local models).
import { isLoopbackUrl, portAnswers } from '../fetch/port-answers.ts';
import { ollamaRoot } from './endpoint.ts';

export const OLLAMA_PROBE_MS = 400;

export type OllamaProbe = { ok: true; host: string; models: string[] } | { ok: false; host: string; reason: string };

export async function probeOllama(options: { host: string; fetch?: typeof fetch; timeoutMs?: number }): Promise<OllamaProbe> {
  const host = ollamaRoot(options.host);
  const request = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? OLLAMA_PROBE_MS;
  let remainingMs = timeoutMs;
  // With the global fetch and a local Ollama (the default), the port first: nothing listening is the same answer as
  // a failed request, without loading the HTTP client. An injected fetch (tests, a caller's own) is always asked.
  if (!options.fetch && isLoopbackUrl(host)) {
    const started = performance.now();
    const answer = await portAnswers(`${host}/api/tags`, timeoutMs);
    if (answer !== 'open') return { ok: false, host, reason: `no Ollama at ${host} (${answer === 'timeout' ? `no answer within ${timeoutMs} ms` : 'not running'})` };
    remainingMs = Math.max(1, Math.round(timeoutMs - (performance.now() - started)));
  }
  try {
    const response = await request(`${host}/api/tags`, { signal: AbortSignal.timeout(remainingMs) });
    if (!response.ok) return { ok: false, host, reason: `HTTP ${response.status} from ${host}/api/tags` };
    const body = (await response.json()) as { models?: { name?: unknown; model?: unknown }[] };
    const models = (body.models ?? []).flatMap((entry) => (typeof entry.name === 'string' ? [entry.name] : typeof entry.model === 'string' ? [entry.model] : []));
    return { ok: true, host, models };
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'not running';
    return { ok: false, host, reason: `no Ollama at ${host} (${reason})` };
  }
}

/** The model a detected Ollama should write with: the first chat model listed (embedding models cannot). */
export function chooseOllamaModel(models: string[]): string | undefined {
  return models.find((name) => !/embed|bge|minilm|rerank/i.test(name));
}

/** Whether `model` is pulled: Ollama lists `llama3.1` as `llama3.1:latest`. */
export function hasOllamaModel(models: string[], model: string): boolean {
  return models.some((name) => name === model || name === `${model}:latest` || name.replace(/:latest$/, '') === model);
}
