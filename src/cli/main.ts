// The `crosscheck` command: one binary, several roles, dispatched through an explicit map.
import { ask } from './commands/ask.ts';
import { doctor } from './commands/doctor.ts';
import { extract } from './commands/extract.ts';
import { ingest } from './commands/ingest.ts';
import { list, show } from './commands/reports.ts';
import { search } from './commands/search.ts';
import { serve } from './commands/serve.ts';
import { worker } from './commands/worker.ts';
import { type Command, processIo } from './io.ts';

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  ask: { run: ask, summary: 'research a question or check a claim, print the report' },
  ingest: { run: ingest, summary: 'add files and folders (HTML, Markdown, text, PDF, JSONL) to the local corpus' },
  extract: { run: extract, summary: 'print the main text and metadata of HTML pages' },
  search: { run: search, summary: 'search the local corpus' },
  list: { run: list, summary: 'list stored reports' },
  show: { run: show, summary: 'print a stored report' },
  doctor: { run: doctor, summary: 'show what is configured (store, search, model, prices) and check that the model answers' },
  serve: { run: serve, summary: 'serve the website and its API' },
  worker: { run: worker, summary: 'make the reports queued on PostgreSQL (DATABASE_URL), beside serve processes' },
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
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`crosscheck: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command.run(rest, io);
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}
