// The extractive draft for a claim: the verdict from slot-by-slot comparison with the evidence
// (src/pipeline/claims/), explained as a fact-checker would, with the deciding source sentence quoted and dated.
import { attributedQuote, claimOf, statedClaim } from '../../../shared/language/claim-text.ts';
import { explainFinding } from '../../../shared/claims/explain.ts';
import { type ClaimFinding, type EvidenceSentence, judgeClaim } from '../../../shared/claims/judge-claim.ts';
import { uncheckableReason } from '../../../shared/claims/checkable.ts';
import { evidenceSentences } from '../../../shared/claims/evidence-sentences.ts';
import type { Draft, DraftSentence, Plan, RankedPassage } from '../../../contracts/types.ts';
import { withoutLostFigure } from './candidates.ts';
import { datedSentence } from './dated.ts';
import { dayPhrase, isFullDay } from '../../../shared/text/day-phrase.ts';

const MAX_RELATED = 4;

export function claimDraft(plan: Plan, passages: RankedPassage[]): Draft {
  const claim = claimOf(plan.question).replace(/\s+/g, ' ');
  // "Did you know that …?" asks nothing: what a post or headline frames is judged as the statement it makes.
  // A signed quote is a claim that someone said it, whatever it says (a forecast, an opinion).
  // "Was the mayor arrested in 2012?" asks to check that he was.
  const framed = statedClaim(claim);
  const uncheckable = uncheckableReason(attributedQuote(framed) ?? framed);
  if (uncheckable) return emptyDraft([uncheckable]);
  const evidence = evidenceSentences(passages);
  const { label, parts } = judgeClaim(claim, evidence);
  if (label === 'not enough evidence') return emptyDraft(notFoundLimits(parts, evidence));
  const kinds = new Map(evidence.map((sentence) => [sentence.passageId, sentence.kind]));
  const explained = parts.flatMap((part) => explainPart(part, kinds));
  const comparisons = explained.filter((sentence) => sentence.basis);
  const verdictLine: DraftSentence = { ...comparisons[0], text: `The claim is ${label}: ${lowerFirst(comparisons[0].text)}` };
  const related = relatedSentences(parts, evidence, kinds);
  return {
    summary: explained,
    sections: related.length > 0 ? [{ heading: 'Related reports in the sources', sentences: related }] : [],
    bottomLine: [verdictLine],
    verdict: { label, reason: explained, claimReviewed: claim },
    limits: [evidenceBase(parts, related.length), ...missingDetails(parts)],
    insufficientEvidence: false,
    warnings: [],
  };
}

function explainPart(part: ClaimFinding, kinds: Map<string, string>): DraftSentence[] {
  if (!part.evidence) return [];
  const explanation = explainFinding(part);
  const quote = datedSentence(withoutLostFigure(part.evidence.text), part.evidence.publishedAt, kinds.get(part.evidence.passageId));
  const cites = [part.evidence.passageId];
  return [
    ...(explanation ? [{ text: explanation, passageIds: cites, basis: { kind: 'comparison' as const, claim: part.claim } }] : []),
    { text: quote, passageIds: cites },
  ];
}

/** Other sentences about the same event (or its actors), in time order, for context. */
function relatedSentences(parts: ClaimFinding[], evidence: ReturnType<typeof evidenceSentences>, kinds: Map<string, string>): DraftSentence[] {
  const used = new Set(parts.map((part) => part.evidence?.text));
  const names = parts.flatMap((part) => part.comparison?.slots.filter((slot) => slot.slot === 'actor').map((slot) => slot.claim.toLowerCase()) ?? []);
  return evidence
    .filter((sentence) => !used.has(sentence.text) && names.length > 0 && names.every((name) => sentence.text.toLowerCase().includes(name)))
    .slice(0, MAX_RELATED)
    .sort((left, right) => (left.publishedAt ?? '').localeCompare(right.publishedAt ?? ''))
    .map((sentence) => ({ text: datedSentence(withoutLostFigure(sentence.text), sentence.publishedAt, kinds.get(sentence.passageId)), passageIds: [sentence.passageId] }));
}

/** What the verdict rests on: the deciding source sentence(s) and their days; the rest is context. */
function evidenceBase(parts: ClaimFinding[], related: number): string {
  const days = [...new Set(parts.flatMap((part) => (isFullDay(part.evidence?.publishedAt) ? [dayPhrase(part.evidence.publishedAt)] : [])))];
  const deciding = parts.filter((part) => part.evidence).length;
  const when = days.length > 0 ? `, dated ${days.join(' and ')}` : '';
  const context = related > 0 ? ` ${related} other source sentence${related === 1 ? '' : 's'} on the same names ${related === 1 ? 'is' : 'are'} listed for context; ${related === 1 ? 'it does' : 'they do'} not decide the verdict.` : '';
  return `The verdict rests on ${deciding === 1 ? 'one source sentence' : `${deciding} source sentences`}${when}.${context}`;
}

function missingDetails(parts: ClaimFinding[]): string[] {
  return parts.flatMap((part) =>
    (part.comparison?.slots ?? [])
      .filter((slot) => slot.outcome === 'unstated' && ['date', 'place', 'qualifier'].includes(slot.slot))
      .map((slot) => `The source does not state the ${slot.slot} the claim gives ("${slot.claim}").`),
  );
}

function notFoundLimits(parts: ClaimFinding[], evidence: EvidenceSentence[]): string[] {
  const unfound = parts.filter((part) => part.label === 'not enough evidence').map((part) => `"${part.claim.replace(/[.]$/, '')}"`);
  const limits = [`No source found reports the event the claim describes (${unfound.join('; ')}), so the engine gives no verdict.`];
  const nearest = evidence[0];
  if (nearest) limits.push(`The nearest source sentence found${nearest.publishedAt ? ` (${nearest.publishedAt.slice(0, 10)})` : ''} says: "${nearest.text}" It does not report the same event.`);
  else limits.push('No source found shares the claim\'s names and event.');
  return limits;
}

function emptyDraft(limits: string[]): Draft {
  return { summary: [], sections: [], bottomLine: [], limits, insufficientEvidence: true, warnings: [] };
}

function lowerFirst(text: string): string {
  return text.replace(/^The /, 'the ');
}
