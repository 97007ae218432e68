// Stage 4, rank: BM25 (the store's full-text index) per facet, fused, filtered to the time frame,
// then picked greedily for diversity so no single outlet or document dominates. The search stage's scored
// passages are re-used, so a local query runs once per report; only documents it did not score (pages read
// from the web) are searched here.
import type { Store } from '../../contracts/ports.ts';
import type { Facet, PassageHit, Plan, RankedPassage, ReadDocument } from '../../contracts/types.ts';
import { jaccard, stemSet } from '../../shared/text/similarity.ts';
import { inTimeFrame } from './time-frame.ts';
import { timeHintFactor } from '../../shared/text/time-hint.ts';

/** What one facet's query found in the local corpus during the search stage (its `facet` name and `query`). */
export interface SearchedFacet {
  facet: string;
  query: string;
  hits: PassageHit[];
}

export interface RankOptions {
  plan: Plan;
  documents: ReadDocument[];
  store: Store;
  /** The search stage's scored passages; without them every facet is searched again within `documents`. */
  searched?: SearchedFacet[];
  limit?: number;
  /** Largest share of the picked passages one outlet may supply. */
  maxOutletShare?: number;
}

const FACET_WEIGHTS: Record<string, number> = { question: 1, expanded: 0.6 };
const NEAR_DUPLICATE = 0.7;
const PASSAGES_PER_FACET = 300;

export async function rank(options: RankOptions): Promise<RankedPassage[]> {
  const { plan, documents, limit = 60, maxOutletShare = 0.5 } = options;
  if (documents.length === 0) return [];
  const scored = new Map<string, RankedPassage>();
  for (const facet of plan.facets) {
    const hits = await facetHits(options, facet);
    const best = hits[0]?.score ?? 0;
    if (best <= 0) continue;
    const weight = FACET_WEIGHTS[facet.name] ?? 0.5;
    for (const hit of hits) {
      const entry = scored.get(hit.passage.id) ?? { passage: hit.passage, document: hit.document, score: 0, facets: [] };
      entry.score += weight * (hit.score / best);
      entry.facets.push(facet.name);
      scored.set(hit.passage.id, entry);
    }
  }
  const entityBoosted = [...scored.values()]
    .filter((entry) => inTimeFrame(plan.timeFrame, entry.document.publishedAt, entry.passage.text))
    .map((entry) => ({ ...entry, score: entry.score * entityFactor(plan, entry.passage.text + ' ' + entry.document.title) * timeHintFactor(plan.timeHint, entry.document.publishedAt) }));
  return diversify(entityBoosted.sort(byScore), limit, maxOutletShare);
}

/**
 * A facet's passages within the read documents, best first: the search stage's hits for the documents it
 * scored, and one search within the others (same index, so the same BM25 scale).
 */
async function facetHits(options: RankOptions, facet: Facet): Promise<PassageHit[]> {
  const ids = options.documents.map((entry) => entry.document.id);
  const searchWithin = (documentIds: string[]) =>
    documentIds.length === 0 ? Promise.resolve([]) : options.store.searchPassages(facet.query, { limit: PASSAGES_PER_FACET, documentIds, required: facet.required });
  if (!options.searched) return searchWithin(ids);
  const scoredDocuments = new Set(options.searched.flatMap((entry) => entry.hits.map((hit) => hit.document.id)));
  const read = new Set(ids);
  const reused = options.searched
    .filter((entry) => entry.facet === facet.name && entry.query === facet.query)
    .flatMap((entry) => entry.hits.filter((hit) => read.has(hit.document.id)));
  const unscored = await searchWithin(ids.filter((id) => !scoredDocuments.has(id)));
  const unique = new Map([...reused, ...unscored].map((hit) => [hit.passage.id, hit]));
  return [...unique.values()].sort((left, right) => right.score - left.score).slice(0, PASSAGES_PER_FACET);
}

function byScore(left: RankedPassage, right: RankedPassage): number {
  return right.score - left.score || left.passage.id.localeCompare(right.passage.id);
}

/** Passages naming every entity of the question rank above those naming some. */
function entityFactor(plan: Plan, text: string): number {
  if (plan.entities.length === 0) return 1;
  const lower = text.toLowerCase();
  const found = plan.entities.filter((entity) => lower.includes(entity.toLowerCase())).length;
  return 0.6 + 0.6 * (found / plan.entities.length);
}

function diversify(candidates: RankedPassage[], limit: number, maxOutletShare: number): RankedPassage[] {
  const picked: RankedPassage[] = [];
  const pickedWords: Set<string>[] = [];
  const perOutlet = new Map<string, number>();
  const outletCap = Math.max(2, Math.ceil(limit * maxOutletShare));
  for (const candidate of candidates) {
    if (picked.length >= limit) break;
    const outlet = candidate.document.outlet;
    if ((perOutlet.get(outlet) ?? 0) >= outletCap) continue;
    const words = stemSet(candidate.passage.text);
    if (pickedWords.some((other) => jaccard(words, other) >= NEAR_DUPLICATE)) continue;
    picked.push(candidate);
    pickedWords.push(words);
    perOutlet.set(outlet, (perOutlet.get(outlet) ?? 0) + 1);
  }
  return picked;
}
