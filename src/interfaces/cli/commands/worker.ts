// `crosscheck worker`: makes the reports that web processes queue on PostgreSQL (pg-boss), with the same
// report job as `crosscheck serve`, and a small listener for /healthz, /readyz and /metrics.
import { parseArgs } from 'node:util';
import { type Backend, openBackend } from '../../../runtime/backend/create-backend.ts';
import { BackendSettingsError, backendSettingsFrom } from '../../../runtime/backend/backend-settings.ts';
import { ensureDemoCorpus, withDemoCorpusReadiness } from '../../../adapters/demo-corpus/demo-corpus.ts';
import { createEngine } from '../../../runtime/engine/create-engine.ts';
import type { JobRunner } from '../../../runtime/jobs/job-runner.ts';
import { createReportJob, engineReportMaker } from '../../../runtime/jobs/report-job.ts';
import { createJobObserver } from '../../../runtime/observability/job-observer.ts';
import { createLogger } from '../../../runtime/observability/logger.ts';
import { parseSetting, readSettings } from '../../../runtime/settings.ts';
import { createMetrics } from '../../../runtime/observability/metrics.ts';
import { startOpsServer } from '../../../runtime/observability/ops-server.ts';
import { type CliIo, type Command, fail, print } from '../io.ts';
import { hardStopMs, untilSignal } from './serve-shutdown.ts';
import { redactUrl } from '../../../shared/text/redact-url.ts';

export const WORKER_USAGE = `Usage: crosscheck worker [--concurrency N] [--port N] [--host ADDRESS]

Makes the reports that \`crosscheck serve\` processes queue on PostgreSQL (DATABASE_URL is required).
Run as many as you need, on as many machines (docs/DEPLOY.md). Settings come from the environment
(README "Configuration"); the options below override them.

Options:
  --concurrency N  reports made at the same time (default: $CROSSCHECK_CONCURRENCY, else 2)
  --port N         port of /healthz, /readyz and /metrics (default: $CROSSCHECK_WORKER_PORT, else 9464;
                   0 picks a free one)
  --host ADDRESS   address of that listener (default: $CROSSCHECK_WORKER_HOST, else 127.0.0.1)
  -h, --help       show this help

Stops on SIGTERM or SIGINT: takes no new report, gives running ones CROSSCHECK_SHUTDOWN_GRACE_SECONDS
to finish, then hands them back to the queue for another worker.
`;

const WORKER_OPTIONS = {
  concurrency: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface RunningWorker {
  /** The health, readiness and metrics listener. */
  url: string;
  runner: JobRunner;
}

/** Runs the worker until `until` resolves (a signal, in the CLI); `onStarted` gets the running worker. */
export async function workerWith(argv: string[], io: CliIo, until: Promise<unknown>, onStarted?: (worker: RunningWorker) => void): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof WORKER_OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, options: WORKER_OPTIONS });
  } catch (error) {
    return fail(io, `crosscheck worker: ${(error as Error).message}\n\n${WORKER_USAGE}`, 2);
  }
  if (parsed.values.help) return print(io, WORKER_USAGE);
  const all = readSettings(io.env);
  const concurrency = parseSetting('CROSSCHECK_CONCURRENCY', parsed.values.concurrency ?? io.env.CROSSCHECK_CONCURRENCY, 'CROSSCHECK_CONCURRENCY (--concurrency)');
  const port = parseSetting('CROSSCHECK_WORKER_PORT', parsed.values.port ?? io.env.CROSSCHECK_WORKER_PORT, 'CROSSCHECK_WORKER_PORT (--port)');
  const problems = [concurrency, port].flatMap((value) => (value.ok ? [] : [value.message]));
  let settings;
  try {
    settings = backendSettingsFrom(all);
  } catch (error) {
    if (!(error instanceof BackendSettingsError)) throw error;
    problems.push(error.message);
  }
  if (problems.length > 0 || !settings || !concurrency.ok || !port.ok) return fail(io, `crosscheck worker: ${problems.join('; ')}`, 2);
  if (!settings.databaseUrl) {
    return fail(io, 'crosscheck worker: DATABASE_URL is not set. Workers take reports from PostgreSQL (postgres://user:password@host:5432/crosscheck); on the embedded SQLite store, `crosscheck serve` makes the reports itself.', 2);
  }
  const logger = createLogger({ write: io.stderr, level: all.values.LOG_LEVEL, fields: { role: 'worker', pid: process.pid } });
  let backend: Backend;
  try {
    backend = await openBackend({ settings, file: '', onError: (error) => logger.error('backend error', { error }) });
  } catch (error) {
    return fail(io, `crosscheck worker: cannot open the PostgreSQL store at ${redactUrl(settings.databaseUrl)} (${(error as Error).message}); check DATABASE_URL`, 1);
  }
  const metrics = createMetrics();
  const observer = createJobObserver({ metrics, logger });
  let runner: JobRunner | undefined;
  let ops: { url: string; close(): Promise<void> } | undefined;
  try {
    const { store } = backend;
    let corpusLoaded = false;
    const ready = backend.exclusive(() => ensureDemoCorpus(store, { onProgress: (message) => logger.info(message) }))
      .catch((error: unknown) => logger.error('preparing the store failed; reports use what is there', { error }))
      .then(() => {
        corpusLoaded = true;
      });
    ops = await startOpsServer({
      port: port.value, host: parsed.values.host ?? all.values.CROSSCHECK_WORKER_HOST, metrics,
      checkReady: async () => (corpusLoaded ? withDemoCorpusReadiness(backend.checkReady, store)() : { ok: false, reason: 'loading the demo corpus' }),
    });
    const engine = await createEngine({ settings: all, store });
    const job = createReportJob({ jobs: store, events: backend.events, makeReport: engineReportMaker(engine, store), retries: settings.jobRetries, onFinished: observer.onFinished });
    runner = await backend.startJobs({ job: observer.wrap(job), work: true, concurrency: concurrency.value, ready, onError: (error) => logger.error('report job crashed', { error }) });
    io.stdout(`Crosscheck worker making up to ${concurrency.value} report(s) at a time from ${backend.location}; health on ${ops.url}\n`);
    for (const line of engine.describe) io.stdout(`  ${line}\n`);
    onStarted?.({ url: ops.url, runner });
    await until;
    io.stdout(`Stopping: ${runner.running()} running report(s) get ${settings.shutdownGraceSeconds} s to finish, then go back to the queue.\n`);
    return 0;
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `port ${port.value} is in use; choose another with --port or CROSSCHECK_WORKER_PORT` : (error as Error).message;
    return fail(io, `crosscheck worker: ${message}`, 1);
  } finally {
    await runner?.stop(settings.shutdownGraceSeconds * 1000);
    await ops?.close();
    await backend.close();
  }
}

export const worker: Command = (argv, io) => workerWith(argv, io, untilSignal(io, 'worker', { hardStopMs: hardStopMs(io.env) }));
