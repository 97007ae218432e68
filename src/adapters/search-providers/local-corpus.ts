// The local corpus as a search provider: full-text search over the store's passages, one hit per document.
import type { SearchProvider, Store } from '../../contracts/ports.ts';
import type { SearchHit } from '../../contracts/types.ts';

export function createLocalCorpusSearch(options: { store: Store }): SearchProvider {
  return {
    id: 'local',
    async search({ query, required, limit }) {
      const passages = await options.store.searchPassages(query, { limit: limit * 3, required });
      const hits = new Map<string, SearchHit>();
      for (const { passage, document, score } of passages) {
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
