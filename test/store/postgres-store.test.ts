// The shared store suite on PostgreSQL (127.0.0.1:5432, or TEST_DATABASE_URL), in a database of this file's
// own (test/support/pg-test-database.ts); each run in a schema of its own; the pool is closed at the end.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { createPostgresStore } from '../../src/adapters/store/postgres/postgres-store.ts';
import { toTsQuery } from '../../src/adapters/store/postgres/ts-query.ts';
import { POSTGRES_MIGRATIONS } from '../../src/adapters/store/postgres/migrations.ts';
import { createTestDatabase, type TestDatabase } from '../support/pg-test-database.ts';
import { siteStoreSuite, storeSuite } from './store-suite.ts';

const database = await createTestDatabase('crosscheck_store');
const available = !('skip' in database);
const db = database as TestDatabase;
const pool = available ? new pg.Pool({ connectionString: db.url, max: 4 }) : undefined!;
let counter = 0;

if (!available) test('postgres store suite', { skip: (database as { skip: string }).skip }, () => {});

if (available) {
  storeSuite('postgres', async () => {
    const schema = `test_store_${process.pid}_${Date.now()}_${counter++}`;
    return createPostgresStore({ pool, schema });
  });
  siteStoreSuite('postgres', async () => {
    const schema = `test_site_${process.pid}_${Date.now()}_${counter++}`;
    return createPostgresStore({ pool, schema });
  });

  test('postgres: two stores migrating the same schema at once apply each migration once', async () => {
    const schema = `test_migrate_${process.pid}_${Date.now()}`;
    await Promise.all([createPostgresStore({ pool, schema }), createPostgresStore({ pool, schema })]);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${schema}.schema_migrations`);
    assert.equal(rows[0].n, POSTGRES_MIGRATIONS.length);
  });
}

test('tsquery: words OR-ed, names as phrases, required groups AND-ed, syntax characters dropped', () => {
  assert.equal(toTsQuery('NATO bid'), '(nato) | (bid)');
  assert.equal(toTsQuery('the and'), undefined);
  assert.equal(toTsQuery("membership ! & | ' :*", [['North Atlantic Treaty Organization']]), '((north <-> atlantic <-> treaty <-> organization)) & ((membership) | (north <-> atlantic <-> treaty <-> organization))');
});

after(async () => {
  if (!available) return;
  await pool.end();
  await db.drop();
});
