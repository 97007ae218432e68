// The extractive writer: composes the whole report from source sentences quoted verbatim (dated in the text
// when the source is a day's event item), so every sentence it writes is supported by the passage it cites.
// It answers first: the sentence that states what the question asks leads the summary and the bottom line.
import type { Writer } from '../../../contracts/ports.ts';
import type { Draft, DraftSentence, Plan } from '../../../contracts/types.ts';
import { stem } from '../../../shared/text/tokens.ts';
import { expansionsOf } from '../../../shared/language/lexicon.ts';
import { isFactual, type QuestionFrame, questionFrameOf } from '../../../shared/language/question-frame.ts';
import { statesSameAnswer } from './same-answer.ts';
import { buildCandidates, type Candidate } from './candidates.ts';
import { claimDraft } from './claim-draft.ts';
import { datedSentence } from './dated.ts';
import { declineDraft } from './decline.ts';
import { describeLimits } from './limits.ts';
import { buildPositions, inAskedMoment, propositionStems } from './positions.ts';
import { groupSections } from './sections.ts';
import { byDate, byScore, selectDiverse } from './select.ts';

/** A sentence must cover this share of the question's weighted terms to count as evidence. */
export const MIN_RELEVANCE = 0.3;
const STRONG_RELEVANCE = 0.45;

export function createExtractiveWriter(): Writer {
  return {
    id: 'extractive',
    async write({ plan, passages, now, onSection }) {
      if (plan.kind === 'claim') return claimDraft(plan, passages);
      const question = questionFrameOf(plan.question);
      const candidates = buildCandidates(plan, passages).sort(byScore);
      const proposition = plan.asksPositions ? propositionStems(plan) : new Set<string>();
      const relevant = candidates.filter((candidate) => candidate.relevance >= MIN_RELEVANCE && (namesAnEntity(plan, candidate) || (proposition.size > 0 && inAskedMoment(candidate, proposition))));
      const answers = relevant.filter((candidate) => candidate.answers).sort(byAnswer);
      const strong = relevant.filter((candidate) => isStrong(question, candidate));
      if (!canAnswer(question, answers, strong)) return declineDraft(plan, question, passages.length, candidates);
      const factual = isFactual(question.type);
      const summary = summaryOf(question, answers, strong, relevant);
      const positions = plan.asksPositions ? buildPositions(plan, relevant) : [];
      const pool = (factual ? strong : relevant).filter((candidate) => sharesFrame(candidate) && (proposition.size === 0 || isAbout(candidate, proposition)));
      const questionStems = new Set(plan.terms.flatMap((term) => [term, ...expansionsOf(term)]).map(stem));
      const groups = groupSections(pool, {
        questionStems,
        exclude: summary,
        maxSections: factual ? 2 : 5,
        maxSentences: factual ? 3 : 4,
        timeline: question.type === 'what happened' ? { heading: timelineHeading(question), count: 6 } : undefined,
      });
      const sections = groups.map((group) => ({ heading: group.heading, sentences: group.sentences.map(toDraft) }));
      for (const section of sections) onSection?.(section);
      const inSections = groups.flatMap((group) => group.sentences);
      const stanceSentences = positions.flatMap((position) => position.reasons);
      const bottomLine = bottomLineOf(question, answers, stanceSentences.length > 0 ? stanceSentences : strong, [...summary, ...inSections]);
      const used = [...summary, ...inSections, ...stanceSentences, ...bottomLine];
      const limits = describeLimits({ plan, question, used, answers, outlets: [...new Set(used.map((candidate) => candidate.outlet))], positionsActors: positions.map((position) => position.actor), today: now.toISOString().slice(0, 10) });
      return {
        summary: summary.map(toDraft),
        sections,
        positions: positions.length > 0 ? positions.map((position) => ({ actor: position.actor, stance: position.stance, reasons: position.reasons.map(toDraft) })) : undefined,
        bottomLine: bottomLine.map(toDraft),
        limits,
        insufficientEvidence: false,
        warnings: [],
      } satisfies Draft;
    },
  };
}

/** The source sentence, dated in the text when its source is a day's event item ("On 4 April 2023, …"). */
export function toDraft(candidate: Candidate): DraftSentence {
  return { text: datedSentence(candidate.text, candidate.publishedAt, candidate.kind), passageIds: [candidate.passageId] };
}

