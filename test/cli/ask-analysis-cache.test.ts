// The analysis cache seen from the installed binary: separate processes, as a user's asks are.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/crosscheck.js');

/** The report as Markdown, less its closing line of stage timings (the one part that differs between two makings). */
function askInProcess(store: string, question: string): string {
  const env = { ...process.env, CROSSCHECK_MODEL: 'none', CROSSCHECK_WEB: 'off', DATABASE_URL: '' };
  const out = execFileSync(process.execPath, [BIN, 'ask', question, '--quiet', '--store', store], { env, encoding: 'utf8' });
  return out.replace(/^\*Stats: .*$/m, '');
}

test('a warm ask reads its sentences from the cache and makes the same report; a damaged cache changes nothing', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-cli-analyses-'));
  const file = path.join(dir, 'store.db');
  const store = createSqliteStore({ file });
  await store.upsertDocuments(NATO_CORPUS);
  await store.close();
  const cold = askInProcess(file, NATO_QUESTION);
  assert.match(cold, /^# Which NATO members/);
  const cacheFile = path.join(dir, 'store.analyses.db');
  assert.ok(existsSync(cacheFile));
  const db = new DatabaseSync(cacheFile, { readOnly: true });
  const { count } = db.prepare('SELECT count(*) AS count FROM analyses').get() as { count: number };
  const frames = (db.prepare('SELECT count(*) AS count FROM frames').get() as { count: number }).count;
  db.close();
  assert.ok(count > 10, `the sentences analysed are kept (${count})`);
  assert.ok(frames > 10, `the source sentences' frames are kept (${frames})`);
  assert.ok(askInProcess(file, NATO_QUESTION) === cold, 'the same report from the cache');
  writeFileSync(cacheFile, 'damaged');
  assert.ok(askInProcess(file, NATO_QUESTION) === cold, 'the same report past a damaged cache');
});
