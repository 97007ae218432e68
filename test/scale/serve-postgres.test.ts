// `crosscheck serve` with DATABASE_URL is a complete site on its own: it queues on pg-boss, makes the
// report in the same process, streams its progress through LISTEN/NOTIFY, answers /readyz and /metrics,
// and stops cleanly. Runs in a database of its own; skips when PostgreSQL is not reachable.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { serveWith } from '../../src/interfaces/cli/commands/serve.ts';
import { createPostgresStore } from '../../src/adapters/store/postgres/postgres-store.ts';
import type { RunningSite } from '../../src/interfaces/web/start-site.ts';
import { fakeIo } from '../support/fake-io.ts';
import { NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../support/pg-test-database.ts';

const database = await createTestDatabase('crosscheck_serve');
const skip = 'skip' in database ? database.skip : undefined;
const db = database as TestDatabase;

after(async () => {
  if (!skip) await db.drop();
});

test('crosscheck serve on PostgreSQL: queues, makes and streams a report in one process, then stops with exit code 0', { skip, timeout: 60_000 }, async () => {
  const store = await createPostgresStore({ connectionString: db.url });
  await store.upsertDocuments(NATO_CORPUS);
  await store.close();
  const io = fakeIo(process.cwd(), { env: { DATABASE_URL: db.url, CROSSCHECK_WEB: 'off', CROSSCHECK_MODEL: 'none', CROSSCHECK_SHUTDOWN_GRACE_SECONDS: '1', CROSSCHECK_READ_AHEAD: 'off' } });
  let stop!: () => void;
  const until = new Promise<void>((resolve) => {
    stop = resolve;
  });
  let site!: RunningSite;
  const exited = Promise.withResolvers<number>();
  const started = new Promise<void>((resolve) => {
    void serveWith(['--port', '0'], io, until, (running) => {
      site = running;
      resolve();
    }).then((code) => exited.resolve(code));
  });
  await started;
  assert.match(io.out, /store postgres:\/\/postgres@127\.0\.0\.1:5432\/crosscheck_serve_/);
  await site.ready;
  assert.deepEqual(await (await fetch(`${site.url}/readyz`)).json(), { ready: true });
  const created = await fetch(`${site.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: NATO_QUESTION }) });
  assert.equal(created.status, 202);
  const { links, id } = await created.json();
  const stream = await (await fetch(`${site.url}${links.events}`)).text();
  assert.match(stream, /event: progress\ndata: \{"seq":1,/);
  assert.match(stream, /event: end\ndata: \{"status":"done"/);
  const report = await (await fetch(`${site.url}/api/reports/${id}`)).json();
  assert.equal(report.report.question, NATO_QUESTION);
  assert.match(await (await fetch(`${site.url}/metrics`)).text(), /crosscheck_reports_total\{outcome="done"\} 1/);
  stop();
  assert.equal(await exited.promise, 0);
  assert.match(io.out, /Stopping: unfinished reports go back to the queue/);
});
