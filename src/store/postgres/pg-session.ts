// One way to talk to the database for every PostgreSQL module: a query or a transaction on a pooled
// connection working in the store's schema (tests isolate themselves in schemas of their own).
import type pg from 'pg';

export type Row = Record<string, unknown>;

export interface PgSession {
  readonly pool: pg.Pool;
  readonly schema?: string;
  query<T extends Row = Row>(text: string, values?: unknown[]): Promise<T[]>;
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>;
}

export function createPgSession(pool: pg.Pool, schema?: string): PgSession {
  const connect = async () => {
    const client = await pool.connect();
    if (!schema) return client;
    try {
      await client.query(`SET search_path TO ${schema}`);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    return client;
  };
  return {
    pool,
    schema,
    async query<T extends Row = Row>(text: string, values: unknown[] = []) {
      // Without a schema the pool's own connection settings apply: one round trip per query.
      if (!schema) return (await pool.query<T>(text, values)).rows;
      const client = await connect();
      try {
        return (await client.query<T>(text, values)).rows;
      } finally {
        client.release();
      }
    },
    async transaction<T>(work: (client: pg.PoolClient) => Promise<T>) {
      const client = await connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

export { optional } from '../rows.ts';

/** PostgreSQL's unique_violation: a row another process inserted first. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}
