// The claim judge's label for a claim against one made-up source sentence of a given day: what most claims tests ask.
import { judgeClaim } from '../../src/shared/claims/judge-claim.ts';

export function judge(claim: string, text: string, publishedAt: string) {
  return judgeClaim(claim, [{ text, passageId: 'p1', publishedAt }]).label;
}
