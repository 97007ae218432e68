// How every PostgreSQL pool of ours connects (the store's and pg-boss's): every wait is bounded, so an
// outage turns into errors that readiness reports and callers retry, never into requests that hang for
// good; TCP keepalive finds connections a network partition left half-open.
import type pg from 'pg';

export interface PoolTimeouts {
  /** The longest wait for a connection (a new one, or a free one from a full pool). */
  connectTimeoutMs: number;
  /** The longest a statement may go unanswered before its connection is given up. */
  queryTimeoutMs: number;
}

export const DEFAULT_POOL_TIMEOUTS: PoolTimeouts = { connectTimeoutMs: 5000, queryTimeoutMs: 60_000 };

export function poolOptions(options: { connectionString?: string; max: number; timeouts?: Partial<PoolTimeouts>; applicationName?: string }): pg.PoolConfig {
  const timeouts = { ...DEFAULT_POOL_TIMEOUTS, ...options.timeouts };
  return {
    connectionString: options.connectionString,
    max: options.max,
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    query_timeout: timeouts.queryTimeoutMs,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    application_name: options.applicationName ?? 'crosscheck',
  };
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);
const CONNECTION_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|Query read timeout|not queryable|connection error|Connection ended/i;

/** The database is unreachable or dropped us (as opposed to an error in what we asked). */
export function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  return typeof message === 'string' && CONNECTION_MESSAGES.test(message);
}
