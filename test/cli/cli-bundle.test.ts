// The CLI bundle runs only while fresh, and makes the same report as the source it was built from.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { checkBundle, cliEntry, MANIFEST_FILE, ROOT, stamp } from '../../src/interfaces/cli/cli-bundle.ts';
import { buildCliBundle } from '../../scripts/build-cli-bundle.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'crosscheck-bundle-'));
}

/** A repository of one source file, and a bundle folder whose manifest lists it. */
function fakeBuild(manifest: Record<string, unknown> = {}): { root: string; bundle: string } {
  const root = folder();
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'src/a.ts'), 'export const a = 1;\n');
  const bundle = path.join(root, 'dist');
  mkdirSync(bundle);
  writeFileSync(path.join(bundle, MANIFEST_FILE), JSON.stringify({ format: 1, node: process.version, entry: 'main.js', sources: { 'src/a.ts': stamp('src/a.ts', root) }, ...manifest }));
  return { root, bundle };
}

test('a bundle is fresh only with a whole manifest of this Node and every source as it was', () => {
  const { root, bundle } = fakeBuild();
  assert.deepEqual(checkBundle(bundle, root), { fresh: true, entry: path.join(bundle, 'main.js') });
  assert.equal(cliEntry(bundle, root), pathToFileURL(path.join(bundle, 'main.js')).href);
  // An edit that keeps the size still moves the modification time.
  utimesSync(path.join(root, 'src/a.ts'), new Date(), new Date(Date.now() + 5000));
  assert.deepEqual(checkBundle(bundle, root), { fresh: false, reason: 'src/a.ts changed' });
  assert.equal(cliEntry(bundle, root), pathToFileURL(path.join(ROOT, 'src/interfaces/cli/main.ts')).href);
  writeFileSync(path.join(root, 'src/a.ts'), 'export const a = 2;\n');
  assert.equal(checkBundle(bundle, root).fresh, false);
});

test('a missing, damaged, foreign or hostile manifest means the source runs, never an exception', () => {
  assert.deepEqual(checkBundle(path.join(folder(), 'none')), { fresh: false, reason: 'no bundle' });
  const cases: [Record<string, unknown>, string][] = [
    [{ node: 'v1.0.0' }, 'built by Node v1.0.0'],
    [{ format: 2 }, 'a bundle manifest of another format'],
    [{ sources: null }, 'a bundle manifest of another format'],
    [{ entry: 7 }, 'a bundle manifest of another format'],
    [{ sources: { 'src/gone.ts': [1, 1] } }, 'src/gone.ts is gone'],
    [{ sources: { 'src/a.ts': 'anything' } }, 'src/a.ts changed'],
  ];
  for (const [manifest, reason] of cases) {
    const { root, bundle } = fakeBuild(manifest);
    assert.deepEqual(checkBundle(bundle, root), { fresh: false, reason });
  }
  const { root, bundle } = fakeBuild();
  writeFileSync(path.join(bundle, MANIFEST_FILE), '{ not json');
  assert.deepEqual(checkBundle(bundle, root), { fresh: false, reason: 'no bundle' });
  writeFileSync(path.join(bundle, MANIFEST_FILE), 'null');
  assert.equal(checkBundle(bundle, root).fresh, false);
  // The entry is always a file of the bundle's own folder, whatever the manifest names.
  const escaping = fakeBuild({ entry: '../../../etc/evil.js' });
  assert.deepEqual(checkBundle(escaping.bundle, escaping.root), { fresh: true, entry: path.join(escaping.bundle, 'evil.js') });
});

test('the bundle built from this tree makes the same report as the source, and is then current', async (t) => {
  // Inside the repository, as dist/cli is: the bundle's imports of packages resolve from node_modules.
  const bundle = path.join(ROOT, 'dist', `test-cli-${process.pid}`);
  t.after(() => rmSync(bundle, { recursive: true, force: true }));
  const built = await buildCliBundle({ folder: bundle });
  assert.ok(built.built, built.message);
  assert.ok(checkBundle(bundle).fresh);
  assert.equal((await buildCliBundle({ folder: bundle })).built, false, 'a current bundle is not built again');
  // zod is bundled with our modules: its files are in the manifest, so an update of the package makes the bundle stale.
  const sources = Object.keys((JSON.parse(readFileSync(path.join(bundle, MANIFEST_FILE), 'utf8')) as { sources: object }).sources);
  // ("../main/node_modules/…" when node_modules is a link to another checkout's)
  assert.ok(sources.some((source) => /(?:^|\/)node_modules\/zod\/v4\/core\/core\.js$/.test(source)), 'zod is bundled and listed');
  const dir = folder();
  const store = createSqliteStore({ file: path.join(dir, 'store.db') });
  await store.upsertDocuments(NATO_CORPUS);
  await store.close();
  const run = (entry: string) => {
    const script = `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(process.argv.slice(1));`;
    const env = { ...process.env, CROSSCHECK_MODEL: 'none', CROSSCHECK_WEB: 'off', DATABASE_URL: '' };
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, 'ask', NATO_QUESTION, '--quiet', '--store', path.join(dir, 'store.db')], { env, encoding: 'utf8', cwd: dir });
    return out.replace(/^\*Stats: .*$/m, '');
  };
  const fromSource = run(pathToFileURL(path.join(ROOT, 'src/interfaces/cli/main.ts')).href);
  assert.match(fromSource, /^# Which NATO members/);
  assert.ok(run(pathToFileURL(path.join(bundle, 'main.js')).href) === fromSource, 'the same report from the bundle');
});
