// One way to talk to the database for every PostgreSQL module: a query or a transaction on a pooled
// connection working in the store's schema (tests isolate themselves in schemas of their own). A lost
// or unreachable database becomes a StoreUnavailableError (503 with Retry-After at the HTTP edge), and
// the connection it happened on is thrown away, not handed to the next caller.
import type pg from 'pg';
import { StoreUnavailableError } from '../store-errors.ts';
import { isConnectionError } from './pool-options.ts';

export type Row = Record<string, unknown>;

export interface PgSession {
  readonly pool: pg.Pool;
  readonly schema?: string;
  query<T extends Row = Row>(text: string, values?: unknown[]): Promise<T[]>;
  /** `begin` is the statement that opens it: BEGIN, or BEGIN with an isolation level. */
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>, begin?: string): Promise<T>;
}

const RETRY_AFTER_SECONDS = 5;

/** A connection failure as the store's "unavailable" error; any other error as it is. */
export function explainPgError(error: unknown): unknown {
  if (!isConnectionError(error)) return error;
  return new StoreUnavailableError(`The database is not reachable (${(error as Error).message}); it is retried by itself.`, { retryAfterSeconds: RETRY_AFTER_SECONDS, cause: error });
}

/** Gives the client back; one that failed at the connection level is closed instead of reused. */
function releaseAfter(client: pg.PoolClient, error: unknown) {
  client.release(error !== undefined && isConnectionError(error) ? (error as Error) : undefined);
}

export function createPgSession(pool: pg.Pool, schema?: string): PgSession {
  const connect = async () => {
    const client = await pool.connect().catch((error: unknown) => {
      throw explainPgError(error);
    });
    if (!schema) return client;
    try {
      await client.query(`SET search_path TO ${schema}`);
    } catch (error) {
      client.release(error as Error);
      throw explainPgError(error);
    }
    return client;
  };
  return {
    pool,
    schema,
    async query<T extends Row = Row>(text: string, values: unknown[] = []) {
      // Without a schema the pool's own connection settings apply: one round trip per query.
      // pool.query gives a failed connection back with its error, so the pool closes it.
      if (!schema) return (await pool.query<T>(text, values).catch((error: unknown) => {
        throw explainPgError(error);
      })).rows;
      const client = await connect();
      let failure: unknown;
      try {
        return (await client.query<T>(text, values)).rows;
      } catch (error) {
        failure = error;
        throw explainPgError(error);
      } finally {
        releaseAfter(client, failure);
      }
    },
    async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN') {
      const client = await connect();
      let failure: unknown;
      try {
        await client.query(begin);
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        failure = error;
        if (!isConnectionError(error)) await client.query('ROLLBACK').catch(() => undefined);
        throw explainPgError(error);
      } finally {
        releaseAfter(client, failure);
      }
    },
  };
}

export { optional } from '../rows.ts';

/** PostgreSQL's unique_violation: a row another process inserted first. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}
