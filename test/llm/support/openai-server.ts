// A scripted model behind a local OpenAI-compatible server: chat completions with json_schema structured
// output, as JSON or as SSE chunks, usage included; `intercept` can answer a request differently (429, 500...).
import type { ServerResponse } from 'node:http';
import { answer, type Script } from './scripted-brain.ts';
import { json, pieces, type RecordedRequest, sse, startServer } from './local-server.ts';

interface ChatBody {
  model: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name?: string; schema?: unknown; strict?: boolean } };
  messages: { role: string; content: string | { type: string; text?: string }[] }[];
}

export function messageText(body: ChatBody, role: string): string {
  return body.messages
    .filter((message) => message.role === role)
    .map((message) => (typeof message.content === 'string' ? message.content : message.content.map((part) => part.text ?? '').join('')))
    .join('\n');
}

export type Intercept = (body: ChatBody, response: ServerResponse, index: number) => boolean;

/** `ollama`: also answer Ollama's GET /api/tags with these model names, as a local Ollama does. */
export async function startOpenAiServer(options: { script?: Script; model?: string; intercept?: Intercept; ollama?: string[] } = {}) {
  const server = await startServer((request: RecordedRequest, response, index) => {
    if (options.ollama && request.method === 'GET' && request.path === '/api/tags') return json(response, 200, { models: options.ollama.map((name) => ({ name, model: name, size: 4_700_000_000 })) });
    if (request.method === 'GET' && request.path === '/v1/models') return json(response, 200, { object: 'list', data: [{ id: options.model ?? 'scripted-model', object: 'model' }] });
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') return json(response, 404, { error: { message: `no route ${request.path}` } });
    const body = request.body as ChatBody;
    if (options.intercept?.(body, response, index)) return;
    const name = body.response_format?.json_schema?.name ?? '';
    const text = JSON.stringify(answer({ name, system: messageText(body, 'system'), user: messageText(body, 'user') }, options.script));
    const usage = { prompt_tokens: 1000, completion_tokens: 100, total_tokens: 1100 };
    const base = { id: `chatcmpl-${index}`, created: 1_700_000_000, model: body.model };
    if (!body.stream) {
      return json(response, 200, { ...base, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage });
    }
    const chunk = (delta: object, finish: string | null) => ({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] });
    sse(response, [
      { data: chunk({ role: 'assistant', content: '' }, null) },
      ...pieces(text).map((piece) => ({ data: chunk({ content: piece }, null) })),
      { data: chunk({}, 'stop') },
      ...(body.stream_options?.include_usage ? [{ data: { ...base, object: 'chat.completion.chunk', choices: [], usage } }] : []),
      { data: '[DONE]' },
    ]);
  });
  return server;
}
