// `crosscheck serve`: the website and its API, on the embedded store with the in-process job runner, or
// on PostgreSQL (DATABASE_URL) with pg-boss, running jobs here too unless CROSSCHECK_WEB_JOBS=off.
// The demo corpus loads in the background on a fresh store; questions asked meanwhile wait for it.
import { parseArgs } from 'node:util';
import { type Backend, openBackend } from '../../../runtime/backend/create-backend.ts';
import { BackendSettingsError, backendSettingsFrom } from '../../../runtime/backend/backend-settings.ts';
import { ensureDemoCorpus, withDemoCorpusReadiness } from '../../../adapters/demo-corpus/demo-corpus.ts';
import { createEngine } from '../../../runtime/engine/create-engine.ts';
import { createReportThreadPool, type ReportThreadPool, reportThreadsFrom } from '../../../runtime/jobs/report-thread-pool.ts';
import { warmUp } from '../../../runtime/engine/warm-up.ts';
import { plugAnalyses } from '../../../runtime/engine/analysis-cache.ts';
import { DEFAULT_CORPUS_FILES } from '../../../runtime/engine/corpus-analyses.ts';
import { type CorpusFill, fillCorpusInBackground } from '../../../runtime/engine/fill-corpus-in-background.ts';
import { createJobObserver } from '../../../runtime/observability/job-observer.ts';
import { createLogger } from '../../../runtime/observability/logger.ts';
import { createMetrics } from '../../../runtime/observability/metrics.ts';
import { readSettings } from '../../../runtime/settings.ts';
import { ConfigError, siteConfigFrom } from '../../web/config.ts';
import { type RunningSite, startSite } from '../../web/start-site.ts';
import { type CliIo, type Command, fail, print } from '../io.ts';
import { hardStopMs, untilSignal } from './serve-shutdown.ts';
import { redactUrl } from '../../../shared/text/redact-url.ts';
import { resolveStorePath } from '../store-path.ts';

export const SERVE_USAGE = `Usage: crosscheck serve [--port N] [--host ADDRESS] [--store FILE]

Serves the website and its HTTP API (see docs/WEBSITE.md). Settings come from the environment
(README "Configuration"); the options below override them.

Options:
  --port N         port to listen on (default: $PORT, else 3000; 0 picks a free one)
  --host ADDRESS   address to listen on (default: $HOST, else 127.0.0.1; 0.0.0.0 for every interface)
  --store FILE     the SQLite store (default: $CROSSCHECK_STORE, else ./data/crosscheck.db);
                   DATABASE_URL chooses PostgreSQL instead, unless --store is given
  --no-jobs        on PostgreSQL, only queue reports for \`crosscheck worker\` processes
                   (default: $CROSSCHECK_WEB_JOBS, else on: this process makes reports too)
  -h, --help       show this help

Stops on SIGTERM or SIGINT: no new requests, running reports get CROSSCHECK_SHUTDOWN_GRACE_SECONDS
to finish, then are handed back (resumed at the next start, or by another worker).
`;

const SERVE_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  store: { type: 'string' },
  'no-jobs': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Whether this web process makes reports itself: always on SQLite; on PostgreSQL unless told not to. */
