// The extractive verdict for a claim: given only when a source sentence states the claim itself (the lexical
// support score of the claim against that sentence is high and no number, name or negation disagrees).
// Without a model the engine does not reason about contradiction, so it never labels a claim false.
import type { Draft, Plan } from '../../model/types.ts';
import { supportScore } from '../../verify/support-score.ts';
import type { Candidate } from './candidates.ts';

export const SUPPORTED_AT = 0.85;
export const MOSTLY_SUPPORTED_AT = 0.7;
const CLAIM_PREFIX = /^(fact[- ]?check|claim|true or false|is it true that)\s*[:,-]?\s*/i;

export interface ExtractiveVerdict {
  verdict?: Draft['verdict'];
  limit?: string;
}

export function extractiveVerdict(plan: Plan, candidates: Candidate[]): ExtractiveVerdict {
  if (plan.kind !== 'claim') return {};
  const claim = plan.question.replace(CLAIM_PREFIX, '').replace(/[?.!]+$/, '');
  const readings = candidates
    .map((candidate) => ({ candidate, reading: supportScore(claim, candidate.text) }))
    .filter(({ reading }) => reading.reasons.length === 0 || reading.reasons.includes('verbatim'))
    .sort((left, right) => right.reading.score - left.reading.score || left.candidate.order - right.candidate.order);
  const best = readings[0];
  if (!best || best.reading.score < MOSTLY_SUPPORTED_AT) {
    return { limit: 'No verdict: no source found states the claim itself, and without a language model the engine gives a verdict only when one does.' };
  }
  const label = best.reading.score >= SUPPORTED_AT ? 'supported' : 'mostly supported';
  return { verdict: { label, reason: [{ text: best.candidate.text, passageIds: [best.candidate.passageId] }] } };
}
