// A question's years reach the local corpus: its top k is also taken within them, so a period's one source is read
// even when other years' sources outrank it (the search stage passes the plan's time frame to local providers only).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentInput } from '../../src/contracts/types.ts';
import { createLocalCorpusSearch } from '../../src/adapters/search-providers/local-corpus.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';
import { search } from '../../src/pipeline/search/index.ts';
import { heuristicUnderstand } from '../../src/pipeline/understand/heuristic-understand.ts';

function contest(year: number, text: string): DocumentInput {
  return {
    url: `https://events.example/${year}`, title: `Events ${year}`, outlet: 'Events', publishedAt: `${year}-05-21`,
    fetchedAt: '2026-01-01T00:00:00.000Z', kind: 'news', text, topics: ['Music'], origin: 'test',
  };
}

test('local corpus: a question naming a year finds that year\'s source among many stronger matches from other years', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  const others = Array.from({ length: 30 }, (_, index) => contest(1980 + index, `The Eurovision Song Contest is won again and again: the Eurovision Song Contest winner wins the Eurovision Song Contest in year ${index}.`));
  await store.upsertDocuments([...others, contest(2005, 'Elena Paparizou wins the 50th Eurovision Song Contest in Kiev.')]);
  const provider = createLocalCorpusSearch({ store });
  const plain = await provider.search({ query: 'won eurovision song contest', limit: 5 });
  assert.ok(!plain.hits.some((hit) => hit.publishedAt === '2005-05-21'), 'without the period, other years fill the top');
  const found = await search({ plan: heuristicUnderstand('Who won the Eurovision Song Contest in 2005?'), providers: [provider], limitPerQuery: 5 });
  assert.ok(found.hits.some((hit) => hit.publishedAt === '2005-05-21'), 'the 2005 source is among the hits');
  assert.ok(found.passages.some((facet) => facet.hits.some((hit) => hit.document.publishedAt === '2005-05-21')), 'and its passage among the scored ones the rank stage re-uses');
  await store.close();
});
