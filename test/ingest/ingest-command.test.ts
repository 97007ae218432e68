import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ingest } from '../../src/interfaces/cli/commands/ingest.ts';
import { resolveStorePath } from '../../src/interfaces/cli/store-path.ts';
import type { Store } from '../../src/contracts/ports.ts';
import { ingestPaths } from '../../src/adapters/ingest/index.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { fakeIo } from '../support/fake-io.ts';
import { ARTICLE_HTML, minimalPdf, NAVIGATION_HTML, tempDir } from './fixtures.ts';

function writeMixedFolder(root: string): void {
  const folder = path.join(root, 'mixed');
  mkdirSync(path.join(folder, 'notes'), { recursive: true });
  mkdirSync(path.join(folder, '.git'));
  writeFileSync(path.join(folder, '.git', 'config'), 'ignored dotfolder');
  writeFileSync(path.join(folder, 'article.html'), ARTICLE_HTML);
  writeFileSync(path.join(folder, 'menu.html'), NAVIGATION_HTML);
  writeFileSync(path.join(folder, 'notes', 'flood.md'), '# Flood notes\n\nThe river flooded twice in April.\n');
  writeFileSync(path.join(folder, 'notes', 'field.txt'), 'Field report\nThe water level peaked on the third day.\n');
  writeFileSync(path.join(folder, 'river.pdf'), minimalPdf(['River levels rose by two metres in May.'], { title: 'River report' }));
  writeFileSync(path.join(folder, 'broken.pdf'), '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\ntruncated');
  writeFileSync(path.join(folder, 'empty.txt'), '');
  writeFileSync(path.join(folder, 'blob.txt'), Uint8Array.from({ length: 512 }, (_, index) => (index * 31) % 256));
}

describe('crosscheck ingest', () => {
  const temp = tempDir();
  before(() => {
    writeMixedFolder(temp.dir);
    mkdirSync(path.join(temp.dir, 'bad'));
    writeFileSync(path.join(temp.dir, 'bad', 'empty.md'), '');
    writeFileSync(path.join(temp.dir, 'bad', 'menu.htm'), NAVIGATION_HTML);
  });
  after(temp.cleanup);

  test('ingests the good files of a mixed folder and says why each bad one was refused', async () => {
    const io = fakeIo(temp.dir);
    const code = await ingest(['mixed', '--store', 'store.db'], io);
    assert.equal(code, 0);
    const lines = io.out.trim().split('\n');
    const lineFor = (name: string) => lines.find((line) => line.includes(`${path.join('mixed', name)}:`)) ?? '';
    assert.match(lineFor('article.html'), /^✓ .*: 1 document \(1 new, 0 duplicates\)$/);
    assert.match(lineFor('notes/flood.md'), /^✓ /);
    assert.match(lineFor('notes/field.txt'), /^✓ /);
    assert.match(lineFor('river.pdf'), /^✓ /);
    assert.match(lineFor('broken.pdf'), /^✗ .*: corrupt PDF/);
    assert.match(lineFor('empty.txt'), /^✗ .*: empty file$/);
    assert.match(lineFor('blob.txt'), /^✗ .*: binary file/);
    assert.match(lineFor('menu.html'), /^✗ .*: no main text/);
    assert.ok(!io.out.includes('.git'), 'dotfolders are skipped');
    assert.match(lines.at(-1)!, /^4 of 8 files ingested: 4 documents \(4 new, 0 duplicates\); 4 rejected\./);
    const store = createSqliteStore({ file: path.join(temp.dir, 'store.db') });
    assert.equal(await store.countDocuments(), 4);
    await store.close();
  });

  test('re-ingesting the same folder adds nothing and still succeeds', async () => {
    const io = fakeIo(temp.dir);
    assert.equal(await ingest(['mixed', '--store', 'store.db'], io), 0);
    assert.match(io.out, /4 of 8 files ingested: 4 documents \(0 new, 4 duplicates\)/);
  });

  test('a folder of only bad files exits non-zero and says nothing was ingested', async () => {
    const io = fakeIo(temp.dir);
    const code = await ingest(['bad', 'missing.txt', '--store', 'store.db'], io);
    assert.notEqual(code, 0);
    assert.match(io.out, /missing\.txt: not found/);
    assert.match(io.err, /Nothing was ingested/);
  });

  test('no paths is a usage error', async () => {
    const io = fakeIo(temp.dir);
    assert.equal(await ingest([], io), 2);
    assert.match(io.err, /Usage: crosscheck ingest <path\.\.\.>/);
    assert.equal(await ingest(['x', '--max-size', 'lots'], fakeIo(temp.dir)), 2);
  });

  test('refuses files over the size limit', async () => {
    writeFileSync(path.join(temp.dir, 'big.txt'), 'A sentence that repeats.\n'.repeat(60_000));
    const io = fakeIo(temp.dir);
    assert.equal(await ingest(['big.txt', '--store', 'store.db', '--max-size', '1'], io), 1);
    assert.match(io.out, /big\.txt: file too large \(1\.4 MB; the limit is 1 MB\)/);
  });
});

describe('ingestPaths', () => {
  test('a file the store fails to write is reported, and rejected files never reach the store', async () => {
    const temp = tempDir();
    writeFileSync(path.join(temp.dir, 'a.txt'), 'Alpha\nA short note.');
    writeFileSync(path.join(temp.dir, 'b.txt'), '');
    const calls: string[] = [];
    const store = {
      id: 'failing',
      upsertDocuments: async (inputs: { url: string }[]) => {
        calls.push(...inputs.map((input) => input.url));
        throw new Error('disk full');
      },
    } as unknown as Store;
    const results = await ingestPaths([temp.dir], { store, clock: () => new Date('2026-01-01T00:00:00Z') });
    temp.cleanup();
    assert.deepEqual(
      results.map((result) => [path.basename(result.file), result.ok ? 'ok' : result.reason]),
      [['a.txt', 'could not be stored (disk full); nothing was written'], ['b.txt', 'empty file']],
    );
    assert.equal(calls.length, 1);
  });

  test('stores file URLs, the clock time and the ingest origin', async () => {
    const temp = tempDir();
    writeFileSync(path.join(temp.dir, 'note.txt'), 'Note\nThe bridge reopened on Monday.');
    const store = createSqliteStore({ file: ':memory:' });
    const [result] = await ingestPaths(['note.txt'], { store, cwd: temp.dir, clock: () => new Date('2026-01-01T00:00:00Z') });
    assert.ok(result.ok);
    const [hit] = await store.searchPassages('bridge', { limit: 1 });
    assert.equal(hit.document.url, `file://${path.join(temp.dir, 'note.txt')}`);
    assert.equal(hit.document.fetchedAt, '2026-01-01T00:00:00.000Z');
    assert.equal(hit.document.origin, 'ingest');
    await store.close();
    temp.cleanup();
  });
});

describe('resolveStorePath', () => {
  test('--store beats CROSSCHECK_STORE beats <cwd>/data/crosscheck.db', () => {
    const io = fakeIo('/work/project', { env: { CROSSCHECK_STORE: 'env.db' } });
    assert.equal(resolveStorePath({ store: 'flag.db' }, io), '/work/project/flag.db');
    assert.equal(resolveStorePath({}, io), '/work/project/env.db');
    assert.equal(resolveStorePath({}, fakeIo('/work/project')), '/work/project/data/crosscheck.db');
    assert.equal(resolveStorePath({ store: '/abs/store.db' }, io), '/abs/store.db');
  });
});
