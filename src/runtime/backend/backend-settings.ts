// The scale-out settings (README "Configuration"): where the store is, and how report jobs are queued,
// retried and handed back. Parsed by the one settings schema; every bad value names its setting.
import { type Env, problemsIn, readSettings, type SettingName, type Settings } from '../settings.ts';

export interface BackendSettings {
  /** PostgreSQL (with pg-boss workers) when set; otherwise the embedded SQLite file. */
  databaseUrl?: string;
  poolSize: number;
  pgBossSchema: string;
  jobRetries: number;
  retryDelaySeconds: number;
  heartbeatSeconds: number;
  monitorSeconds: number;
  pollSeconds: number;
  jobTimeoutSeconds: number;
  /** How long a stopping process lets running reports finish before handing them back. */
  shutdownGraceSeconds: number;
  /** The longest wait for a PostgreSQL connection; past it the store answers "unavailable" (503). */
  dbConnectTimeoutSeconds: number;
  /** The longest a PostgreSQL statement may go unanswered (a half-open connection) before it is given up. */
  dbQueryTimeoutSeconds: number;
}

export class BackendSettingsError extends Error {
  constructor(problems: string[]) {
    super(problems.join('; '));
    this.name = 'BackendSettingsError';
  }
}

/** The store and queue settings from the parsed settings; throws naming every bad one. */
export function backendSettingsFrom(settings: Settings): BackendSettings {
  const problems = problemsIn(settings, { groups: ['store'], names: QUEUE_NAMES }).map((problem) => problem.message);
  if (problems.length > 0) throw new BackendSettingsError(problems);
  const values = settings.values;
  return {
    databaseUrl: values.DATABASE_URL,
    poolSize: values.CROSSCHECK_DB_POOL,
    pgBossSchema: values.CROSSCHECK_PGBOSS_SCHEMA,
    jobRetries: values.CROSSCHECK_JOB_RETRIES,
    retryDelaySeconds: values.CROSSCHECK_JOB_RETRY_DELAY_SECONDS,
    heartbeatSeconds: values.CROSSCHECK_JOB_HEARTBEAT_SECONDS,
    monitorSeconds: values.CROSSCHECK_QUEUE_MONITOR_SECONDS,
    pollSeconds: values.CROSSCHECK_QUEUE_POLL_SECONDS,
    jobTimeoutSeconds: values.CROSSCHECK_JOB_TIMEOUT_SECONDS,
    shutdownGraceSeconds: values.CROSSCHECK_SHUTDOWN_GRACE_SECONDS,
    dbConnectTimeoutSeconds: values.CROSSCHECK_DB_CONNECT_TIMEOUT_SECONDS,
    dbQueryTimeoutSeconds: values.CROSSCHECK_DB_QUERY_TIMEOUT_SECONDS,
  };
}

/** The queue settings every process reads (the worker's own listener and concurrency are its flags' business). */
const QUEUE_NAMES: SettingName[] = [
  'CROSSCHECK_PGBOSS_SCHEMA', 'CROSSCHECK_JOB_RETRIES', 'CROSSCHECK_JOB_RETRY_DELAY_SECONDS', 'CROSSCHECK_JOB_HEARTBEAT_SECONDS',
  'CROSSCHECK_QUEUE_MONITOR_SECONDS', 'CROSSCHECK_QUEUE_POLL_SECONDS', 'CROSSCHECK_JOB_TIMEOUT_SECONDS', 'CROSSCHECK_SHUTDOWN_GRACE_SECONDS',
];

/** The same from an environment, parsed by the one settings schema. */
export function loadBackendSettings(env: Env): BackendSettings {
  return backendSettingsFrom(readSettings(env));
}
