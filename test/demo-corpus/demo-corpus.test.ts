import assert from 'node:assert/strict';
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, test } from 'node:test';
import { createGunzip, gzipSync } from 'node:zlib';
import { buildCorpus, serialize } from '../../scripts/build-demo-corpus.ts';
import { DEFAULT_DEMO_CORPUS_FILE, DemoCorpusError, ensureDemoCorpus } from '../../src/adapters/demo-corpus/demo-corpus.ts';
import { DemoHeaderSchema } from '../../src/adapters/demo-corpus/demo-document.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { tempDir } from '../ingest/fixtures.ts';

const temp = tempDir('crosscheck-demo-');
after(temp.cleanup);

function writeDataDir(): string {
  const dataDir = path.join(temp.dir, 'current-events');
  mkdirSync(dataDir, { recursive: true });
  const day = (date: string, items: string[]) =>
    JSON.stringify({ date, page: `https://en.wikipedia.org/wiki/Portal:Current_events/${date}`, sections: { Uncategorized: items } });
  writeFileSync(
    path.join(dataDir, '2021.jsonl'),
    [
      day('2021-12-31', ['Volcanic eruption on La Palma', 'The eruption on La Palma is declared over by the authorities. (BBC)']),
      day('2021-06-01', ['Twelve people are rescued from a collapsed mine in Shandong province. (Xinhua)']),
    ].join('\n'),
  );
  writeFileSync(
    path.join(dataDir, '2022.jsonl'),
    day('2022-01-03', ['NASA confirms the telescope sunshield has been fully deployed. (CNN) (Reuters)', 'A label only']) + '\n',
  );
  writeFileSync(path.join(dataDir, 'README.md'), 'not a year file');
  return dataDir;
}

describe('the demo corpus builder', () => {
  test('builds sorted documents and byte-identical output from the same input', () => {
    const dataDir = writeDataDir();
    const first = buildCorpus({ dataDir, outDir: temp.dir, fromYear: 2021 });
    const again = buildCorpus({ dataDir, outDir: temp.dir, fromYear: 2021 });
    assert.deepEqual(serialize(first.header, first.documents), serialize(again.header, again.documents));
    assert.deepEqual(first.documents.map((document) => document.publishedAt), ['2021-06-01', '2021-12-31', '2022-01-03']);
    assert.equal(first.header.fetchedAt, '2022-01-03T00:00:00.000Z');
    assert.equal(first.header.documents, 3);
    assert.equal(buildCorpus({ dataDir, outDir: temp.dir, fromYear: 2022 }).documents.length, 1);
  });

  test('the bundled corpus starts with a valid header', async () => {
    const lines = createInterface({ input: createReadStream(DEFAULT_DEMO_CORPUS_FILE).pipe(createGunzip()) });
    let header: unknown;
    for await (const line of lines) {
      header = JSON.parse(line);
      break;
    }
    lines.close();
    const parsed = DemoHeaderSchema.parse(header);
    assert.ok(parsed.documents > 10_000);
    assert.match(readFileSync(path.join(path.dirname(DEFAULT_DEMO_CORPUS_FILE), 'NOTICE.md'), 'utf8'), /CC BY-SA 4\.0/);
  });
});

describe('ensureDemoCorpus', () => {
  function writeCorpus(name: string): string {
    const { header, documents } = buildCorpus({ dataDir: writeDataDir(), outDir: temp.dir, fromYear: 2021 });
    const file = path.join(temp.dir, name);
    writeFileSync(file, serialize(header, documents));
    return file;
  }

  test('loads an empty store with demo documents fetched at the snapshot date', async () => {
    const file = writeCorpus('demo.jsonl.gz');
    const store = createSqliteStore({ file: ':memory:' });
    const messages: string[] = [];
    const result = await ensureDemoCorpus(store, { file, batchSize: 2, onProgress: (message) => messages.push(message) });
    assert.deepEqual(result, { ingested: 3, skipped: false });
    const [hit] = await store.searchPassages('telescope sunshield', { limit: 1 });
    assert.equal(hit.document.origin, 'demo');
    assert.equal(hit.document.fetchedAt, '2022-01-03T00:00:00.000Z');
    assert.equal(hit.document.outlet, 'Wikipedia Current Events (citing CNN, Reuters)');
    assert.equal(hit.document.kind, 'encyclopedia');
    assert.ok(messages.some((message) => /Loaded 3 demo documents/.test(message)));
    await store.close();
  });

  test('skips a store that already has documents', async () => {
    const file = writeCorpus('demo-2.jsonl.gz');
    const store = createSqliteStore({ file: ':memory:' });
    await ensureDemoCorpus(store, { file });
    assert.deepEqual(await ensureDemoCorpus(store, { file }), { ingested: 0, skipped: true });
    assert.equal(await store.countDocuments(), 3);
    await store.close();
  });

  test('an invalid line fails with its line number', async () => {
    const file = writeCorpus('demo-3.jsonl.gz');
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
    const all: string[] = [];
    for await (const line of lines) all.push(line);
    all[2] = JSON.stringify({ ...JSON.parse(all[2]), publishedAt: 'yesterday' });
    const broken = path.join(temp.dir, 'broken.jsonl.gz');
    writeFileSync(broken, gzipSync(all.join('\n')));
    const store = createSqliteStore({ file: ':memory:' });
    await assert.rejects(ensureDemoCorpus(store, { file: broken }), (error: unknown) => {
      assert.ok(error instanceof DemoCorpusError);
      assert.equal(error.line, 3);
      return true;
    });
    await store.close();
  });

  test('a missing file is a clear error', async () => {
    const store = createSqliteStore({ file: ':memory:' });
    await assert.rejects(ensureDemoCorpus(store, { file: path.join(temp.dir, 'nope.jsonl.gz') }), /Cannot read the demo corpus/);
    await store.close();
  });
});
