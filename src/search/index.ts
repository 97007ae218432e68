// Stage 2, search: every sub-query to every provider in parallel, merged by reciprocal-rank fusion.
import type { SearchProvider } from '../contracts.ts';
import type { Plan, ProgressListener, SearchHit } from '../model/types.ts';

export interface SearchOptions {
  plan: Plan;
  providers: SearchProvider[];
  limitPerQuery?: number;
  signal?: AbortSignal;
  onEvent?: ProgressListener;
  clock?: () => Date;
}

export interface SearchResult {
  hits: SearchHit[];
  warnings: string[];
  queries: number;
}

const RRF_K = 60;

export async function search(options: SearchOptions): Promise<SearchResult> {
  const { plan, providers, limitPerQuery = 40, signal } = options;
  const now = () => (options.clock ?? (() => new Date()))().toISOString();
  const warnings: string[] = [];
  const tasks = providers.flatMap((provider) =>
    plan.facets.map(async ({ query, required }) => {
      try {
        const response = await provider.search({ query, required, limit: limitPerQuery, signal });
        warnings.push(...response.warnings.map((warning) => `${provider.id}: ${warning}`));
        return response.hits;
      } catch (error) {
        warnings.push(`${provider.id}: search failed for "${query}": ${(error as Error).message}`);
        return [];
      }
    }),
  );
  options.onEvent?.({ type: 'search', at: now(), message: `Searching ${providers.length} provider(s) with ${plan.facets.length} queries`, data: { queries: plan.subQueries, providers: providers.map((provider) => provider.id) } });
  const merged = mergeHits(await Promise.all(tasks));
  for (const hit of merged.slice(0, 50)) {
    options.onEvent?.({ type: 'source-found', at: now(), message: hit.title, data: { url: hit.url, provider: hit.provider } });
  }
  return { hits: merged, warnings: [...new Set(warnings)], queries: tasks.length };
}

/** Reciprocal-rank fusion over result lists; a document found by several queries rises. */
export function mergeHits(lists: SearchHit[][]): SearchHit[] {
  const fused = new Map<string, SearchHit>();
  for (const list of lists) {
    list.forEach((hit, rank) => {
      const key = hit.documentId ?? hit.url;
      const previous = fused.get(key);
      const score = (previous?.score ?? 0) + 1 / (RRF_K + rank + 1);
      fused.set(key, { ...(previous ?? hit), score });
    });
  }
  return [...fused.values()].sort((left, right) => right.score - left.score || left.url.localeCompare(right.url));
}
