// The positions table: for each actor that is the subject of a sentence about the proposition,
// the stance its sentences bear out (see stance.ts) and those sentences as its stated reasons.
import type { Stance } from '../../model/schema.ts';
import type { Plan } from '../../model/types.ts';
import { propositionWords } from '../../understand/lexicon.ts';
import { contentWords, stem } from '../../text/tokens.ts';
import { isKnownPredicate, searchWordsFor, senseOf } from '../../understand/frame/predicates.ts';
import { questionFrameOf } from '../../understand/question-frame.ts';
import { readStance } from '../stance.ts';
import type { Candidate } from './candidates.ts';
import { byScore } from './select.ts';

export interface PositionGroup {
  actor: string;
  stance: Stance;
  reasons: Candidate[];
}

const MAX_ACTORS = 10;
const MAX_REASONS = 2;

/** The words that say what the stance is about: the topic's non-entity words and their synonyms. */
export function propositionStems(plan: Plan): Set<string> {
  const entityWords = new Set(plan.entities.flatMap((entity) => contentWords(entity)));
  const words = [...contentWords(plan.topic), ...propositionLemmas(plan.question)].filter((word) => !entityWords.has(word) && !/^\d+$/.test(word) && !MONTHS.has(word));
  return new Set(words.flatMap((word) => propositionWords(word)).map(stem));
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const CUES = new Set(['support', 'oppose', 'back', 'reject', 'recognise', 'recognize', 'condemn', 'react', 'respond', 'criticize', 'criticise', 'welcome', 'object', 'endorse', 'denounce', 'position', 'stance', 'view']);
const AFTER_CUE = new Set(['on', 'about', 'to', 'regarding', 'towards', 'toward']);

/**
 * What the positions are about, from the question's frame: the content lemmas after the last stance cue
 * ("react to North Korea's nuclear test" → nuclear, test), with the event's own words ("joining" → accession).
 */
export function propositionLemmas(question: string): string[] {
  const { frame } = questionFrameOf(question);
  const tokens = frame.tokens;
  let start = tokens.findLastIndex((token) => CUES.has(token.lemma));
  if (start < 0) return [];
  const after = tokens.findIndex((token, index) => index > start && AFTER_CUE.has(token.lower));
  if (after > start) start = after;
  const end = tokens.findIndex((token, index) => index > start && (token.text === ',' || token.text === '?' || (token.lower === 'and' && ['what', 'why', 'how'].includes(tokens[index + 1]?.lower ?? ''))));
  const span = tokens.slice(start + 1, end < 0 ? undefined : end).filter((token, offset) => ['NOUN', 'VERB', 'ADJ'].includes(token.pos) && !frame.inName.has(start + 1 + offset));
  const lemmas = span.map((token) => token.lemma);
  const events = span.filter((token) => isKnownPredicate(token.lemma)).flatMap((token) => searchWordsFor(senseOf(token.lemma).key).same.slice(0, 6));
  return [...new Set([...lemmas, ...events])];
}

function mentionsAll(candidate: Candidate, entities: string[], except: string): boolean {
  return entities.every((entity) => entity === except || candidate.entities.includes(entity));
}

export function buildPositions(plan: Plan, pool: Candidate[]): PositionGroup[] {
  const proposition = propositionStems(plan);
  if (proposition.size === 0) return [];
  const readings = pool.flatMap((candidate) => {
    if (!candidate.actor || (!mentionsAll(candidate, plan.entities, candidate.actor) && candidate.match.names === 0)) return [];
    const reading = readStance(candidate.text, proposition);
    return reading ? [{ candidate, stance: reading.stance }] : [];
  });
  const byActor = Map.groupBy(readings, (reading) => reading.candidate.actor!);
  return [...byActor.entries()]
    .map(([actor, entries]) => {
      const stance = overallStance(entries.map((entry) => entry.stance));
      const bearing = entries.filter((entry) => stance === 'mixed' || entry.stance === stance).map((entry) => entry.candidate);
      const reasons = pickReasons(bearing, stance === 'mixed' ? entries : []);
      return { actor, stance, reasons, weight: entries.length + reasons[0].score };
    })
    .sort((left, right) => right.weight - left.weight || left.actor.localeCompare(right.actor))
    .slice(0, MAX_ACTORS)
    .map(({ actor, stance, reasons }) => ({ actor, stance, reasons }));
}

/** The stance most sentences bear; support beside opposition or hesitation, neither twice the other, is "mixed". */
export function overallStance(stances: Stance[]): Stance {
  const counts = new Map<Stance, number>();
  for (const stance of stances) counts.set(stance, (counts.get(stance) ?? 0) + 1);
  const supports = counts.get('supports') ?? 0;
  const against = (counts.get('opposes') ?? 0) + (counts.get('cautious') ?? 0);
  if (supports > 0 && against > 0 && supports < 2 * against && against < 2 * supports) return 'mixed';
  const [top] = [...counts.entries()].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
  return top?.[0] ?? 'unclear';
}

/** The most relevant sentences, latest first; for a mixed stance, one of each direction. */
function pickReasons(bearing: Candidate[], mixed: { candidate: Candidate; stance: Stance }[]): Candidate[] {
  if (mixed.length > 0) {
    const byStance = Map.groupBy(mixed, (entry) => entry.stance);
    return [...byStance.values()].map((entries) => entries.map((entry) => entry.candidate).sort(byScore)[0]).slice(0, MAX_REASONS);
  }
  return [...bearing].sort(byScore).slice(0, MAX_REASONS);
}
