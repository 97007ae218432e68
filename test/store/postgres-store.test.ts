// The shared store suite on PostgreSQL (127.0.0.1:5432, database `test`, or DATABASE_URL); each run in a schema of its own.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { createPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { toTsQuery } from '../../src/store/postgres/ts-query.ts';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { siteStoreSuite, storeSuite } from './store-suite.ts';

const connectionString = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const pool = new pg.Pool({ connectionString, max: 4 });
const schemas: string[] = [];
let counter = 0;

async function reachable(): Promise<boolean> {
  try {
    await pool.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

const available = await reachable();
if (!available) test('postgres store suite', { skip: `PostgreSQL not reachable at ${connectionString}` }, () => {});

if (available) {
  storeSuite('postgres', async () => {
    const schema = `test_store_${process.pid}_${Date.now()}_${counter++}`;
    schemas.push(schema);
    return createPostgresStore({ pool, schema });
  });
  siteStoreSuite('postgres', async () => {
    const schema = `test_site_${process.pid}_${Date.now()}_${counter++}`;
    schemas.push(schema);
    return createPostgresStore({ pool, schema });
  });

  test('postgres: two stores migrating the same schema at once apply each migration once', async () => {
    const schema = `test_migrate_${process.pid}_${Date.now()}`;
    schemas.push(schema);
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
  for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
});
