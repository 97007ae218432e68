// The local corpus as a search provider: full-text search over the store's passages, one hit per document.
import type { SearchProvider, Store } from '../../contracts/ports.ts';
import type { PassageHit, SearchHit } from '../../contracts/types.ts';

export function createLocalCorpusSearch(options: { store: Store }): SearchProvider {
  return {
    id: 'local',
    async search({ query, required, limit, publishedWithin }) {
      const overall = await options.store.searchPassages(query, { limit: limit * 3, required });
      // A period the question names gets its own best few too: its sources are often missing among the overall best
      // ("Eurovision 2005": twenty years of contests outrank the one of 21 May 2005). Both lists share one BM25 scale.
      // A quarter of the hits asked for, not as many as overall: on the questions dev set 120 period passages a facet
      // brought in that year's unrelated wins ("2026 midterm elections" answered by a hockey final), 10 did not.
      const dated = publishedWithin ? await options.store.searchPassages(query, { limit: Math.max(1, Math.round(limit / 4)), required, publishedWithin }) : [];
      const passages = [...new Map([...dated, ...overall].map((hit) => [hit.passage.id, hit])).values()].sort((left, right) => right.score - left.score);
      const hits = new Map<string, SearchHit>();
      for (const { passage, document, score } of alternate(dated, overall)) {
        if (hits.has(document.id)) continue;
        hits.set(document.id, {
          url: document.url,
          title: document.title,
          snippet: passage.text.slice(0, 300),
          outlet: document.outlet,
          publishedAt: document.publishedAt,
          kind: document.kind,
          provider: 'local',
          documentId: document.id,
          score,
        });
        if (hits.size >= limit) break;
      }
      return { hits: [...hits.values()], passages, warnings: [] };
    },
  };
}

/** The period's hits and the overall ones taken in turn, so neither list crowds the other out of the documents read. */
function* alternate(first: PassageHit[], second: PassageHit[]): Generator<PassageHit> {
  for (let index = 0; index < Math.max(first.length, second.length); index++) {
    if (index < first.length) yield first[index]!;
    if (index < second.length) yield second[index]!;
  }
}
