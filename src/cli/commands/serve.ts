// `crosscheck serve`: the website and its API on the embedded store, with the in-process job runner.
// The demo corpus loads in the background on a fresh store; questions asked meanwhile wait for it.
import { parseArgs } from 'node:util';
import type { SiteStore, Store } from '../../contracts.ts';
import { ensureDemoCorpus } from '../../demo-corpus/demo-corpus.ts';
import { createEngine } from '../../engine/create-engine.ts';
import { createLogger, levelFromEnv } from '../../observability/logger.ts';
import { ConfigError, loadSiteConfig } from '../../web/config.ts';
import { type RunningSite, startSite } from '../../web/start-site.ts';
import { type CliIo, type Command, fail, print } from '../io.ts';
import { openStore } from '../open-store.ts';

export const SERVE_USAGE = `Usage: crosscheck serve [--port N] [--host ADDRESS] [--store FILE]

Serves the website and its HTTP API (see docs/WEBSITE.md). Settings come from the environment
(README "Configuration"); the options below override them.

Options:
  --port N         port to listen on (default: $PORT, else 3000; 0 picks a free one)
  --host ADDRESS   address to listen on (default: $HOST, else 127.0.0.1; 0.0.0.0 for every interface)
  --store FILE     the SQLite store (default: $CROSSCHECK_STORE, else ./data/crosscheck.db)
  -h, --help       show this help
`;

const SERVE_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  store: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SITE_METHODS = ['searchReports', 'findReportByQuestion', 'createJob', 'appendEvent', 'moderate', 'recordSupport'] as const;

function isSiteStore(store: Store): store is SiteStore {
  return SITE_METHODS.every((method) => typeof (store as unknown as Record<string, unknown>)[method] === 'function');
}

/** Runs the server until `until` resolves (a signal, in the CLI); `onListening` gets the running site. */
export async function serveWith(argv: string[], io: CliIo, until: Promise<unknown>, onListening?: (site: RunningSite) => void): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof SERVE_OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, options: SERVE_OPTIONS });
  } catch (error) {
    return fail(io, `crosscheck serve: ${(error as Error).message}\n\n${SERVE_USAGE}`, 2);
  }
  if (parsed.values.help) return print(io, SERVE_USAGE);
  let config;
  try {
    config = loadSiteConfig({ ...io.env, ...(parsed.values.port !== undefined ? { PORT: parsed.values.port } : {}), ...(parsed.values.host ? { HOST: parsed.values.host } : {}) });
  } catch (error) {
    if (error instanceof ConfigError) return fail(io, `crosscheck serve: ${error.message}`, 2);
    throw error;
  }
  const opened = await openStore(parsed.values, io);
  if (!opened.ok) return fail(io, `crosscheck serve: ${opened.message}`, 1);
  const { store } = opened;
  if (!isSiteStore(store)) {
    await store.close();
    return fail(io, `crosscheck serve: the store at ${opened.location} does not support the website's tables yet; unset DATABASE_URL to serve from the SQLite file`, 1);
  }
  const logger = createLogger({ write: io.stderr, level: levelFromEnv(io.env.LOG_LEVEL) });
  let site: RunningSite | undefined;
  try {
    const engine = await createEngine({ env: io.env, store });
    site = await startSite({
      store, engine, config,
      prepareStore: (target) => ensureDemoCorpus(target, { onProgress: (message) => logger.info(message) }),
      log: (level, message, fields) => logger[level](message, fields),
    });
    io.stdout(`${config.siteName} is serving on ${site.url} (public address ${config.baseUrl}; store ${opened.location})\n`);
    for (const line of engine.describe) io.stdout(`  ${line}\n`);
    onListening?.(site);
    await until;
    io.stdout('Stopping: unfinished reports resume at the next start.\n');
    return 0;
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `port ${config.port} is in use; choose another with --port or PORT` : (error as Error).message;
    return fail(io, `crosscheck serve: ${message}`, 1);
  } finally {
    await site?.close();
    await store.close();
  }
}

export const serve: Command = (argv, io) =>
  serveWith(argv, io, new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  }));
