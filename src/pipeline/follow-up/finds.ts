// The pre-check of a follow-up: asking it must find something. Its plan's main facet (its words, its names
// required) is searched in the store; a follow-up about names the corpus never mentions together is dropped.
import type { Store } from '../../contracts/ports.ts';
import type { Plan } from '../../contracts/types.ts';

export async function findsSomething(store: Store, plan: Plan): Promise<boolean> {
  const facet = plan.facets.find((entry) => entry.name === 'question') ?? plan.facets[0];
  if (!facet) return false;
  return store.hasPassages(facet.query, { required: facet.required });
}
