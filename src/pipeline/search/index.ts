// Stage 2, search: every sub-query to every provider in parallel, merged by reciprocal-rank fusion.
import type { SearchProvider } from '../../contracts/ports.ts';
import type { PassageHit, Plan, ProgressListener, SearchHit } from '../../contracts/types.ts';
import { urlKey } from '../../shared/sources/canonical-url.ts';
import { classifySource } from '../../shared/sources/classify-source.ts';
import { DEFAULT_MAX_QUERIES, webQueries } from './web-queries.ts';
import { timeHintFactor } from '../../shared/text/time-hint.ts';

export interface SearchOptions {
  plan: Plan;
  providers: SearchProvider[];
  limitPerQuery?: number;
  /** Queries sent to each web provider per report (the local corpus gets every facet). */
  maxQueries?: number;
  signal?: AbortSignal;
  onEvent?: ProgressListener;
  clock?: () => Date;
}

/** The scored passages one facet found in a provider that returns them (the local corpus). */
export interface FacetPassages {
  facet: string;
  query: string;
  hits: PassageHit[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Per facet, for the rank stage: each local query runs once per report. */
  passages: FacetPassages[];
  warnings: string[];
  queries: number;
}

const RRF_K = 60;

export async function search(options: SearchOptions): Promise<SearchResult> {
  const { plan, providers, limitPerQuery = 40, signal } = options;
  const now = () => (options.clock ?? (() => new Date()))().toISOString();
  const warnings: string[] = [];
  const web = webQueries(plan, options.maxQueries ?? DEFAULT_MAX_QUERIES);
  const found: (FacetPassages | undefined)[] = [];
  // Facets often repeat a query (a question's own facet and an expansion that added nothing): each provider is
  // asked once per distinct query, and every facet that asked it gets the answer.
  const asked = new Map<string, ReturnType<SearchProvider['search']>>();
  const tasks = providers.flatMap((provider) =>
    (provider.remote ? web.map((query) => ({ ...query, name: 'web' })) : plan.facets).map(async ({ name, query, required }) => {
      const task = found.push(undefined) - 1;
      try {
        // The years a question names bound the rank stage; the local corpus also takes its top k within them.
        const publishedWithin = provider.remote ? undefined : plan.timeFrame;
        const request = { query, required, limit: limitPerQuery, signal, ...(publishedWithin ? { publishedWithin } : {}) };
        const key = JSON.stringify([provider.id, query, required, publishedWithin]);
        const pending = asked.get(key);
        if (!pending) asked.set(key, provider.search(request));
        const response = await (pending ?? asked.get(key)!);
        if (!pending) warnings.push(...response.warnings.map((warning) => `${provider.id}: ${warning}`));
        if (!provider.remote && response.passages) found[task] = { facet: name, query, hits: response.passages };
        return response.hits;
      } catch (error) {
        warnings.push(`${provider.id}: search failed for "${query}": ${(error as Error).message}`);
        return [];
      }
    }),
  );
  options.onEvent?.({ type: 'search', at: now(), message: `Searching ${providers.length} provider(s) with ${plan.facets.length} queries${providers.some((provider) => provider.remote) ? ` (${web.length} on the web)` : ''}`, data: { queries: plan.subQueries, providers: providers.map((provider) => provider.id) } });
  const merged = preferTime(mergeHits(await Promise.all(tasks)), plan.timeHint);
  const passages = found.filter((entry): entry is FacetPassages => entry !== undefined);
  for (const hit of merged.slice(0, 50)) {
    options.onEvent?.({ type: 'source-found', at: now(), message: hit.title, data: { url: hit.url, provider: hit.provider, kind: hit.kind, outlet: hit.outlet } });
  }
  return { hits: merged, passages, warnings: [...new Set(warnings)], queries: tasks.length };
}

/**
 * A claim's or question's stated time orders what is read first (never a filter): a hit dated within it
 * counts half again, as in the rank stage, so the day's report is among the documents read.
 */
export function preferTime(hits: SearchHit[], hint: Plan['timeHint']): SearchHit[] {
  if (!hint) return hits;
  return hits.map((hit) => ({ ...hit, score: hit.score * timeHintFactor(hint, hit.publishedAt) })).sort((left, right) => right.score - left.score || left.url.localeCompare(right.url));
}

/**
 * Reciprocal-rank fusion over result lists; a document found by several queries or providers rises. Web
 * results meet under their canonical URL (tracking parameters, www/mobile editions and fragments ignored)
 * and carry a source kind and outlet.
 */
export function mergeHits(lists: SearchHit[][]): SearchHit[] {
  const fused = new Map<string, SearchHit>();
  for (const list of lists) {
    list.forEach((hit, rank) => {
      const key = hit.documentId ?? urlKey(hit.url);
      const previous = fused.get(key);
      const score = (previous?.score ?? 0) + 1 / (RRF_K + rank + 1);
      const merged = previous ? { ...previous, publishedAt: previous.publishedAt ?? hit.publishedAt, snippet: previous.snippet || hit.snippet } : labelled(hit);
      fused.set(key, { ...merged, score });
    });
  }
  return [...fused.values()].sort((left, right) => right.score - left.score || left.url.localeCompare(right.url));
}

function labelled(hit: SearchHit): SearchHit {
  if (hit.documentId || (hit.kind && hit.outlet)) return hit;
  const { kind, outlet } = classifySource({ url: hit.url, provider: hit.provider, siteName: hit.outlet });
  return { ...hit, kind: hit.kind ?? kind, outlet: hit.outlet ?? outlet };
}
