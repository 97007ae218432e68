// Stage 4, rank: BM25 (the store's full-text index) per facet, fused, filtered to the time frame,
// then picked greedily for diversity so no single outlet or document dominates.
import type { Store } from '../contracts.ts';
import type { Plan, RankedPassage, ReadDocument } from '../model/types.ts';
import { jaccard, stemSet } from '../text/similarity.ts';
import { inTimeFrame } from './time-frame.ts';

export interface RankOptions {
  plan: Plan;
  documents: ReadDocument[];
  store: Store;
  limit?: number;
  /** Largest share of the picked passages one outlet may supply. */
  maxOutletShare?: number;
}

const FACET_WEIGHTS: Record<string, number> = { question: 1, expanded: 0.6 };
const NEAR_DUPLICATE = 0.7;

export async function rank(options: RankOptions): Promise<RankedPassage[]> {
  const { plan, documents, store, limit = 60, maxOutletShare = 0.5 } = options;
  const ids = documents.map((entry) => entry.document.id);
  if (ids.length === 0) return [];
  const scored = new Map<string, RankedPassage>();
  for (const facet of plan.facets) {
    const hits = await store.searchPassages(facet.query, { limit: 300, documentIds: ids, required: facet.required });
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
    .map((entry) => ({ ...entry, score: entry.score * entityFactor(plan, entry.passage.text + ' ' + entry.document.title) }));
  return diversify(entityBoosted.sort(byScore), limit, maxOutletShare);
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
