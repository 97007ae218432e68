// Candidate sentences for the extractive writer: every sentence of the ranked passages, scored for how
// well it answers the question (IDF-weighted term coverage) and how strong its passage ranked.
import type { Plan, RankedPassage } from '../../../contracts/types.ts';
import { findActors, mentionsEntity } from '../../../shared/actors/actors.ts';
import { expansionsOf } from '../../../shared/language/lexicon.ts';
import { splitSentences } from '../../../shared/text/sentences.ts';
import { isInstructionToMachine } from '../../../shared/text/untrusted-text.ts';
import { stem, stems, tokenize } from '../../../shared/text/tokens.ts';
import { questionFrameOf } from '../../../shared/language/question-frame.ts';
import { subjectActors } from '../stance.ts';
import { type FrameMatch, frameRelevance, isAnswer, matchQuestion } from './question-match.ts';

export interface Candidate {
  text: string;
  passageId: string;
  documentId: string;
  publishedAt?: string;
  outlet: string;
  stems: Set<string>;
  relevance: number;
  score: number;
  actor?: string;
  /** Every actor the subject names ("Canada and Japan recognize …"); the first is `actor`. */
  actors: string[];
  /** The question's entities this sentence names (directly or through an actor alias). */
  entities: string[];
  /** Passage rank × 1000 + sentence index: stable ordering that keeps a passage's sentences in order. */
  order: number;
  /** The source's kind ("encyclopedia" items are dated in the text) and its topic label, if it has one. */
  kind?: string;
  label?: string;
  match: FrameMatch;
  /** States what the question asks, for its names and event, in its time. */
  answers: boolean;
}

/** Words that steer a question rather than name its subject weigh less. */
export const STEERING = ['countr', 'nation', 'support', 'oppos', 'stat', 'reason', 'member', 'happen', 'said', 'say', 'view', 'position', 'stance', 'respond', 'react', 'latest', 'current', 'new', 'recent'];

interface QueryTerm { stem: string; weight: number; alternatives: Set<string> }

/** An entity weighs twice a plain word, shared among its words ("International Criminal Court" is one name). */
export function queryTermsOf(plan: Plan): QueryTerm[] {
  const entityWeight = new Map<string, number>();
  for (const entity of plan.entities) {
    const words = [...new Set(stems(entity))];
    for (const word of words) entityWeight.set(word, Math.max(entityWeight.get(word) ?? 0, 2 / words.length));
  }
  return [...new Set(plan.terms.map(stem))].map((termStem) => {
    const original = plan.terms.find((term) => stem(term) === termStem) ?? termStem;
    const weight = entityWeight.get(termStem) ?? (STEERING.some((prefix) => termStem.startsWith(prefix)) ? 0.4 : 1);
    return { stem: termStem, weight, alternatives: new Set(expansionsOf(original).map(stem)) };
  });
}

export function buildCandidates(plan: Plan, passages: RankedPassage[]): Candidate[] {
  const topScore = passages[0]?.score ?? 1;
  const raw = passages.flatMap((ranked, order) =>
    splitSentences(ranked.passage.text)
      .map(withoutLostFigure)
      .filter(isUsableSentence)
      .map((text, index) => ({ text, ranked, order: order * 1000 + index, stems: new Set(stems(text)) })),
  );
  const documentFrequency = new Map<string, number>();
  for (const { stems: words } of raw) for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const idf = (word: string) => Math.log(1 + (raw.length + 1) / ((documentFrequency.get(word) ?? 0) + 0.5));
  const terms = queryTermsOf(plan);
  const question = questionFrameOf(plan.question);
  const askedNames = question.names.map((name) => name.surface.replace(/^the\s+/i, ''));
  const totalWeight = terms.reduce((sum, term) => sum + term.weight * idf(term.stem), 0) || 1;
  return raw.map(({ text, ranked, order, stems: words }) => {
    const actorsInText = new Set(findActors(text).map((mention) => mention.actor.name));
    const entities = plan.entities.filter((entity) => mentionsEntity(text, entity, actorsInText));
    const namedStems = new Set(entities.flatMap((entity) => stems(entity)));
    let matched = 0;
    for (const term of terms) {
      if (words.has(term.stem) || namedStems.has(term.stem)) matched += term.weight * idf(term.stem);
      else if ([...term.alternatives].some((alternative) => words.has(alternative))) matched += 0.7 * term.weight * idf(term.stem);
    }
    const match = matchQuestion(question, text, ranked.document.publishedAt);
    const actors = subjectActors(text, askedNames);
    // Relevance by the frame's meaning or by the words, whichever is higher: one missing rare word cannot sink it.
    const relevance = Math.max(Math.min(1, matched / totalWeight), frameRelevance(question, match));
    const passageStrength = ranked.score / topScore;
    const timeFactor = match.time === 'outside' ? 0.7 : match.time === 'near' ? 0.95 : 1;
    return {
      text,
      passageId: ranked.passage.id,
      documentId: ranked.document.id,
      publishedAt: ranked.document.publishedAt,
      outlet: ranked.document.outlet,
      stems: words,
      relevance,
      score: timeFactor * (0.65 * relevance + 0.35 * passageStrength) - danglingPenalty(text),
      actor: actors[0],
      actors,
      entities,
      order,
      kind: ranked.document.kind,
      label: topicLabel(ranked.document.title),
      match,
      answers: isAnswer(question, match),
    };
  });
}

/** A page title's topic part ("Enlargement of NATO — Wikipedia Current Events, 4 April 2023"), when short. */
export function topicLabel(title: string | undefined): string | undefined {
  const label = title?.split(/\s+[—|]\s+/)[0]?.replace(/,\s*\d{4}$/, '').trim();
  const words = label?.split(/\s+/).length ?? 0;
  return label && words >= 1 && words <= 7 && label !== title ? label : undefined;
}

/** Sentences that lean on context they do not carry ("He said...", "This comes after...") read badly alone. */
function danglingPenalty(text: string): number {
  return /^(he|she|it|they|this|that|these|those|his|her|its|their|the move|the decision|other|another|also|however|but|meanwhile|additionally|later)\b/i.test(text) ? 0.15 : 0;
}

/**
 * "… and expanding NATO's border with Russia by ." lost a figure in the source's markup: the sentence up to
 * the clause that lost it still says something ("Finland officially joins NATO, becoming the 31st member …").
 */
export function withoutLostFigure(text: string): string {
  const lost = text.search(/\s[.,;:]/);
  if (lost < 0) return text;
  // The nearest clause boundary before the loss: a comma, or a clause joined by "and", "while" or "as".
  const before = text.slice(0, lost);
  const cut = Math.max(before.lastIndexOf(','), ...[...before.matchAll(/\s(?:and|while|whereas|as)\s+[a-z]+ing\b/g)].map((match) => match.index));
  return cut > 0 ? `${text.slice(0, cut)}.` : text;
}

function isUsableSentence(text: string): boolean {
  // Defence in depth: a page addressing a model is set aside before the writer (verify/llm-injection.ts); a
  // sentence that does so on its own (after NFKC, zero-width removal and homoglyph folding) is never quoted.
  if (isInstructionToMachine(text)) return false;
  const words = tokenize(text).length;
  // A space before punctuation means the source lost a figure or a link ("expanding the border by .").
  // It must also end like a sentence: flattened topic labels ("Brexit negotiations") are not evidence.
  return words >= 5 && words <= 90 && /[.!]["”’')\]]?$/.test(text.trim()) && !/\s[.,;:]/.test(text) && /[\p{L}]/u.test(text);
}
