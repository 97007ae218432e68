// Greedy selection of non-redundant candidates (maximal marginal relevance on stemmed words).
import { jaccard } from '../../../shared/text/similarity.ts';
import type { Candidate } from './candidates.ts';

export const REDUNDANT = 0.45;

export interface SelectOptions {
  count: number;
  /** Already chosen elsewhere in the report: never chosen again, and new picks must differ from them. */
  exclude?: Candidate[];
  onePerDocument?: boolean;
  minRelevance?: number;
}

export function selectDiverse(candidates: Candidate[], options: SelectOptions): Candidate[] {
  const chosen: Candidate[] = [];
  const taken = [...(options.exclude ?? [])];
  const documents = new Set<string>();
  for (const candidate of candidates) {
    if (chosen.length >= options.count) break;
    if (candidate.relevance < (options.minRelevance ?? 0)) continue;
    if (options.onePerDocument && documents.has(candidate.documentId)) continue;
    if (taken.some((other) => other === candidate || other.text === candidate.text || jaccard(other.stems, candidate.stems) >= REDUNDANT)) continue;
    chosen.push(candidate);
    taken.push(candidate);
    documents.add(candidate.documentId);
  }
  return chosen;
}

export function byScore(left: Candidate, right: Candidate): number {
  return right.score - left.score || left.order - right.order || left.text.localeCompare(right.text);
}

export function byDate(left: Candidate, right: Candidate): number {
  return (left.publishedAt ?? '').localeCompare(right.publishedAt ?? '') || left.order - right.order;
}
