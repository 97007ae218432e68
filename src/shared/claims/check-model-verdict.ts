// The model's verdict, checked against the evidence by the slot comparator: a model that calls a claim
// supported while a source states the same event with one detail changed is downgraded to "mixed", and
// a model that calls a claim false while a source states it outright is flagged. Either way the report
// says so in a warning, naming the source sentence and the slot. It runs on the verdict as the frame check
// (model-frame-check.ts, in the model writer) left it: that one holds the model to the sources it cites,
// this one to every evidence sentence the comparator reads.
import type { Draft, Plan, RankedPassage } from '../../contracts/types.ts';
import { claimOf } from '../language/claim-text.ts';
import { evidenceSentences } from './evidence-sentences.ts';
import { judgeClaim } from './judge-claim.ts';


export interface ModelVerdictCheck {
  verdict: Draft['verdict'];
  warnings: string[];
}

export function checkModelVerdict(plan: Plan, passages: RankedPassage[], verdict: Draft['verdict']): ModelVerdictCheck {
  if (plan.kind !== 'claim' || !verdict) return { verdict, warnings: [] };
  const claim = claimOf(plan.question);
  const judged = judgeClaim(claim, evidenceSentences(passages));
  const refuting = judged.parts.find((part) => part.label === 'false');
  if (judged.label === 'false' && refuting && (verdict.label === 'supported' || verdict.label === 'mostly supported')) {
    const slot = refuting.comparison?.conflicts[0];
    return {
      verdict: { ...verdict, label: 'mixed' },
      warnings: [`The model rated the claim "${verdict.label}", but a source states the same event with a different ${slot?.slot ?? 'detail'} ("${refuting.evidence?.text}"); the verdict was lowered to "mixed".`],
    };
  }
  if (judged.label === 'supported' && verdict.label === 'false') {
    return { verdict, warnings: [`The model rated the claim "false", but a source states it with every detail matching ("${judged.parts[0].evidence?.text}"); read the sources before relying on the verdict.`] };
  }
  return { verdict, warnings: [] };
}