function namesAnEntity(plan: Plan, candidate: Candidate): boolean {
  return plan.entities.length === 0 || candidate.entities.length > 0 || candidate.match.names > 0;
}

/** All the question's names, its event (or most of its words when it names no event), not out of its time. */
function isStrong(question: QuestionFrame, candidate: Candidate): boolean {
  const { match } = candidate;
  // A broad question's verb is often vague ("what did the court decide"): its names carry it; a why question needs its event.
  const needsEvent = question.event.length > 0 && (isFactual(question.type) || question.type === 'why');
  // The event with what it is done to ("Why did Norway abolish its monarchy?" is not answered by Norway's bans).
  const event = needsEvent ? (match.eventAny && match.complement) || match.lemmas >= 0.6 : match.lemmas >= 0.5 || question.names.length > 0 || match.eventAny;
  // A positions question names the actors it asks about as well as what they take positions on: one name is enough.
  const names = question.type === 'positions' ? match.names > 0 : match.names === 1;
  return names && event && match.time !== 'outside' && candidate.relevance >= STRONG_RELEVANCE;
}

/** One clear source suffices for a factual question; a broad one needs at least one sentence on its names and event. */
function canAnswer(question: QuestionFrame, answers: Candidate[], strong: Candidate[]): boolean {
  if (isFactual(question.type)) return answers.length > 0;
  return strong.length > 0 || answers.length > 0;
}

/** Answers in time first, then those that assert the event (as what the sentence is about, by the asked agent, in all the question's words), then by score. */
function byAnswer(left: Candidate, right: Candidate): number {
  const rank = (candidate: Candidate) => (candidate.match.time === 'inside' ? 2 : candidate.match.time === 'near' ? 1 : 0) + (candidate.match.event ? 1 : 0) + (candidate.match.role ? 1 : 0) + (candidate.match.mainEvent ? 1 : 0) + (candidate.match.lemmas >= 0.99 ? 1 : 0);
  return rank(right) - rank(left) || byScore(left, right);
}

/** The direct answer first; a factual question adds one other source that states it, a broad one two more themes. */
function summaryOf(question: QuestionFrame, answers: Candidate[], strong: Candidate[], relevant: Candidate[]): Candidate[] {
  const lead = answers[0] ?? strong[0] ?? relevant[0];
  if (isFactual(question.type)) {
    const confirming = answers.slice(1).filter((answer) => answer.documentId !== lead.documentId && statesSameAnswer(question, lead, answer));
    return [lead, ...selectDiverse(confirming, { count: 1, exclude: [lead], onePerDocument: true })];
  }
  const rest = selectDiverse([...strong, ...relevant.filter((candidate) => candidate.relevance >= STRONG_RELEVANCE)], { count: 2, exclude: [lead], onePerDocument: true });
  return [lead, ...rest.filter((candidate) => candidate.documentId !== lead.documentId)];
}

/** A sentence shares at least one element of the question's frame: a name, the event, or most of its words. */
function sharesFrame(candidate: Candidate): boolean {
  return candidate.match.names > 0 || candidate.match.eventAny || candidate.match.lemmas >= 0.5;
}

function isAbout(candidate: Candidate, proposition: Set<string>): boolean {
  return candidate.relevance >= 0.7 || [...candidate.stems].some((word) => proposition.has(word));
}

function timelineHeading(question: QuestionFrame): string {
  const name = question.names[0]?.surface.replace(/^the\s+/i, '');
  return name && name.split(/\s+/).length <= 5 ? `Timeline: ${name}` : 'Timeline of events';
}

/**
 * The answer again when the question is factual (from a second source when there is one), else the latest
 * stance-bearing or strong sentence not used above.
 */
function bottomLineOf(question: QuestionFrame, answers: Candidate[], pool: Candidate[], used: Candidate[]): Candidate[] {
  if (isFactual(question.type) && answers.length > 0) {
    const second = answers.find((answer) => !used.includes(answer) && answer.documentId !== answers[0].documentId && statesSameAnswer(question, answers[0], answer));
    return [second ?? answers[0]];
  }
  if (question.type === 'why' && answers.length > 0) return [answers[0]];
  const latestFirst = [...pool].filter((candidate) => candidate.relevance >= STRONG_RELEVANCE).sort(byDate).reverse();
  const unused = selectDiverse(latestFirst, { count: 1, exclude: used });
  return unused.length > 0 ? unused : latestFirst.slice(0, 1);
}
