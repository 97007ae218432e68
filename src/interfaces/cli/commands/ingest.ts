// `crosscheck ingest <path...>`: local files and folders into the store, one line per file and a summary.
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES, type IngestResult, ingestPaths } from '../../../adapters/ingest/index.ts';
import { type CliIo, type Command, fail } from '../io.ts';
import { openStore } from '../open-store.ts';

export const INGEST_USAGE = `Usage: crosscheck ingest <path...> [--store FILE] [--max-size MB]

Adds files to the local corpus: HTML, Markdown, plain text, PDF and JSONL documents
({"url", "title", "outlet", "publishedAt", "text"} a line). Folders are read recursively;
dotfiles are skipped. Content that is already stored is counted as a duplicate.

Options:
  --store FILE     the SQLite store (default: $CROSSCHECK_STORE, else ./data/crosscheck.db)
  --max-size MB    refuse files larger than this (default: ${DEFAULT_MAX_BYTES / (1024 * 1024)})
  -h, --help       show this help
`;

export const ingest: Command = async (argv, io) => {
  let parsed: ReturnType<typeof parseIngestArgs>;
  try {
    parsed = parseIngestArgs(argv);
  } catch (error) {
    io.stderr(`crosscheck ingest: ${(error as Error).message}\n\n${INGEST_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(INGEST_USAGE);
    return 0;
  }
  const opened = await openStore(parsed, io);
  if (!opened.ok) return fail(io, `crosscheck ingest: ${opened.message}`, 1);
  const { store, location: file } = opened;
  try {
    const results = await ingestPaths(parsed.paths, {
      store,
      cwd: io.cwd,
      maxBytes: parsed.maxBytes,
      onResult: (result) => io.stdout(formatResult(result)),
    });
    return summarize(results, file, io);
  } finally {
    await store.close();
  }
};

function parseIngestArgs(argv: string[]): { paths: string[]; store?: string; maxBytes: number; help: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      store: { type: 'string' },
      'max-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const megabytes = values['max-size'] === undefined ? undefined : Number(values['max-size']);
  if (megabytes !== undefined && !(megabytes > 0)) throw new Error(`--max-size must be a positive number of MB, got "${values['max-size']}"`);
  if (!values.help && positionals.length === 0) throw new Error('no paths given');
  return {
    paths: positionals,
    store: values.store,
    maxBytes: megabytes === undefined ? DEFAULT_MAX_BYTES : Math.floor(megabytes * 1024 * 1024),
    help: Boolean(values.help),
  };
}

export function formatResult(result: IngestResult): string {
  if (!result.ok) return `✗ ${result.file}: ${result.reason}\n`;
  const noun = result.documents === 1 ? 'document' : 'documents';
  const line = `✓ ${result.file}: ${result.documents} ${noun} (${result.created} new, ${result.duplicates} ${plural(result.duplicates, 'duplicate')})\n`;
  return line + result.warnings.map((warning) => `  ! ${warning}\n`).join('');
}

function summarize(results: IngestResult[], storeFile: string, io: CliIo): number {
  const ingested = results.filter((result) => result.ok);
  const documents = ingested.reduce((sum, result) => sum + result.documents, 0);
  const created = ingested.reduce((sum, result) => sum + result.created, 0);
  const failed = results.length - ingested.length;
  io.stdout(
    `${ingested.length} of ${results.length} ${plural(results.length, 'file')} ingested: ${documents} ${plural(documents, 'document')} ` +
      `(${created} new, ${documents - created} ${plural(documents - created, 'duplicate')}); ${failed} rejected. Store: ${storeFile}\n`,
  );
  if (ingested.length > 0) return 0;
  io.stderr('Nothing was ingested: every path was rejected (see the reasons above).\n');
  return 1;
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

