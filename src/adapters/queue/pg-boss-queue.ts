// Report jobs on pg-boss, for many processes on one PostgreSQL: web processes queue, `crosscheck worker`
// processes run the same report job definition. pg-boss retries with backoff and re-runs a job whose
// worker died (its heartbeat stops); a job past its last attempt ends as a failed report with its reason.
import { type ConstructorOptions, PgBoss } from 'pg-boss';
import type { Clock, ReportJobs, ReportQueue } from '../../contracts/ports.ts';
import { newReportId } from './in-process-queue.ts';
import { isRetryable, type JobDefinition } from '../../contracts/job.ts';
import type { ReportJobProps } from '../../contracts/job.ts';
import { explainPgError } from '../store/postgres/pg-session.ts';
import { type PoolTimeouts, poolOptions } from '../store/postgres/pool-options.ts';
import { validateQuestion } from '../../pipeline/understand/index.ts';

export const REPORT_QUEUE = 'crosscheck-report';
/** Where pg-boss moves a job that used up every attempt without our handler failing it (its worker kept dying). */
export const REPORT_DEAD_LETTER = 'crosscheck-report-dead';

export interface PgBossSettings {
  connectionString: string;
  /** pg-boss's own schema (default pgboss). */
  schema?: string;
  /** Attempts after the first that a failing report gets (errors marked permanent get none). */
  retries: number;
  /** First delay between attempts, doubled each time (with jitter). */
  retryDelaySeconds: number;
  /** A running job's worker proves it is alive this often; one silent for this long is retried elsewhere. */
  heartbeatSeconds: number;
  /** How often expired and silent jobs are looked for. */
  monitorSeconds: number;
  /** The longest a report may run. */
  expireSeconds: number;
  maxConnections?: number;
  /** The store's pool bounds; pg-boss's own statements are short, so they are given up sooner (at most 10 s). */
  timeouts?: Partial<PoolTimeouts>;
}

/** pg-boss polls with short statements: one unanswered for this long sits on a half-open connection. */
const BOSS_QUERY_TIMEOUT_MS = 10_000;

export async function startPgBoss(settings: PgBossSettings, onError?: (error: unknown) => void): Promise<PgBoss> {
  // The same bounded waits as the store's pool (pg-boss hands these options to pg.Pool).
  const queryTimeoutMs = Math.min(BOSS_QUERY_TIMEOUT_MS, settings.timeouts?.queryTimeoutMs ?? BOSS_QUERY_TIMEOUT_MS);
  const pool = poolOptions({ connectionString: settings.connectionString, max: settings.maxConnections ?? 4, timeouts: { ...settings.timeouts, queryTimeoutMs } });
  const boss = new PgBoss({
    ...(pool as ConstructorOptions),
    schema: settings.schema ?? 'pgboss',
    superviseIntervalSeconds: settings.monitorSeconds,
    monitorIntervalSeconds: settings.monitorSeconds,
    useListenNotify: true,
  });
  boss.on('error', (error) => onError?.(error));
  await boss.start();
  await boss.createQueue(REPORT_DEAD_LETTER);
  await boss.createQueue(REPORT_QUEUE, {
    // One attempt more than the job's own retries: a worker killed midway hands its attempt back.
    retryLimit: settings.retries + 1,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: 300,
    heartbeatSeconds: settings.heartbeatSeconds,
    expireInSeconds: settings.expireSeconds,
    deadLetter: REPORT_DEAD_LETTER,
    notify: true,
  });
  return boss;
}

/** Queues report jobs; the same question while one is active joins it, across every process (see createJob). */
export function createPgBossQueue(options: { boss: PgBoss; jobs: ReportJobs; clock?: Clock; newId?: () => string; onEnqueued?: (jobId: string) => void }): ReportQueue {
  const clock = options.clock ?? (() => new Date());
  return {
    id: 'pg-boss',
    async enqueue(request) {
      const question = validateQuestion(request.question);
      const active = await options.jobs.findActiveJob(question);
      if (active) return { job: active, joined: true };
      const id = (options.newId ?? newReportId)();
      const job = await options.jobs.createJob({ id, question, parentId: request.parentId, createdAt: clock().toISOString() });
      if (job.id !== id) return { job, joined: true };
      const props: ReportJobProps = { id, question, ...(request.parentId ? { parentId: request.parentId } : {}) };
      try {
        await options.boss.send(REPORT_QUEUE, props);
      } catch (error) {
        // Not queued, so no worker will ever end it: end it here (if the database lets us), and let the reader ask again.
        await options.jobs.updateJob(id, { status: 'failed', at: clock().toISOString(), reason: 'The report could not be queued; please try again.' }).catch(() => undefined);
        throw explainPgError(error);
      }
      options.onEnqueued?.(id);
      return { job, joined: false };
    },
  };
}

export interface PgBossWorkerOptions {
  boss: PgBoss;
  job: JobDefinition<ReportJobProps>;
  /** Reports made at the same time by this process. */
  concurrency: number;
  /** Awaited before the first job runs (the demo corpus on a fresh database). */
  ready?: Promise<unknown>;
  /** How often each idle worker loop looks for a job (default 1). */
  pollingSeconds?: number;
}

/** Runs report jobs from the queue in this process (once `ready`) until `stop`, which waits up to `graceMs` for running ones. */
export function startPgBossWorker(options: PgBossWorkerOptions): { running(): number; registered: Promise<void>; stop(graceMs: number): Promise<void> } {
  const { boss, job } = options;
  let running = 0;
  let stopped = false;
  const handle = async (props: ReportJobProps, retryCount: number, signal: AbortSignal) => {
    const attempt = retryCount + 1;
    try {
      await job.perform(props, { attempt, signal });
    } catch (error) {
      // Handed back (shutdown) or a retry pg-boss will make: its backoff decides when.
      if (signal.aborted || (isRetryable(error) && attempt <= job.retries)) throw error;
      await job.onFailed(props, error);
    }
  };
  // A worker loop waits this long after each job before fetching the next (NOTIFY only wakes idle ones):
  // short, so a backlog drains at the speed reports are made.
  const seconds = options.pollingSeconds ?? 1;
  const polling = { batchSize: 1, pollingIntervalSeconds: seconds, notifyPollingIntervalSeconds: seconds };
  const registered = (async () => {
    await options.ready;
    if (stopped) return;
    await boss.work<ReportJobProps>(REPORT_QUEUE, { ...polling, localConcurrency: options.concurrency }, async ([queued]) => {
      running++;
      try {
        await handle(queued.data, queued.retryCount, queued.signal);
      } finally {
        running--;
      }
    });
    // Every attempt used up without our handler giving up (its workers kept dying): a failed report.
    await boss.work<ReportJobProps>(REPORT_DEAD_LETTER, polling, async ([dead]) => {
      await job.onFailed(dead.data, new Error('its worker stopped too many times'));
    });
  })();
  return {
    running: () => running,
    registered,
    async stop(graceMs) {
      stopped = true;
      // Stops fetching; running jobs get graceMs to finish, then pg-boss fails them back to the queue.
      await boss.stop({ graceful: true, timeout: Math.max(1000, graceMs), close: true });
    },
  };
}