function runsJobs(values: { 'no-jobs'?: boolean }, webJobs: boolean): boolean {
  return !values['no-jobs'] && webJobs;
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
  // The environment is parsed once, with the flags in the place of the variables they override.
  const all = readSettings({
    ...io.env,
    ...(parsed.values.port !== undefined ? { PORT: parsed.values.port } : {}),
    ...(parsed.values.host ? { HOST: parsed.values.host } : {}),
    ...(parsed.values.store ? { DATABASE_URL: undefined } : {}),
  });
  let config;
  try {
    config = siteConfigFrom(all);
  } catch (error) {
    if (error instanceof ConfigError) return fail(io, `crosscheck serve: ${error.message}`, 2);
    throw error;
  }
  let settings;
  try {
    settings = backendSettingsFrom(all);
  } catch (error) {
    if (error instanceof BackendSettingsError) return fail(io, `crosscheck serve: ${error.message}`, 2);
    throw error;
  }
  const logger = createLogger({ write: io.stderr, level: all.values.LOG_LEVEL });
  let backend: Backend;
  try {
    backend = await openBackend({ settings, file: resolveStorePath(parsed.values, io), onError: (error) => logger.error('backend error', { error }) });
  } catch (error) {
    const where = settings.databaseUrl ? `the PostgreSQL store at ${redactUrl(settings.databaseUrl)}` : `the store ${resolveStorePath(parsed.values, io)}`;
    return fail(io, `crosscheck serve: cannot open ${where} (${(error as Error).message}); check DATABASE_URL, --store or CROSSCHECK_STORE`, 1);
  }
  const runJobs = backend.kind === 'sqlite' || runsJobs(parsed.values, all.values.CROSSCHECK_WEB_JOBS);
  const metrics = createMetrics();
  let site: RunningSite | undefined;
  let pool: ReportThreadPool | undefined;
  let fill: CorpusFill | undefined;
  let analyses: ReturnType<typeof plugAnalyses> | undefined;
  try {
    const { store } = backend;
    const engine = await createEngine({ settings: all, store });
    // Reports in worker threads (CROSSCHECK_REPORT_THREADS) keep this event loop for pages; SQLite files only.
    const threads = reportThreadsFrom(all);
    const corpusFile = DEFAULT_CORPUS_FILES.file;
    if (threads > 0 && backend.kind === 'sqlite' && runJobs) pool = createReportThreadPool({ threads, storeFile: backend.location, env: io.env, corpusFile });
    // Reports made on this thread read the demo corpus's sentences read ahead, as the report threads do.
    if (!pool && runJobs) analyses = plugAnalyses({ corpusFile });
    site = await startSite({
      // Ready means the demo corpus is loaded in full, not only that its load ended (a failed load stays not ready).
      store, engine, config, backend: { ...backend, checkReady: withDemoCorpusReadiness(backend.checkReady, store) }, runJobs, metrics,
      observer: createJobObserver({ metrics, logger }),
      jobRetries: settings.jobRetries,
      shutdownGraceMs: settings.shutdownGraceSeconds * 1000,
      // Many processes may start at once on a fresh database: one loads the corpus, the others wait and find it there.
      prepareStore: (target) => backend.exclusive(() => ensureDemoCorpus(target, { onProgress: (message) => logger.info(message) })),
      log: (level, message, fields) => logger[level](message, fields),
      makeReport: pool?.makeReport,
    });
    io.stdout(`${config.siteName} is serving on ${site.url} (public address ${config.baseUrl}; store ${backend.location}${runJobs ? '' : '; reports made by crosscheck worker'})\n`);
    for (const line of engine.describe) io.stdout(`  ${line}\n`);
    if (pool) io.stdout(`  reports: ${pool.size} worker thread(s) (CROSSCHECK_REPORT_THREADS)\n`);
    // Reports made on this thread: the NLP model loads now, not in the first asker's report (threads warm themselves).
    else if (runJobs) setImmediate(() => void warmUp({ store }).catch((error: unknown) => logger.warn('warm-up failed', { error })));
    // The demo corpus's sentences read ahead, at the lowest priority, once the server answers (corpus-analyses.ts).
    if (runJobs && all.values.CROSSCHECK_READ_AHEAD) fill = fillCorpusInBackground();
    onListening?.(site);
    await until;
    io.stdout(backend.kind === 'sqlite' ? 'Stopping: unfinished reports resume at the next start.\n' : 'Stopping: unfinished reports go back to the queue.\n');
    return 0;
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `port ${config.port} is in use; choose another with --port or PORT` : (error as Error).message;
    return fail(io, `crosscheck serve: ${message}`, 1);
  } finally {
    await fill?.stop();
    await site?.close();
    await pool?.close();
    analyses?.finish();
    await backend.close();
  }
}

export const serve: Command = (argv, io) => serveWith(argv, io, untilSignal(io, 'serve', { hardStopMs: hardStopMs(io.env) }));
