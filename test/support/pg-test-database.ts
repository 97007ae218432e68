// A PostgreSQL database of its own for each test file that needs one (no two files share a database, so
// no file can exhaust another's connections or see its rows), dropped at the end; { skip } with the
// reason when PostgreSQL is not reachable (the tests then skip and say so). drop() fails the file when a
// connection of its own is still open (a pool or a client the test forgot to close): that is what once
// ran a shared database out of connections ("too many clients").
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  url: string;
  name: string;
  /** Drops the database; rejects, naming them, if sessions the test opened are still connected after a moment. */
  drop(options?: { allowOpen?: boolean }): Promise<void>;
}

let created = 0;

export async function createTestDatabase(prefix: string): Promise<TestDatabase | { skip: string }> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  try {
    await admin.connect();
  } catch (error) {
    return { skip: `PostgreSQL not reachable at ${TEST_DATABASE_URL} (${(error as Error).message})` };
  }
  const name = `${prefix}_${process.pid}_${Date.now()}_${++created}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    return { skip: `cannot create a test database on ${TEST_DATABASE_URL} (${(error as Error).message})` };
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop(options = {}) {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        const open = options.allowOpen ? [] : await lingeringSessions(client, name);
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        if (open.length > 0) throw new Error(`${open.length} connection(s) to ${name} were left open by the test: ${open.join('; ')}`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Sessions still on the database after up to 3 s (a killed process's sessions end within milliseconds). */
async function lingeringSessions(client: pg.Client, name: string): Promise<string[]> {
  for (let waited = 0; ; waited += 100) {
    const { rows } = await client.query<{ application_name: string; state: string; query: string }>(
      'SELECT application_name, state, query FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name],
    );
    if (rows.length === 0 || waited >= 3000) return rows.map((row) => `${row.application_name || 'unnamed'} (${row.state}: ${row.query.slice(0, 60)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
