// The scale-out settings (README "Configuration"): where the store is, and how report jobs are queued,
// retried and handed back. Read once from the environment; every bad value names its setting.

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

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, min: number, max: number, fallback: number, problems: string[]): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const number = Number(value);
  if (Number.isInteger(number) && number >= min && number <= max) return number;
  problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  return fallback;
}

export function loadBackendSettings(env: Env): BackendSettings {
  const problems: string[] = [];
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/crosscheck');
  const pgBossSchema = env.CROSSCHECK_PGBOSS_SCHEMA?.trim() || 'pgboss';
  if (!/^[a-z_][a-z0-9_]{0,50}$/.test(pgBossSchema)) problems.push(`CROSSCHECK_PGBOSS_SCHEMA must be lower-case letters, digits and _ (got "${pgBossSchema}")`);
  const settings: BackendSettings = {
    databaseUrl,
    poolSize: integer(env, 'CROSSCHECK_DB_POOL', 2, 200, 10, problems),
    pgBossSchema,
    jobRetries: integer(env, 'CROSSCHECK_JOB_RETRIES', 0, 10, 1, problems),
    retryDelaySeconds: integer(env, 'CROSSCHECK_JOB_RETRY_DELAY_SECONDS', 1, 3600, 5, problems),
    heartbeatSeconds: integer(env, 'CROSSCHECK_JOB_HEARTBEAT_SECONDS', 10, 3600, 10, problems),
    monitorSeconds: integer(env, 'CROSSCHECK_QUEUE_MONITOR_SECONDS', 1, 3600, 5, problems),
    pollSeconds: integer(env, 'CROSSCHECK_QUEUE_POLL_SECONDS', 1, 60, 1, problems),
    jobTimeoutSeconds: integer(env, 'CROSSCHECK_JOB_TIMEOUT_SECONDS', 30, 86400, 900, problems),
    shutdownGraceSeconds: integer(env, 'CROSSCHECK_SHUTDOWN_GRACE_SECONDS', 0, 3600, 25, problems),
    dbConnectTimeoutSeconds: integer(env, 'CROSSCHECK_DB_CONNECT_TIMEOUT_SECONDS', 1, 120, 5, problems),
    dbQueryTimeoutSeconds: integer(env, 'CROSSCHECK_DB_QUERY_TIMEOUT_SECONDS', 1, 3600, 30, problems),
  };
  if (problems.length > 0) throw new BackendSettingsError(problems);
  return settings;
}
