// #13 item 11: a first load killed half-way must not leave a partial corpus that looks complete.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { DEMO_CORPUS_FORMAT } from '../../src/adapters/demo-corpus/demo-document.ts';
import { demoCorpusReadiness, demoCorpusState, ensureDemoCorpus } from '../../src/adapters/demo-corpus/demo-corpus.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { tempDir } from '../ingest/fixtures.ts';

const temp = tempDir('crosscheck-killed-load-');
after(temp.cleanup);

const DOCUMENTS = 400;

function writeCorpus(): string {
  const header = { format: DEMO_CORPUS_FORMAT, name: 'Test events', fetchedAt: '2024-01-01T00:00:00.000Z', documents: DOCUMENTS, from: '2023-01-01', to: '2023-12-31', license: 'CC BY-SA 4.0', attribution: 'Test' };
  const lines = Array.from({ length: DOCUMENTS }, (_, index) => JSON.stringify({
    url: `https://en.wikipedia.org/wiki/Portal:Current_events/${index}`, title: `Event ${index}`, outlet: 'Wikipedia Current Events (citing Reuters)',
    publishedAt: '2023-05-01', kind: 'encyclopedia', text: `Event number ${index} happened in the harbour of town ${index}.`, topics: ['Harbours'],
  }));
  const file = path.join(temp.dir, 'events.jsonl.gz');
  writeFileSync(file, gzipSync([JSON.stringify(header), ...lines].join('\n')));
  return file;
}

/** Loads in a child process that reports each committed batch, and SIGKILLs it after `batches` of them. */
async function killedLoad(corpus: string, storeFile: string, batches: number): Promise<void> {
  const script = `
    import { ensureDemoCorpus } from ${JSON.stringify(path.resolve(import.meta.dirname, '../../src/adapters/demo-corpus/demo-corpus.ts'))};
    import { createSqliteStore } from ${JSON.stringify(path.resolve(import.meta.dirname, '../../src/adapters/store/sqlite/sqlite-store.ts'))};
    const store = createSqliteStore({ file: ${JSON.stringify(storeFile)} });
    const upsert = store.upsertDocuments;
    store.upsertDocuments = async (...args) => { const results = await upsert(...args); process.stdout.write('batch\\n'); await new Promise((resolve) => setTimeout(resolve, 50)); return results; };
    await ensureDemoCorpus(store, { file: ${JSON.stringify(corpus)}, batchSize: 50 });
    process.stdout.write('finished\\n');`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let seen = 0;
  let finished = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    seen += chunk.split('\n').filter((line) => line === 'batch').length;
    finished ||= chunk.includes('finished');
    if (seen >= batches) child.kill('SIGKILL');
  });
  const [, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (code, killed) => resolve([code, killed])));
  assert.equal(signal, 'SIGKILL', 'the load was killed');
  assert.equal(finished, false);
}

test('a first load killed half-way is not ready, resumes where it stopped and ends complete', async () => {
  const corpus = writeCorpus();
  const storeFile = path.join(temp.dir, 'store.db');
  await killedLoad(corpus, storeFile, 3);

  const store = createSqliteStore({ file: storeFile });
  const partial = await store.countDocuments();
  assert.ok(partial >= 150 && partial < DOCUMENTS, `a partial corpus (${partial} documents)`);
  const state = await demoCorpusState(store);
  assert.equal(state.status, 'loading');
  const readiness = await demoCorpusReadiness(store);
  assert.equal(readiness.ok, false);
  assert.match(readiness.ok ? '' : readiness.reason, /stopped after line \d+; the next start or ask resumes it/);

  const messages: string[] = [];
  const resumed = await ensureDemoCorpus(store, { file: corpus, batchSize: 50, onProgress: (message) => messages.push(message) });
  assert.equal(resumed.skipped, false);
  assert.equal(resumed.resumedAt, state.status === 'loading' ? state.line : -1);
  assert.equal(resumed.ingested, DOCUMENTS - partial, 'only the missing documents are loaded');
  assert.ok(messages.some((message) => /^Resuming the demo corpus load after line/.test(message)));
  assert.equal(await store.countDocuments(), DOCUMENTS);
  assert.deepEqual(await demoCorpusState(store), { status: 'complete', name: 'Test events', documents: DOCUMENTS });
  assert.deepEqual(await demoCorpusReadiness(store), { ok: true });
  assert.deepEqual(await ensureDemoCorpus(store, { file: corpus }), { ingested: 0, skipped: true });
  await store.close();
});

test('a store with documents of its own is marked once and never loaded into', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.upsertDocuments([{ url: 'file:///notes.md', title: 'Notes', outlet: 'notes', fetchedAt: '2024-01-01T00:00:00.000Z', kind: 'other', text: 'Our own notes.', origin: 'ingest' }]);
  assert.deepEqual(await ensureDemoCorpus(store, { file: writeCorpus() }), { ingested: 0, skipped: true });
  assert.equal((await demoCorpusState(store)).status, 'skipped');
  assert.deepEqual(await demoCorpusReadiness(store), { ok: true });
  assert.equal(await store.countDocuments(), 1);
  await store.close();
});
