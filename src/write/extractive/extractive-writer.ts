// The extractive writer: composes the whole report from source sentences quoted verbatim, so every
// sentence it writes is, by construction, supported by the passage it cites.
import type { Writer } from '../../contracts.ts';
import type { Draft, DraftSentence, Plan } from '../../model/types.ts';
import { stem } from '../../text/tokens.ts';
import { expansionsOf } from '../../understand/lexicon.ts';
import { buildCandidates, type Candidate } from './candidates.ts';
import { describeLimits } from './limits.ts';
import { buildPositions, propositionStems } from './positions.ts';
import { claimDraft } from './claim-draft.ts';
import { groupSections } from './sections.ts';
import { byDate, byScore, selectDiverse } from './select.ts';

/** A sentence must cover this share of the question's weighted terms to count as evidence. */
export const MIN_RELEVANCE = 0.3;
const STRONG_RELEVANCE = 0.45;
/** Sentences naming fewer of the question's entities must cover this much of its terms to get a section. */
const ON_TOPIC_RELEVANCE = 0.6;
const NEARLY_ALL = 0.7;
const MIN_STRONG = 2;

export function createExtractiveWriter(): Writer {
  return {
    id: 'extractive',
    async write({ plan, passages, now, onSection }) {
      if (plan.kind === 'claim') return claimDraft(plan, passages);
      const candidates = buildCandidates(plan, passages).sort(byScore);
      const relevant = candidates.filter((candidate) => candidate.relevance >= MIN_RELEVANCE && namesAnEntity(plan, candidate));
      const today = now.toISOString().slice(0, 10);
      if (!hasEnoughEvidence(plan, relevant)) return insufficientDraft(plan, passages.length, candidates);
      const summary = selectDiverse(summaryOrder(plan, relevant), { count: 3, onePerDocument: true, minRelevance: STRONG_RELEVANCE });
      const positions = plan.asksPositions ? buildPositions(plan, relevant) : [];
      const proposition = plan.asksPositions ? propositionStems(plan) : new Set<string>();
      const onTopic = relevant.filter((candidate) => isOnTopic(plan, candidate, proposition));
      const stances = new Map(positions.map((position) => [position.actor, position]));
      const questionStems = new Set(plan.terms.flatMap((term) => [term, ...expansionsOf(term)]).map(stem));
      const groups = groupSections(onTopic, { questionStems, exclude: summary, stances });
      const sections = groups.map((group) => ({ heading: group.heading, sentences: group.sentences.map(toDraft) }));
      for (const section of sections) onSection?.(section);
      const inSections = groups.flatMap((group) => group.sentences);
      const stanceSentences = positions.flatMap((position) => position.reasons);
      const bottomLine = bottomLineOf(stanceSentences.length > 0 ? stanceSentences : onTopic, [...summary, ...inSections]);
      const used = [...summary, ...inSections, ...positions.flatMap((position) => position.reasons), ...bottomLine];
      const limits = describeLimits({ plan, used, outlets: [...new Set(used.map((candidate) => candidate.outlet))], positionsActors: positions.map((position) => position.actor), today });
      return {
        summary: summary.map(toDraft),
        sections,
        positions: positions.length > 0 ? positions.map((position) => ({ actor: position.actor, stance: position.stance, reasons: position.reasons.map(toDraft) })) : undefined,
        bottomLine: bottomLine.map(toDraft),
        limits,
        insufficientEvidence: false,
        warnings: [],
      };
    },
  };
}

function toDraft(candidate: Candidate): DraftSentence {
  return { text: candidate.text, passageIds: [candidate.passageId] };
}

function entityHits(_plan: Plan, candidate: Candidate): number {
  return candidate.entities.length;
}

function namesAnEntity(plan: Plan, candidate: Candidate): boolean {
  return plan.entities.length === 0 || entityHits(plan, candidate) > 0;
}

/**
 * Sections take sentences that name the question's entities (or cover most of its terms) and, for a
 * question about positions on something, that speak of that something ("joining"), unless they cover
 * nearly all of the question anyway.
 */
function isOnTopic(plan: Plan, candidate: Candidate, proposition: Set<string>): boolean {
  const named = entityHits(plan, candidate) >= Math.min(2, plan.entities.length) || candidate.relevance >= ON_TOPIC_RELEVANCE;
  if (!named) return false;
  if (proposition.size === 0 || candidate.relevance >= NEARLY_ALL) return true;
  return [...candidate.stems].some((word) => proposition.has(word));
}

function hasEnoughEvidence(plan: Plan, relevant: Candidate[]): boolean {
  const needed = Math.min(plan.entities.length, 2);
  const strong = relevant.filter((candidate) => candidate.relevance >= STRONG_RELEVANCE && entityHits(plan, candidate) >= needed);
  return new Set(strong.map((candidate) => candidate.documentId)).size >= MIN_STRONG;
}

/** The summary leads with sentences that name the most question entities, then by score. */
function summaryOrder(plan: Plan, relevant: Candidate[]): Candidate[] {
  return [...relevant].sort((left, right) => entityHits(plan, right) - entityHits(plan, left) || byScore(left, right));
}

/** Where things stand: the most recent strongly relevant sentence, preferably one not used above. */
function bottomLineOf(pool: Candidate[], used: Candidate[]): Candidate[] {
  const latestFirst = [...pool].filter((candidate) => candidate.relevance >= STRONG_RELEVANCE).sort(byDate).reverse();
  const unused = selectDiverse(latestFirst, { count: 1, exclude: used });
  return unused.length > 0 ? unused : latestFirst.slice(0, 1);
}

function insufficientDraft(plan: Plan, passageCount: number, candidates: Candidate[]): Draft {
  const closest = candidates.slice(0, 3).map((candidate) => candidate.publishedAt?.slice(0, 4)).filter(Boolean);
  const limits = [
    passageCount === 0
      ? 'No source found matches the question\'s terms.'
      : `None of the ${passageCount} passages found answers the question; the closest ones only share some of its words.`,
  ];
  if (plan.timeFrame && closest.length > 0) limits.push(`The question asks about ${[plan.timeFrame.from?.slice(0, 4), plan.timeFrame.to?.slice(0, 4)].filter(Boolean).join('–')}; no source found covers that period.`);
  if (plan.entities.length > 0) limits.push(`No source found states anything about ${plan.topic}.`);
  return { summary: [], sections: [], bottomLine: [], limits, insufficientEvidence: true, warnings: [] };
}
