// A scripted model behind a local Anthropic Messages API server: structured output either as
// output_config.format (text answer) or as the forced "json" tool (tool_use answer), plain or streamed.
import { answer, nameFromSchema, type Script } from './scripted-brain.ts';
import { json, pieces, type RecordedRequest, sse, startServer } from './local-server.ts';

export interface MessagesBody {
  model: string;
  stream?: boolean;
  max_tokens: number;
  system?: string | { type: string; text: string }[];
  messages: { role: string; content: string | { type: string; text?: string }[] }[];
  output_config?: { format?: { type: string; schema: unknown } };
  tools?: { name: string; input_schema: unknown }[];
}

export function systemText(body: MessagesBody): string {
  return typeof body.system === 'string' ? body.system : (body.system ?? []).map((part) => part.text).join('\n');
}

export function userText(body: MessagesBody): string {
  return body.messages.filter((message) => message.role === 'user').map((message) => (typeof message.content === 'string' ? message.content : message.content.map((part) => part.text ?? '').join(''))).join('\n');
}

export async function startAnthropicServer(options: { script?: Script } = {}) {
  return startServer((request: RecordedRequest, response, index) => {
    if (request.method !== 'POST' || request.path !== '/v1/messages') return json(response, 404, { type: 'error', error: { type: 'not_found_error', message: request.path } });
    const body = request.body as MessagesBody;
    const tool = body.tools?.find((entry) => entry.name === 'json');
    const schema = body.output_config?.format?.schema ?? tool?.input_schema;
    const output = answer({ name: nameFromSchema(schema), system: systemText(body), user: userText(body) }, options.script);
    const usage = { input_tokens: 900, output_tokens: 90 };
    const message = { id: `msg_${index}`, type: 'message', role: 'assistant', model: body.model, stop_sequence: null };
    const block = tool ? { type: 'tool_use', id: `toolu_${index}`, name: 'json', input: output } : { type: 'text', text: JSON.stringify(output) };
    if (!body.stream) return json(response, 200, { ...message, content: [block], stop_reason: tool ? 'tool_use' : 'end_turn', usage });
    const start = tool ? { type: 'tool_use', id: `toolu_${index}`, name: 'json', input: {} } : { type: 'text', text: '' };
    const deltas = pieces(JSON.stringify(output)).map((piece) => ({ event: 'content_block_delta', data: { type: 'content_block_delta', index: 0, delta: tool ? { type: 'input_json_delta', partial_json: piece } : { type: 'text_delta', text: piece } } }));
    sse(response, [
      { event: 'message_start', data: { type: 'message_start', message: { ...message, content: [], stop_reason: null, usage: { input_tokens: usage.input_tokens, output_tokens: 1 } } } },
      { event: 'content_block_start', data: { type: 'content_block_start', index: 0, content_block: start } },
      ...deltas,
      { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
      { event: 'message_delta', data: { type: 'message_delta', delta: { stop_reason: tool ? 'tool_use' : 'end_turn', stop_sequence: null }, usage: { output_tokens: usage.output_tokens } } },
      { event: 'message_stop', data: { type: 'message_stop' } },
    ]);
  });
}
