import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../../src/contracts/ports.ts';
import { rank } from '../../src/pipeline/rank/index.ts';
import { read } from '../../src/pipeline/read/index.ts';
import { search } from '../../src/pipeline/search/index.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { understand } from '../../src/pipeline/understand/index.ts';
import { memoryStore } from '../support/fakes.ts';
import { NATO_CORPUS, NATO_QUESTION } from '../support/fixtures.ts';

/** The store, counting full-text searches by whether they were restricted to some documents. */
function counting(store: Store) {
  const calls = { all: 0, within: [] as string[][] };
  const counted: Store = Object.create(store);
  counted.searchPassages = (query, options) => {
    if (options.documentIds) calls.within.push(options.documentIds);
    else calls.all += 1;
    return store.searchPassages(query, options);
  };
  return { counted, calls };
}

test('search once per report: rank re-uses the search stage passages and searches only documents it did not score', async () => {
  const store = await memoryStore(NATO_CORPUS.slice(0, 6));
  const { counted, calls } = counting(store);
  const plan = await understand({ question: NATO_QUESTION });
  const found = await search({ plan, providers: [createLocalCorpusSearch({ store: counted })] });
  assert.equal(calls.all, plan.facets.length, 'one corpus query per facet');
  assert.ok(found.passages.length > 0 && found.passages.every((entry) => entry.hits.length > 0));
  const reading = await read({ hits: found.hits, store });

  // The same passages and scores as searching every facet again within the read documents.
  const reused = await rank({ plan, documents: reading.documents, store: counted, searched: found.passages });
  assert.equal(calls.all, plan.facets.length, 'no corpus query runs twice');
  assert.equal(calls.within.length, 0, 'every read document was scored by the search stage');
  const again = await rank({ plan, documents: reading.documents, store });
  assert.ok(reused.length > 0);
  assert.deepEqual(reused.map((entry) => [entry.passage.id, entry.score.toFixed(9)]), again.map((entry) => [entry.passage.id, entry.score.toFixed(9)]));

  // A page read from the web was never searched by the search stage, so rank scores it itself, alone.
  const [web] = await store.upsertDocuments([{ ...NATO_CORPUS[6], url: 'https://news.example/nato', origin: 'searxng' }]);
  const documents = [...reading.documents, { document: web.document, passages: await store.getPassages([web.document.id]) }];
  const withWeb = await rank({ plan, documents, store: counted, searched: found.passages });
  assert.equal(calls.all, plan.facets.length);
  assert.equal(calls.within.length, plan.facets.length, 'one search per facet within the unscored page');
  assert.ok(calls.within.every((ids) => ids.length === 1 && ids[0] === web.document.id));
  assert.ok(withWeb.some((entry) => entry.document.id === web.document.id), 'the web page is ranked');
  await store.close();
});
