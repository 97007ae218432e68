// The `crosscheck` command: one binary, several roles, dispatched through an explicit map. Each command's
// module is imported only when that command runs, so `--help` or an offline `ask` never loads the website,
// PostgreSQL or the queue.
import { enableCompileCache } from 'node:module';
import { type Command, processIo } from './io.ts';

// Node keeps the stripped and compiled modules in its compile cache (NODE_COMPILE_CACHE, else the temp folder):
// a warm `ask` spends about 0.3 s less loading code.
enableCompileCache();

interface CommandEntry {
  load: () => Promise<Command>;
  summary: string;
}

export const COMMANDS: Record<string, CommandEntry> = {
  ask: { load: async () => (await import('./commands/ask.ts')).ask, summary: 'research a question or check a claim, print the report' },
  ingest: { load: async () => (await import('./commands/ingest.ts')).ingest, summary: 'add files and folders (HTML, Markdown, text, PDF, JSONL) to the local corpus' },
  extract: { load: async () => (await import('./commands/extract.ts')).extract, summary: 'print the main text and metadata of HTML pages' },
  search: { load: async () => (await import('./commands/search.ts')).search, summary: 'search the local corpus' },
  list: { load: async () => (await import('./commands/reports.ts')).list, summary: 'list stored reports' },
  show: { load: async () => (await import('./commands/reports.ts')).show, summary: 'print a stored report' },
  doctor: { load: async () => (await import('./commands/doctor.ts')).doctor, summary: 'show what is configured (store, search, model, prices) and check that the model answers' },
  serve: { load: async () => (await import('./commands/serve.ts')).serve, summary: 'serve the website and its API' },
  mcp: { load: async () => (await import('./commands/mcp.ts')).mcp, summary: 'serve ask, search, show and list as Model Context Protocol tools on stdio, for assistants' },
  worker: { load: async () => (await import('./commands/worker.ts')).worker, summary: 'make the reports queued on PostgreSQL (DATABASE_URL), beside serve processes' },
};

export const USAGE = `Usage: crosscheck <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(9)} ${summary}`).join('\n')}

Run "crosscheck <command> --help" for a command's options.
`;

export async function main(argv: string[], io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`crosscheck: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return (await command.load())(rest, io);
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}
