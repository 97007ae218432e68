// Loads what every report needs on its first use (the NLP model, the date parser, the understand stage's
// code) without making a report, so a server's or a report thread's first report costs what its later ones do.
// Given the store, it also searches it as a report would (the warm-up question's facets, overall and within its
// period), so a serving connection has read what its searches keep (passage sizes and days, the index's pages).
import type { Store } from '../../contracts/ports.ts';
import { createLocalCorpusSearch } from '../../adapters/search-providers/local-corpus.ts';
import { understand } from '../../pipeline/understand/index.ts';

const WARM_UP_QUESTION = 'What did the United Nations decide about Ukraine in March 2022?';

/** About 0.2 s of CPU once per process or thread (and 0.1 s more with a store of the demo corpus); later calls cost little. */
export async function warmUp(options: { store?: Store } = {}): Promise<void> {
  const plan = await understand({ question: WARM_UP_QUESTION });
  if (!options.store) return;
  const local = createLocalCorpusSearch({ store: options.store });
  for (const facet of plan.facets) {
    await local.search({ query: facet.query, required: facet.required, limit: 40, ...(plan.timeFrame ? { publishedWithin: plan.timeFrame } : {}) });
  }
}
