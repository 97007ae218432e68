import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { asWarning, parseSetting, problemsIn, readSettings, SETTINGS } from '../../src/runtime/settings.ts';
import { settingsTable, TABLE_END, TABLE_START } from '../../src/runtime/settings-table.ts';

const root = path.join(import.meta.dirname, '..', '..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []));

test('the README configuration table is the one generated from the schema (node scripts/settings-table.ts --write)', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  assert.ok(start >= 0 && end > start, 'README.md has the settings table markers');
  assert.equal(readme.slice(start + TABLE_START.length, end).trim(), settingsTable().trim());
  for (const name of Object.keys(SETTINGS)) assert.ok(settingsTable().includes(`| \`${name}\``), `${name} has a row`);
});

test('every CROSSCHECK_ variable named in src/ is in the schema, and only the CLI hands the environment in', () => {
  const named = new Set<string>();
  const readers: string[] = [];
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bCROSSCHECK_[A-Z0-9_]*[A-Z0-9]\b/g)) named.add(match[0]);
    if (/process\.env\.(?!NODE_TEST_CONTEXT)|process\.env\b(?!\.)/.test(text)) readers.push(path.relative(root, file));
  }
  assert.deepEqual([...named].filter((name) => !(name in SETTINGS)), []);
  assert.deepEqual(readers, ['src/interfaces/cli/io.ts']);
});

test('blank values take their defaults; good values are parsed to their types', () => {
  const { values, problems } = readSettings({});
  assert.deepEqual(problems, []);
  assert.equal(values.PORT, 3000);
  assert.equal(values.CROSSCHECK_WEB, 'auto');
  assert.equal(values.CROSSCHECK_FETCH_ROBOTS, true);
  assert.equal(values.DATABASE_URL, undefined);
  assert.equal(values.CROSSCHECK_MODEL_TIMEOUT_MS, undefined, 'the provider chooses');
  const given = readSettings({ PORT: ' 8080 ', CROSSCHECK_FETCH_ROBOTS: 'off', CROSSCHECK_CACHE_HOURS: '0.5', OLLAMA_HOST: '0.0.0.0', CROSSCHECK_WEB: 'OFF' }).values;
  assert.deepEqual([given.PORT, given.CROSSCHECK_FETCH_ROBOTS, given.CROSSCHECK_CACHE_HOURS, given.OLLAMA_HOST, given.CROSSCHECK_WEB], [8080, false, 0.5, 'http://127.0.0.1:11434', 'off']);
});

test('each bad value is a problem naming the setting, the rule and the value; the others still parse', () => {
  const settings = readSettings({ PORT: 'eighty', CROSSCHECK_MAX_PAGES: '0', DATABASE_URL: 'mysql://x', CROSSCHECK_MAX_QUERIES: '4' });
  assert.deepEqual(settings.problems.map((problem) => problem.message), [
    'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/crosscheck (got "mysql://x")',
    'PORT must be a whole number from 0 to 65535 (got "eighty")',
    'CROSSCHECK_MAX_PAGES must be a whole number from 1 to 100 (got "0")',
  ]);
  assert.equal(settings.values.PORT, 3000, 'a bad value is replaced by its default');
  assert.equal(settings.values.CROSSCHECK_MAX_QUERIES, 4);
  assert.deepEqual(problemsIn(settings, { groups: ['research'] }).map(asWarning), ['CROSSCHECK_MAX_PAGES must be a whole number from 1 to 100 (got "0"); using 12']);
  assert.deepEqual(problemsIn(settings, { names: ['DATABASE_URL'] }).map((problem) => problem.name), ['DATABASE_URL']);
});

test('a flag is parsed by its variable\'s schema, under its own label', () => {
  assert.deepEqual(parseSetting('CROSSCHECK_CONCURRENCY', '4'), { ok: true, value: 4 });
  assert.deepEqual(parseSetting('CROSSCHECK_CONCURRENCY', undefined), { ok: true, value: 2 });
  assert.deepEqual(parseSetting('CROSSCHECK_CONCURRENCY', '40', 'CROSSCHECK_CONCURRENCY (--concurrency)'), { ok: false, message: 'CROSSCHECK_CONCURRENCY (--concurrency) must be a whole number from 1 to 32 (got "40")' });
});

test('an environment is parsed once: each call gets its own copy, and a changed environment is parsed again', () => {
  const first = readSettings({ PORT: '8080', CROSSCHECK_SUPPORT_AMOUNTS: '5,10' });
  first.values.PORT = 1;
  first.values.CROSSCHECK_SUPPORT_AMOUNTS.push(99);
  first.problems.push({ name: 'PORT', message: 'changed by a caller' });
  const again = readSettings({ PORT: '8080', CROSSCHECK_SUPPORT_AMOUNTS: '5,10' });
  assert.deepEqual([again.values.PORT, again.values.CROSSCHECK_SUPPORT_AMOUNTS, again.problems], [8080, [500, 1000], []]);
  assert.equal(readSettings({ PORT: '8081' }).values.PORT, 8081);
  const bad = () => readSettings({ PORT: 'eighty' }).problems.map((problem) => problem.message);
  assert.deepEqual(bad(), ['PORT must be a whole number from 0 to 65535 (got "eighty")']);
  assert.deepEqual(bad(), ['PORT must be a whole number from 0 to 65535 (got "eighty")']);
});
