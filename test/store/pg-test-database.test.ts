// The per-file test database helper: each call gets a database of its own, and dropping it fails,
// naming the connection, when the test left a pool open (what once ran a shared database out of clients).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/pg-test-database.ts';

const first = await createTestDatabase('crosscheck_helper');
const skip = 'skip' in first ? first.skip : undefined;

test('test databases: one per call, and a pool left open fails the drop with its name', { skip }, async () => {
  const one = first as TestDatabase;
  const two = (await createTestDatabase('crosscheck_helper')) as TestDatabase;
  assert.notEqual(one.name, two.name);
  const forgotten = new pg.Pool({ connectionString: one.url, application_name: 'forgotten-pool' });
  forgotten.on('error', () => undefined);
  await forgotten.query('SELECT 1');
  await assert.rejects(one.drop(), /1 connection\(s\) to crosscheck_helper_\S+ were left open by the test: forgotten-pool/);
  await forgotten.end().catch(() => undefined);
  const closed = new pg.Pool({ connectionString: two.url });
  await closed.query('SELECT 1');
  await closed.end();
  await two.drop();
});
