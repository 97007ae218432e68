import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ask } from '../../src/interfaces/cli/commands/ask.ts';
import { list, show } from '../../src/interfaces/cli/commands/reports.ts';
import { search } from '../../src/interfaces/cli/commands/search.ts';
import { ReportSchema } from '../../src/contracts/schema.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { fakeIo } from '../support/fake-io.ts';
import { NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';

async function storeWithCorpus(): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-cli-'));
  const file = path.join(dir, 'store.db');
  const store = createSqliteStore({ file });
  await store.upsertDocuments(NATO_CORPUS);
  await store.close();
  return { dir, file };
}

test('ask prints Markdown on stdout and plain progress lines on stderr when not a terminal', async () => {
  const { dir } = await storeWithCorpus();
  const io = fakeIo(dir, { env: { CROSSCHECK_STORE: 'store.db' } });
  assert.equal(await ask([NATO_QUESTION], io), 0);
  assert.match(io.out, /^# Which NATO members/);
  assert.match(io.out, /## Positions/);
  assert.match(io.err, /\] plan: /);
  assert.match(io.err, /\] done: Report ready/);
  assert.match(io.err, /Done in .* sentences checked/);
  assert.ok(!io.err.includes('\r'), 'no carriage returns off a terminal');
});

test('ask on a terminal updates one progress line', async () => {
  const { dir } = await storeWithCorpus();
  const io = fakeIo(dir, { isTTY: true });
  assert.equal(await ask([NATO_QUESTION, '--store', 'store.db'], io), 0);
  assert.ok(io.err.includes('\r['), 'carriage-return updates');
});

test('ask --json validates against the schema; show and list find it again', async () => {
  const { dir } = await storeWithCorpus();
  const io = fakeIo(dir);
  assert.equal(await ask([NATO_QUESTION, '--json', '--quiet', '--store', 'store.db'], io), 0);
  assert.equal(io.err, '');
  const report = ReportSchema.parse(JSON.parse(io.out));
  const shown = fakeIo(dir);
  assert.equal(await show([report.slug, '--json', '--store', 'store.db'], shown), 0);
  assert.deepEqual(JSON.parse(shown.out), report);
  const listed = fakeIo(dir);
  assert.equal(await list(['--store', 'store.db'], listed), 0);
  assert.match(listed.out, new RegExp(report.id));
});

test('ask --html prints one self-contained page', async () => {
  const { dir } = await storeWithCorpus();
  const io = fakeIo(dir);
  assert.equal(await ask([NATO_QUESTION, '--html', '--quiet', '--store', 'store.db'], io), 0);
  assert.match(io.out, /^<!doctype html>/);
  assert.match(io.out, /<style>/);
  assert.ok(!/<script|<link /.test(io.out), 'no external resources or scripts');
});

test('ask refuses an empty question, conflicting formats and unknown options with usage, exit 2', async () => {
  const { dir } = await storeWithCorpus();
  for (const argv of [[], ['   '], ['q?', '--json', '--html'], ['q?', '--nope']]) {
    const io = fakeIo(dir);
    assert.equal(await ask([...argv, '--store', 'store.db'], io), 2, argv.join(' '));
    assert.match(io.err, /Usage: crosscheck ask/);
  }
  const long = fakeIo(dir);
  assert.equal(await ask(['x'.repeat(700), '--store', 'store.db'], long), 2);
  assert.match(long.err, /under 500/);
});

test('search prints ranked passages, JSON, and one JSON line per stdin query', async () => {
  const { dir } = await storeWithCorpus();
  const human = fakeIo(dir);
  assert.equal(await search(['Hungary', 'NATO', '--store', 'store.db', '--limit', '3'], human), 0);
  assert.match(human.out, /^1\. \[\d+\.\d{3}\] /);
  const batch = fakeIo(dir, { stdin: 'Hungary NATO\n\nFinland joins\n' });
  assert.equal(await search(['--store', 'store.db', '--limit', '2'], batch), 0);
  const lines = batch.out.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(lines.map((line) => line.query), ['Hungary NATO', 'Finland joins']);
  assert.ok(lines[0].results.length > 0 && lines[0].results.length <= 2);
  assert.deepEqual(Object.keys(lines[0].results[0]).sort(), ['documentId', 'score', 'text', 'title', 'url']);
  const bad = fakeIo(dir);
  assert.equal(await search(['x', '--limit', 'many', '--store', 'store.db'], bad), 2);
});

test('show explains a missing report', async () => {
  const { dir } = await storeWithCorpus();
  const io = fakeIo(dir);
  assert.equal(await show(['nope', '--store', 'store.db'], io), 1);
  assert.match(io.err, /no report with id or slug "nope"/);
});

test('ask strips RTL overrides, zero-width characters and NUL from the question before it names the report', async () => {
  const { dir, file } = await storeWithCorpus();
  const io = fakeIo(dir, { env: { CROSSCHECK_STORE: 'store.db' } });
  const hostile = NATO_QUESTION.replace('support', 'supp\u200bort\u202e').replace('Ukraine', '\u0000Ukraine\u2066');
  assert.equal(await ask([hostile, '--json', '--quiet'], io), 0);
  const report = ReportSchema.parse(JSON.parse(io.out));
  assert.equal(report.question, NATO_QUESTION);
  for (const text of [report.title, report.slug]) assert.doesNotMatch(text, /[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
  const store = createSqliteStore({ file });
  assert.equal((await store.getReport(report.id))?.question, NATO_QUESTION);
  await store.close();
});
