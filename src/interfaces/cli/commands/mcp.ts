// `crosscheck mcp`: Crosscheck as a Model Context Protocol server on stdio (tools: ask, search, show, list),
// so assistants can research questions and check claims with cited reports. stdout carries the protocol
// only; notes go to stderr.
import { parseArgs } from 'node:util';
import { type Command, fail, print } from '../io.ts';
import { openStore } from '../open-store.ts';

export const MCP_USAGE = `Usage: crosscheck mcp [--store FILE]

Serves the Model Context Protocol on stdin/stdout with four tools: ask (research a question or check
a claim; a cited report), search (passages in the source library), show (a stored report) and list
(stored reports). The engine is configured as for "crosscheck ask" (web search and a model when set).

To use it from an MCP client, run the command "crosscheck mcp" (or "node <checkout>/src/interfaces/cli/main.ts mcp").

Options:
  --store FILE   the SQLite store (default: $DATABASE_URL for PostgreSQL, else $CROSSCHECK_STORE, else ./data/crosscheck.db)
  -h, --help     show this help
`;

const MCP_OPTIONS = { store: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export const mcp: Command = async (argv, io) => {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof MCP_OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, options: MCP_OPTIONS });
  } catch (error) {
    return fail(io, `crosscheck mcp: ${(error as Error).message}\n\n${MCP_USAGE}`, 2);
  }
  if (parsed.values.help) return print(io, MCP_USAGE);
  const opened = await openStore(parsed.values, io, { seedDemoCorpus: true });
  if (!opened.ok) return fail(io, `crosscheck mcp: ${opened.message}\n`, 1);
  const { store } = opened;
  try {
    const [{ ensureDemoCorpus }, { createEngine }, { runReport }, { createMcpServer }, { StdioServerTransport }] = await Promise.all([
      import('../../../adapters/demo-corpus/demo-corpus.ts'),
      import('../../../runtime/engine/create-engine.ts'),
      import('../../../pipeline/run-report.ts'),
      import('../../mcp/mcp-server.ts'),
      import('@modelcontextprotocol/sdk/server/stdio.js'),
    ]);
    await ensureDemoCorpus(store, { onProgress: (message) => io.stderr(`${message}\n`) });
    const engine = await createEngine({ env: io.env, store });
    const server = createMcpServer({
      store,
      version: '0.1.0',
      makeReport: (question, options) => runReport({ ...engine, question, store, parentId: options.parentId, signal: options.signal }),
    });
    const transport = new StdioServerTransport();
    const closed = new Promise<void>((resolve) => {
      transport.onclose = () => resolve();
      process.stdin.once('end', () => resolve());
    });
    await server.connect(transport);
    io.stderr(`crosscheck mcp: serving on stdio (store ${opened.location})\n`);
    await closed;
    await server.close();
    return 0;
  } catch (error) {
    return fail(io, `crosscheck mcp: ${(error as Error).message}\n`, 1);
  } finally {
    await store.close();
  }
};
