// The one place that chooses how Crosscheck runs: PostgreSQL with pg-boss workers and LISTEN/NOTIFY
// progress when DATABASE_URL is set, otherwise the embedded SQLite file with the in-process runner.
// `crosscheck serve`, `crosscheck worker` and the CLI's store all come from here.
import type { PgBoss } from 'pg-boss';
import type { Clock, EventBus, SiteStore } from '../../contracts/ports.ts';
import { createInProcessEventBus } from '../../adapters/queue/in-process-event-bus.ts';
import { createInProcessQueue } from '../../adapters/queue/in-process-queue.ts';
import type { JobDefinition } from '../../contracts/job.ts';
import { inProcessRunner, type JobRunner } from '../jobs/job-runner.ts';
import type { ReportJobProps } from '../jobs/report-job.ts';
import { createPgBossQueue, startPgBoss, startPgBossWorker } from '../../adapters/queue/pg-boss-queue.ts';
import { createPostgresEventBus } from '../../adapters/queue/pg-event-bus.ts';
import type { PoolTimeouts } from '../../adapters/store/postgres/pool-options.ts';
import { createPostgresStore, type PostgresStore } from '../../adapters/store/postgres/postgres-store.ts';
import { createSqliteStore } from '../../adapters/store/sqlite/sqlite-store.ts';
import type { BackendSettings } from './backend-settings.ts';
import { withDeadline } from './deadline.ts';
import { redactUrl } from '../../shared/text/redact-url.ts';

export type Readiness = { ok: true } | { ok: false; reason: string };

export interface StartJobsOptions {
  job: JobDefinition<ReportJobProps>;
  /** Run jobs in this process; false only queues them (a web process beside `crosscheck worker`s). */
  work: boolean;
  concurrency: number;
  /** Awaited before the first job runs here (the demo corpus loading). */
  ready?: Promise<unknown>;
  clock?: Clock;
  onEnqueued?: (reportId: string) => void;
  onError?: (error: unknown) => void;
}

export interface Backend {
  readonly kind: 'sqlite' | 'postgres';
  readonly store: SiteStore;
  /** Where the store is, for messages (never a password). */
  readonly location: string;
  readonly events: EventBus;
  startJobs(options: StartJobsOptions): Promise<JobRunner>;
  /** Runs `work` in one process at a time across every process on this store (the first-run corpus load). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** The store answers and its migrations are applied. */
  checkReady(): Promise<Readiness>;
  close(): Promise<void>;
}

/** A readiness check answers within this time, whatever state the database is in. */
export const READY_DEADLINE_MS = 2500;
/** Each shutdown step (stopping the queue, the listener, the pool) is waited for this long at most. */
const STOP_STEP_MS = 5000;

function boundedReadiness(check: Promise<Readiness>): Promise<Readiness> {
  return withDeadline(check, READY_DEADLINE_MS, () => ({ ok: false, reason: `the database did not answer within ${READY_DEADLINE_MS / 1000} s` }));
}

function poolTimeouts(settings: Partial<BackendSettings>): Partial<PoolTimeouts> {
  return {
    ...(settings.dbConnectTimeoutSeconds ? { connectTimeoutMs: settings.dbConnectTimeoutSeconds * 1000 } : {}),
    ...(settings.dbQueryTimeoutSeconds ? { queryTimeoutMs: settings.dbQueryTimeoutSeconds * 1000 } : {}),
  };
}

/** Opens the configured store alone (the CLI's commands need no queue); `serving` for a process that makes many reports. */
export async function openConfiguredStore(settings: Pick<BackendSettings, 'databaseUrl' | 'poolSize'> & Partial<BackendSettings>, file: string, serving = false): Promise<{ kind: 'sqlite' | 'postgres'; store: SiteStore; location: string }> {
  if (settings.databaseUrl) {
    const store = await createPostgresStore({ connectionString: settings.databaseUrl, maxConnections: settings.poolSize, timeouts: poolTimeouts(settings) });
    return { kind: 'postgres', store, location: redactUrl(settings.databaseUrl) };
  }
  return { kind: 'sqlite', store: createSqliteStore({ file, serving }), location: file };
}

