import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { serveWith } from '../../src/interfaces/cli/commands/serve.ts';
import { main } from '../../src/interfaces/cli/main.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import type { RunningSite } from '../../src/interfaces/web/start-site.ts';
import { fakeIo } from '../support/fake-io.ts';
import { NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';

// The demo corpus's sentences are not read ahead (serve would fill data/demo's analyses file in the background).
const OFFLINE = { CROSSCHECK_WEB: 'off', CROSSCHECK_MODEL: 'none', CROSSCHECK_READ_AHEAD: 'off' };

async function storeFile(): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-serve-'));
  const file = path.join(dir, 'store.db');
  const store = createSqliteStore({ file });
  await store.upsertDocuments(NATO_CORPUS);
  await store.close();
  return { dir, file };
}

test('crosscheck serve: serves the site on a real port, answers a question over HTTP, stops cleanly', async () => {
  const { dir } = await storeFile();
  const io = fakeIo(dir, { env: { ...OFFLINE, CROSSCHECK_STORE: 'store.db' } });
  let stop!: () => void;
  const until = new Promise<void>((resolve) => {
    stop = resolve;
  });
  let site!: RunningSite;
  let listening!: () => void;
  const started = new Promise<void>((resolve) => {
    listening = resolve;
  });
  const exit = serveWith(['--port', '0'], io, until, (running) => {
    site = running;
    listening();
  });
  await started;
  assert.match(io.out, /^Crosscheck is serving on http:\/\/127\.0\.0\.1:\d+ /);
  assert.deepEqual(await (await fetch(`${site.url}/healthz`)).json(), { ok: true });
  await site.ready;
  assert.deepEqual(await (await fetch(`${site.url}/readyz`)).json(), { ready: true });
  const created = await fetch(`${site.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: NATO_QUESTION }) });
  assert.equal(created.status, 202);
  const { links } = await created.json();
  const stream = await (await fetch(`${site.url}${links.events}`)).text();
  const end = /event: end\ndata: (.*)\n/.exec(stream);
  assert.ok(end, 'the stream ends');
  const { url } = JSON.parse(end[1]);
  const page = await fetch(`${site.url}${url}`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<h1>Which NATO members support or oppose Ukraine joining/);
  stop();
  assert.equal(await exit, 0);
  assert.match(io.out, /Stopping/);
  await assert.rejects(() => fetch(`${site.url}/healthz`), 'the port is closed');
});

test('crosscheck serve: a bad setting stops it at once with what to fix', async () => {
  const { dir } = await storeFile();
  const io = fakeIo(dir, { env: { ...OFFLINE, CROSSCHECK_STORE: 'store.db', CROSSCHECK_BASE_URL: 'not a url', ADMIN_TOKEN: 'short' } });
  assert.equal(await serveWith([], io, Promise.resolve()), 2);
  assert.match(io.err, /CROSSCHECK_BASE_URL must be an absolute http\(s\) URL/);
  assert.match(io.err, /ADMIN_TOKEN must be at least 16 characters/);
  const help = fakeIo(dir);
  assert.equal(await main(['serve', '--help'], help), 0);
  assert.match(help.out, /^Usage: crosscheck serve/);
  const listed = fakeIo(dir);
  await main([], listed);
  assert.match(listed.out, /serve +serve the website and its API/);
});
