// A stated time (a claim's date, a question's month) as a preference, never a filter: the search stage
// and the rank stage both weigh sources dated within it by the same factor.
import type { Plan } from '../../contracts/types.ts';

/** How much more a source dated within the stated time counts. */
export const TIME_HINT_WEIGHT = 1.5;

/** The factor for a source published on `publishedAt`: the weight within the hint, else 1. */
export function timeHintFactor(hint: Plan['timeHint'], publishedAt: string | undefined): number {
  if (!hint || !publishedAt) return 1;
  const day = publishedAt.slice(0, 10);
  return day >= hint.from && day <= hint.to ? TIME_HINT_WEIGHT : 1;
}
