// The MCP tools through the SDK's own client: in memory against the NATO fixture corpus, and end to end
// over stdio against `crosscheck mcp` on a store of its own.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createMcpServer } from '../../src/interfaces/mcp/mcp-server.ts';
import { runReport } from '../../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { memoryStore } from '../support/fakes.ts';
import { fixedClock, NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function textOf(result: unknown): string {
  return (result as CallToolResult).content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

async function connectedClient() {
  const store = await memoryStore(NATO_CORPUS);
  const server = createMcpServer({
    store,
    version: 'test',
    makeReport: (question, options) => runReport({ providers: [createLocalCorpusSearch({ store })], question, store, clock: fixedClock, parentId: options.parentId }),
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test-client', version: '1.0.0' });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  return { client, store };
}

test('four tools, each described with an input schema', async () => {
  const { client } = await connectedClient();
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((tool) => tool.name).sort(), ['ask', 'list', 'search', 'show']);
  const ask = tools.find((tool) => tool.name === 'ask')!;
  assert.deepEqual(ask.inputSchema.required, ['question']);
  assert.ok(tools.every((tool) => (tool.description ?? '').length > 40));
  await client.close();
});

test('ask returns a cited report; list, show and search find it and its sources', async () => {
  const { client } = await connectedClient();
  const asked = textOf(await client.callTool({ name: 'ask', arguments: { question: NATO_QUESTION } }));
  assert.match(asked, /^# Which NATO members support or oppose Ukraine joining/);
  assert.match(asked, /## Sources\n\n1\. /);
  assert.match(asked, /\[\d+\]/, 'sentences carry citations');
  const id = /Report id: (rep_[0-9a-f]+)/.exec(asked)![1];

  const listed = textOf(await client.callTool({ name: 'list', arguments: {} }));
  assert.match(listed, new RegExp(`^${id}  2026-11-22  conflict and security  ${NATO_QUESTION.replace(/[?()]/g, '\\$&')}$`, 'm'));
  const shown = JSON.parse(textOf(await client.callTool({ name: 'show', arguments: { id, format: 'json' } })).replace(/\n\nReport id: .*$/s, ''));
  assert.equal(shown.id, id);
  assert.ok(shown.sources.length > 3);

  const found = textOf(await client.callTool({ name: 'search', arguments: { query: 'Hungary opposes Ukraine', limit: 3 } }));
  assert.match(found, /^1\. .*Wire G, 2023-07-11\) score/m);
  assert.equal(found.split('\n\n').length, 3);
  await client.close();
});

test('bad input is a tool error that says what to fix, not a crash', async () => {
  const { client } = await connectedClient();
  const missing = await client.callTool({ name: 'show', arguments: { id: 'rep_nothing' } });
  assert.equal(missing.isError, true);
  assert.match(textOf(missing), /No report with id or slug "rep_nothing"\. The list tool/);
  const empty = await client.callTool({ name: 'ask', arguments: { question: '?!?!' } });
  assert.equal(empty.isError, true);
  assert.match(textOf(empty), /^Not a question Crosscheck can research: /);
  const invalid = await client.callTool({ name: 'search', arguments: { query: 'x', limit: 500 } });
  assert.equal(invalid.isError, true);
  assert.match(textOf(invalid), /limit/);
  await client.close();
});

test('end to end over stdio: `crosscheck mcp` answers the SDK client, asks and shows a report', { timeout: 120_000 }, async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-mcp-'));
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [path.join(ROOT, 'src/interfaces/cli/main.ts'), 'mcp', '--store', path.join(folder, 'store.db')],
    env: { PATH: process.env.PATH ?? '', HOME: folder, CROSSCHECK_WEB: 'off' },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'e2e-client', version: '1.0.0' });
  try {
    await client.connect(transport);
    assert.equal(client.getServerVersion()?.name, 'crosscheck');
    const asked = textOf(await client.callTool({ name: 'ask', arguments: { question: 'Claim: Finland joined NATO in 2023' } }, undefined, { timeout: 90_000 }));
    assert.match(asked, /^# /);
    assert.match(asked, /## Sources/);
    const id = /Report id: (rep_[0-9a-f]+)/.exec(asked)![1];
    assert.match(textOf(await client.callTool({ name: 'show', arguments: { id } })), new RegExp(`Report id: ${id}`));
  } finally {
    await client.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
