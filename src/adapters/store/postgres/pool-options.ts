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

/**
 * What every connection starts with: no JIT compilation and no parallel workers. Our statements are short, and a
 * search's statement carries a fallback (rank every match) that mostly never runs but is planned, at 1M passages, as
 * costly enough for both: launching the workers for it, though its one-time filter stops them at once, and compiling
 * it took 200-300 ms a search on the 2-core bench machine (the levels' answer itself took 8-60). Options in the
 * connection string come after these, so they win.
 */
export const SESSION_SETTINGS = '-c jit=off -c max_parallel_workers_per_gather=0';

/** The connection string without its `options` parameter, which joins SESSION_SETTINGS (node-pg lets the string's override the config's). */
function sessionOptions(connectionString: string | undefined): { connectionString?: string; options: string } {
  if (!connectionString) return { connectionString, options: SESSION_SETTINGS };
  try {
    const url = new URL(connectionString);
    const own = url.searchParams.get('options');
    if (own === null) return { connectionString, options: SESSION_SETTINGS };
    url.searchParams.delete('options');
    return { connectionString: url.toString(), options: `${SESSION_SETTINGS} ${own}` };
  } catch {
    // Not a URL (a key=value string): left as it is, and its own options, if any, win.
    return { connectionString, options: SESSION_SETTINGS };
  }
}

export function poolOptions(options: { connectionString?: string; max: number; timeouts?: Partial<PoolTimeouts>; applicationName?: string }): pg.PoolConfig {
  const timeouts = { ...DEFAULT_POOL_TIMEOUTS, ...options.timeouts };
  return {
    ...sessionOptions(options.connectionString),
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
