// #15: the demo corpus's sentences read ahead (runtime/engine/corpus-analyses.ts): every sentence of a store file's
// passages in the file, as frameOf reads it; a complete file is not read again, a stopped fill resumes; a process
// plugs the file in read only, and one started before the file existed finds it later.
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { storeFileWith } from '../support/fakes.ts';
import { passageBatches } from '../../src/adapters/store/sqlite/passage-batches.ts';
import { plugAnalyses } from '../../src/runtime/engine/analysis-cache.ts';
import { corpusAnalysesComplete, fillCorpusAnalyses, openCorpusAnalyses, sentencesOf } from '../../src/runtime/engine/corpus-analyses.ts';
import { fillCorpusInBackground } from '../../src/runtime/engine/fill-corpus-in-background.ts';
import { frameOf } from '../../src/shared/language/event-frame.ts';
import { storedFrame } from '../../src/shared/language/frame-memo.ts';
import { analyse } from '../../src/shared/language/nlp.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';
import { tempDir } from '../ingest/fixtures.ts';

const temp = tempDir('crosscheck-corpus-analyses-');
after(temp.cleanup);

const storeFile = (name: string) => storeFileWith(path.join(temp.dir, name), NATO_CORPUS);

function allSentences(file: string): { text: string; day?: string }[] {
  return [...passageBatches(file, { size: 3 })].flatMap((batch) => batch.hits.flatMap(sentencesOf));
}

test('corpus analyses: every sentence of the passages is in the file, with the frame frameOf makes on its day', async () => {
  const file = await storeFile('fill.db');
  const files = { storeFile: file, file: path.join(temp.dir, 'fill.analyses.db') };
  const sentences = allSentences(file);
  assert.ok(sentences.length >= NATO_CORPUS.length, 'a passage gives one sentence or more');
  assert.ok(sentences.some((sentence) => sentence.day), 'dated documents give their day');
  assert.equal(corpusAnalysesComplete(files), false);
  const filled = await fillCorpusAnalyses(files, { batch: 2 });
  assert.deepEqual(filled, { sentences: sentences.length, complete: true });
  assert.equal(corpusAnalysesComplete(files), true);
  const opened = openCorpusAnalyses(files.file)!;
  try {
    for (const { text, day } of sentences) {
      assert.deepStrictEqual(opened.cache.frames!.get(text, day ?? ''), frameOf(text, { publishedAt: day }), text);
      assert.deepStrictEqual(opened.cache.memo.get(text), analyse(text), text);
    }
  } finally {
    opened.cache.close();
  }
  assert.deepEqual(await fillCorpusAnalyses(files), { sentences: 0, complete: true }, 'a complete file is not read again');
});

test('corpus analyses: a fill stopped between batches resumes after the last batch it wrote', async () => {
  const file = await storeFile('resume.db');
  const files = { storeFile: file, file: path.join(temp.dir, 'resume.analyses.db') };
  const total = allSentences(file).length;
  let batches = 0;
  const stopped = fillCorpusAnalyses(files, { batch: 2, pause: async () => {
    if (++batches === 2) throw new Error('stop');
  } });
  await assert.rejects(stopped, /stop/);
  assert.equal(corpusAnalysesComplete(files), false);
  const rest = await fillCorpusAnalyses(files, { batch: 2 });
  assert.equal(rest.complete, true);
  assert.ok(rest.sentences > 0 && rest.sentences < total, `resumed: ${rest.sentences} of ${total} read again`);
});

test('corpus analyses: plugged in read only, not created when missing, and found once a fill has made it', async () => {
  const file = await storeFile('plug.db');
  const files = { storeFile: file, file: path.join(temp.dir, 'plug.analyses.db') };
  const [{ text, day }] = allSentences(file);
  const plugged = plugAnalyses({ corpusFile: files.file });
  try {
    assert.equal(storedFrame(text, day ?? ''), undefined);
    assert.equal(existsSync(files.file), false, 'reading never creates the file');
    await fillCorpusAnalyses(files);
    // The thread looks for the file again only after a while: a new plug looks at once.
  } finally {
    plugged.finish();
  }
  const again = plugAnalyses({ corpusFile: files.file });
  try {
    assert.deepStrictEqual(storedFrame(text, day ?? ''), frameOf(text, { publishedAt: day }));
    assert.equal(storedFrame('A sentence the corpus never had.', ''), undefined);
  } finally {
    again.finish();
  }
  assert.equal(storedFrame(text, day ?? ''), undefined, 'unplugged');
  rmSync(files.file, { force: true });
});

test('corpus analyses: the background fill runs in its own thread to the end, and is not started again once complete', async () => {
  const file = await storeFile('thread.db');
  const files = { storeFile: file, file: path.join(temp.dir, 'thread.analyses.db') };
  const fill = fillCorpusInBackground(files);
  assert.ok(fill, 'an empty file is filled');
  assert.deepEqual(await fill.done, { sentences: allSentences(file).length, complete: true });
  await fill.stop();
  assert.equal(fillCorpusInBackground(files), undefined);
});

test('corpus analyses: a reader of other code neither reads nor empties the file; only a fill of its own code does', async () => {
  const file = await storeFile('other.db');
  const files = { storeFile: file, file: path.join(temp.dir, 'other.analyses.db') };
  const [{ text, day }] = allSentences(file);
  await fillCorpusAnalyses(files);
  // As if the file had been filled by other frame code: its mark names another frame version.
  const db = new DatabaseSync(files.file);
  db.prepare(`UPDATE meta SET value = replace(value, '"frame":"', '"frame":"other-') WHERE name = 'note:corpus-fill'`).run();
  const rows = () => Number((db.prepare('SELECT count(*) AS n FROM frames').get() as { n: number }).n);
  const before = rows();
  const plugged = plugAnalyses({ corpusFile: files.file });
  try {
    assert.equal(storedFrame(text, day ?? ''), undefined, 'not served');
  } finally {
    plugged.finish();
  }
  assert.equal(rows(), before, 'not emptied by a reader');
  db.close();
  assert.equal(corpusAnalysesComplete(files), false, 'to be filled again by this code');
});
