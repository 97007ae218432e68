// Which web results to read within the page budget: best first, primary sources (official statements,
// fact-checks) nudged up, and no outlet given more than a share of the pages, so none can dominate a report.
import type { SourceKind } from '../../contracts/schema.ts';
import type { SearchHit } from '../../contracts/types.ts';
import { classifySource } from './classify-source.ts';

/** Primary sources say it first-hand; a small nudge, not an override of relevance. */
const KIND_WEIGHT: Record<SourceKind, number> = {
  official: 1.3,
  'fact-checker': 1.3,
  analysis: 1.1,
  news: 1,
  encyclopedia: 1,
  other: 0.9,
  social: 0.6,
};

/** Largest share of the read pages one outlet may supply. */
export const MAX_OUTLET_SHARE = 1 / 3;

export interface PageChoice {
  chosen: SearchHit[];
  skipped: { hit: SearchHit; reason: string }[];
}

export function choosePages(hits: SearchHit[], maxPages: number): PageChoice {
  const perOutletCap = Math.max(1, Math.floor(maxPages * MAX_OUTLET_SHARE));
  const ordered = hits
    .map((hit, index) => {
      const { kind, outlet } = classifySource({ url: hit.url, provider: hit.provider });
      return { hit, index, outlet: hit.outlet ?? outlet, weight: hit.score * KIND_WEIGHT[hit.kind ?? kind] };
    })
    .sort((left, right) => right.weight - left.weight || left.index - right.index);
  const perOutlet = new Map<string, number>();
  const chosen: SearchHit[] = [];
  const skipped: PageChoice['skipped'] = [];
  const deferred: typeof ordered = [];
  for (const entry of ordered) {
    if (chosen.length >= maxPages) {
      skipped.push({ hit: entry.hit, reason: `not read: over the limit of ${maxPages} pages per report` });
      continue;
    }
    const count = perOutlet.get(entry.outlet) ?? 0;
    if (count >= perOutletCap) {
      deferred.push(entry);
      continue;
    }
    perOutlet.set(entry.outlet, count + 1);
    chosen.push(entry.hit);
  }
  // Pages held back for diversity are read only if nothing else fills the budget.
  for (const entry of deferred) {
    if (chosen.length < maxPages) chosen.push(entry.hit);
    else skipped.push({ hit: entry.hit, reason: `not read: ${entry.outlet} already supplies ${perOutletCap} of the ${maxPages} pages` });
  }
  return { chosen, skipped };
}