export async function openBackend(options: { settings: BackendSettings; file: string; onError?: (error: unknown) => void }): Promise<Backend> {
  const { settings } = options;
  const opened = await openConfiguredStore(settings, options.file, true);
  if (opened.kind === 'sqlite') return embeddedBackend(opened.store, opened.location);
  return postgresBackend(opened.store as PostgresStore, opened.location, settings, options.onError);
}

/** Jobs in this process, progress in memory: the embedded default (and what tests and benchmarks start with). */
export function embeddedBackend(store: SiteStore, location = store.id): Backend {
  const events = createInProcessEventBus();
  return {
    kind: 'sqlite',
    store,
    location,
    events,
    async startJobs({ job, work, concurrency, ready, clock, onError }) {
      if (!work) throw new Error('Only PostgreSQL can hand report jobs to other processes: set DATABASE_URL, or let this process run them (unset CROSSCHECK_WEB_JOBS)');
      const queue = createInProcessQueue({ jobs: store, job, concurrency, clock, ready, onError });
      const recovered = await queue.recover();
      return { ...inProcessRunner(queue), recovered };
    },
    exclusive: (work) => work(),
    async checkReady() {
      // Any read proves the file is there and not locked for good; a mark is one row, not a count of every document.
      return boundedReadiness(store.getMark('readiness').then(
        (): Readiness => ({ ok: true }),
        (error: unknown): Readiness => ({ ok: false, reason: `the store cannot be read (${(error as Error).message})` }),
      ));
    },
    close: () => store.close(),
  };
}

async function postgresBackend(store: PostgresStore, location: string, settings: BackendSettings, onError?: (error: unknown) => void): Promise<Backend> {
  const events = createPostgresEventBus({ pool: store.pool, schema: store.schema, jobs: store, onError });
  await events.listening;
  let boss: PgBoss | undefined;
  // pg-boss fails running jobs back to the queue after the grace period; with the database gone that
  // can hang, so shutdown goes on after a bound (the jobs' heartbeats then lapse and they are retried).
  const stopBoss = async (graceMs: number) => {
    const stopping = boss;
    boss = undefined;
    if (!stopping) return;
    const stopped = stopping.stop({ graceful: true, timeout: Math.max(1000, graceMs), close: true }).then(() => true);
    if (!(await withDeadline(stopped, Math.max(1000, graceMs) + STOP_STEP_MS, () => false))) onError?.(new Error('the job queue (pg-boss) did not stop in time; its running reports go back to the queue when their heartbeat lapses'));
  };
  return {
    kind: 'postgres',
    store,
    location,
    events,
    async startJobs({ job, work, concurrency, ready, clock, onEnqueued }) {
      boss = await startPgBoss({
        connectionString: settings.databaseUrl!, schema: settings.pgBossSchema, retries: job.retries, retryDelaySeconds: settings.retryDelaySeconds,
        heartbeatSeconds: settings.heartbeatSeconds, monitorSeconds: settings.monitorSeconds, expireSeconds: settings.jobTimeoutSeconds,
        timeouts: poolTimeouts(settings),
      }, onError);
      const queue = createPgBossQueue({ boss, jobs: store, clock, onEnqueued });
      const worker = work ? startPgBossWorker({ boss, job, concurrency, ready, pollingSeconds: settings.pollSeconds }) : undefined;
      worker?.registered.catch((error: unknown) => onError?.(error));
      return { queue, running: () => worker?.running() ?? 0, stop: stopBoss };
    },
    async exclusive(work) {
      // A session-level advisory lock on a connection of its own, held while the work runs.
      const client = await store.pool.connect();
      const key = `crosscheck-exclusive:${store.schema ?? ''}`;
      try {
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
        client.release();
      }
    },
    async checkReady() {
      if (!events.connected()) return { ok: false, reason: 'the database connection for progress events was lost; reconnecting' };
      return boundedReadiness(store.checkReady());
    },
    async close() {
      await stopBoss(0);
      const closed = (work: Promise<unknown>, what: string) =>
        withDeadline(work.then(() => true), STOP_STEP_MS, () => false).then((done) => done || onError?.(new Error(`${what} did not close in time`)));
      await closed(events.close(), 'the progress listener');
      await closed(store.close(), 'the database pool');
    },
  };
}
