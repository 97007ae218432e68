// The shared store suite on PostgreSQL (127.0.0.1:5432, or TEST_DATABASE_URL), in a database of this file's
// own (test/support/pg-test-database.ts); each run in a schema of its own; the pool is closed at the end.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { createPostgresStore } from '../../src/adapters/store/postgres/postgres-store.ts';
import { toTsQueries, toTsQuery } from '../../src/adapters/store/postgres/ts-query.ts';
import { POSTGRES_MIGRATIONS } from '../../src/adapters/store/postgres/migrations.ts';
import { poolOptions, SESSION_SETTINGS } from '../../src/adapters/store/postgres/pool-options.ts';
import { splitPassages } from '../../src/pipeline/read/passages.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';
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

  test('postgres: passages are stored as spans (the text once, in documents) and come back exactly, in search too', async () => {
    const schema = `test_spans_${process.pid}_${Date.now()}`;
    const store = await createPostgresStore({ pool, schema });
    const text = ['Finland  joined NATO in April 2023.', '', `${'The alliance debated enlargement at length. '.repeat(40)}`, 'Sweden followed in March 2024.'].join('\n');
    const [stored] = await store.upsertDocuments([{ ...NATO_CORPUS[0]!, url: 'https://example.org/spans', text }]);
    const { rows } = await pool.query(`SELECT text, heading, span_start FROM ${schema}.passages ORDER BY rowid`);
    assert.ok(rows.length >= 3 && rows.every((row) => row.text === '' && row.heading === '' && row.span_start !== null), 'no passage keeps a copy of the text');
    assert.deepEqual((await store.getPassages([stored!.document.id])).map((passage) => passage.text), splitPassages(text));
    const [hit] = await store.searchPassages('Sweden followed', { limit: 1 });
    assert.equal(hit!.passage.text, splitPassages(text).find((passage) => passage.includes('Sweden followed')));
    const [byHeading] = await store.searchPassages('Enlargement', { limit: 1, documentIds: [stored!.document.id] });
    assert.ok(byHeading, 'the heading is indexed though not stored');
  });

  test('postgres: a store written before text-once (migration 5) keeps its passages, and their text is still searched', async () => {
    const schema = `test_text_once_${process.pid}_${Date.now()}`;
    const client = await pool.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      await client.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const migration of POSTGRES_MIGRATIONS.filter((entry) => entry.version <= 4)) {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [migration.version, migration.name, '2026-01-01T00:00:00.000Z']);
      }
      await client.query(`INSERT INTO documents (id, url, title, outlet, fetched_at, kind, text, origin, content_hash)
        VALUES ('doc_old', 'https://example.org/old', 'Old', 'Wire', '2026-01-01T00:00:00.000Z', 'news', 'Old NATO text.', 'web', 'sha256:00')`);
      await client.query("INSERT INTO passages (document_rowid, ordinal, text, heading) VALUES (1, 0, 'Old NATO text.', 'Old')");
    } finally {
      await client.query('RESET search_path');
      client.release();
    }
    const store = await createPostgresStore({ pool, schema });
    assert.deepEqual((await store.getPassages(['doc_old'])).map((passage) => passage.text), ['Old NATO text.']);
    assert.equal((await store.searchPassages('NATO', { limit: 1 }))[0]?.passage.text, 'Old NATO text.');
    await store.upsertDocuments([{ ...NATO_CORPUS[1]!, url: 'https://example.org/new' }]);
    assert.equal((await store.searchPassages('South Ossetia', { limit: 1 }))[0]?.passage.text, NATO_CORPUS[1]!.text);
  });

  test('postgres: a store\'s own connections start without JIT or parallel workers', async () => {
    const store = await createPostgresStore({ connectionString: db.url, maxConnections: 1 });
    const { rows } = await store.pool.query("SELECT current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers");
    assert.deepEqual(rows[0], { jit: 'off', workers: '0' });
    await store.close();
  });

  test('postgres: a required name is matched as the documents were indexed ("U.S." is one lexeme, "COVID-19" a word and a signed number)', async () => {
    const schema = `test_names_${process.pid}_${Date.now()}`;
    const store = await createPostgresStore({ pool, schema });
    const texts = ['U.S. troops left the base.', 'The convoy made a U-turn near the base.', 'COVID-19 cases rose in March.', 'Covid 19 cases fell in May.'];
    await store.upsertDocuments(texts.map((text, index) => ({ ...NATO_CORPUS[0]!, url: `https://example.org/names/${index}`, title: 'Report', text })));
    const found = async (query: string, required: string[][]) => (await store.searchPassages(query, { limit: 10, required })).map((hit) => hit.passage.text).sort();
    assert.deepEqual(await found('base', [['United States', 'U.S.']]), ['U.S. troops left the base.'], 'a lone "u" (U-turn) is not "U.S."');
    assert.deepEqual(await found('cases', [['COVID-19']]), ['COVID-19 cases rose in March.', 'Covid 19 cases fell in May.']);
    assert.equal(await store.hasPassages('troops', { required: [['U.S.']] }), true);
    await store.close();
  });
}

test('pool options: the session settings come first, options in the connection string after them', () => {
  assert.equal(poolOptions({ connectionString: 'postgres://db/x', max: 1 }).options, SESSION_SETTINGS);
  const own = poolOptions({ connectionString: 'postgres://db/x?sslmode=disable&options=-c%20work_mem%3D8MB', max: 1 });
  assert.deepEqual([own.connectionString, own.options], ['postgres://db/x?sslmode=disable', `${SESSION_SETTINGS} -c work_mem=8MB`]);
});

test('tsquery: a name with a dot or hyphen inside a word is also quoted, for PostgreSQL to parse as it parsed the documents', () => {
  assert.deepEqual(toTsQueries('troops', [['United States', 'U.S.']]), {
    rank: "((united <-> states) | ('u.s.')) & ((troops) | (united <-> states) | ('u.s.'))", match: "((united <-> states) | ('u.s.'))", grouped: true,
  });
  assert.equal(toTsQueries('cases', [['COVID-19']])!.match, "(('covid-19' | covid <-> 19))");
  assert.equal(toTsQueries('x', [["U.S.' | !(a) \\ :*"]])!.match, "(('u.s. a'))", 'no quote, backslash or operator inside the quotes');
  assert.deepEqual(toTsQueries('nato bid')!.words, ['nato', 'bid'], 'a query of words keeps them for the levels');
});

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
