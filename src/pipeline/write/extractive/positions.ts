// The positions table: for each actor that is the subject of a sentence about the proposition,
// the stance its sentences bear out (see stance.ts) and those sentences as its stated reasons.
import type { Stance } from '../../../contracts/schema.ts';
import type { Plan } from '../../../contracts/types.ts';
import { aliasesOf } from '../../../shared/actors/actors.ts';
import { propositionWords, STANCE_HEDGE, STANCE_OPPOSE } from '../../../shared/language/lexicon.ts';
import { contentWords, stem } from '../../../shared/text/tokens.ts';
import { isKnownPredicate, searchWordsFor, senseOf } from '../../../shared/language/predicates.ts';
import { questionFrameOf } from '../../../shared/language/question-frame.ts';
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
  const owners = propositionOwners(plan.question, proposition);
  const readings = pool.flatMap((candidate) => {
    const actors = candidate.actors.filter((actor) => mentionsAll(candidate, plan.entities, actor) || candidate.match.names > 0 || inAskedMoment(candidate, proposition));
    if (actors.length === 0) return [];
    // No cue, but the sentence's subject does what the proposition says ("Catalonia declares independence").
    const stance = readStance(candidate.text, proposition)?.stance ?? (actsOut(candidate.text, proposition) && owners.some((owner) => isOwner(owner, actors[0])) ? 'supports' : undefined);
    return stance ? actors.map((actor) => ({ candidate, actor, stance })) : [];
  });
  const byActor = Map.groupBy(readings, (reading) => reading.actor);
  const rows = [...byActor.entries()].map(([actor, entries]) => {
    const { current, superseded } = splitSuperseded(entries);
    return { actor, current: positionOf(actor, current), superseded: superseded.length > 0 ? positionOf(`${actor} (superseded, ${yearsOf(superseded)})`, superseded) : undefined };
  });
  return rows
    .sort((left, right) => right.current.weight - left.current.weight || left.actor.localeCompare(right.actor))
    .slice(0, MAX_ACTORS)
    .flatMap(({ current, superseded }) => [current, ...(superseded ? [superseded] : [])])
    .map(({ actor, stance, reasons }, _index, all) => ({ actor: asOf(actor, reasons, all.flatMap((row) => row.reasons)), stance, reasons }));
}

const STALE_AFTER_YEARS = 5;

/** A position last stated years before the newest one in the table says so ("NATO (as of 2008)"): it may not hold today. */
function asOf(actor: string, reasons: Candidate[], all: Candidate[]): string {
  if (actor.includes('(superseded')) return actor;
  const latest = (candidates: Candidate[]) => candidates.flatMap((candidate) => (candidate.publishedAt ? [candidate.publishedAt.slice(0, 10)] : [])).sort().at(-1);
  const [own, newest] = [latest(reasons), latest(all)];
  return own && newest && Number(newest.slice(0, 4)) - Number(own.slice(0, 4)) >= STALE_AFTER_YEARS ? `${actor} (as of ${own.slice(0, 4)})` : actor;
}

interface Reading { candidate: Candidate; stance: Stance }

function positionOf(actor: string, entries: Reading[]) {
  const stance = overallStance(entries.map((entry) => entry.stance));
  const bearing = entries.filter((entry) => stance === 'mixed' || entry.stance === stance).map((entry) => entry.candidate);
  const reasons = pickReasons(bearing, stance === 'mixed' ? entries : []);
  return { actor, stance, reasons, weight: entries.length + reasons[0].score };
}

/** A stance an actor stated more than this long before a different, newer one is superseded by it. */
const SUPERSEDED_AFTER_DAYS = 365;

/**
 * An actor's older stance replaced by a newer, different one (NATO's 2008 "not now" before its 2023 "will
 * become a member") is its own row, marked superseded with its years, so a 2008 statement never reads as today's.
 */
export function splitSuperseded(entries: Reading[]): { current: Reading[]; superseded: Reading[] } {
  const dated = entries.filter((entry) => entry.candidate.publishedAt).sort((left, right) => left.candidate.publishedAt!.localeCompare(right.candidate.publishedAt!));
  const latest = dated.at(-1);
  if (!latest) return { current: entries, superseded: [] };
  const days = (entry: Reading) => (Date.parse(latest.candidate.publishedAt!.slice(0, 10)) - Date.parse(entry.candidate.publishedAt!.slice(0, 10))) / 86_400_000;
  const recent = dated.filter((entry) => days(entry) <= SUPERSEDED_AFTER_DAYS);
  const now = overallStance(recent.map((entry) => entry.stance));
  const superseded = dated.filter((entry) => days(entry) > SUPERSEDED_AFTER_DAYS && entry.stance !== now);
  // Only a clear change: the older stance is never the one held now, and the newer one is not mixed.
  if (superseded.length === 0 || now === 'mixed' || dated.some((entry) => days(entry) > SUPERSEDED_AFTER_DAYS && entry.stance === now)) return { current: entries, superseded: [] };
  return { current: entries.filter((entry) => !superseded.includes(entry)), superseded };
}

function yearsOf(entries: Reading[]): string {
  const years = [...new Set(entries.flatMap((entry) => (entry.candidate.publishedAt ? [entry.candidate.publishedAt.slice(0, 4)] : [])))].sort();
  return years.length > 1 ? `${years[0]}–${years.at(-1)}` : years[0] ?? 'undated';
}

/**
 * "Ukraine, the European Union, and the United States condemn the referendum" (16 March 2014) names no
 * Crimea, but a sentence on the proposition dated inside the asked month is about the asked one.
 */
export function inAskedMoment(candidate: Candidate, proposition: Set<string>): boolean {
  return candidate.match.time === 'inside' && candidate.match.timeGranularity !== 'year' && [...candidate.stems].some((word) => proposition.has(word));
}

/** Names the proposition is about in the question ("Finland and Sweden joining", "Kosovo's declaration", "Catalan independence"). */
export function propositionOwners(question: string, proposition: Set<string>): string[] {
  const { frame } = questionFrameOf(question);
  const tokens = frame.tokens;
  const owners: string[] = [];
  tokens.forEach((token, index) => {
    if (!proposition.has(stem(token.lower)) || frame.inName.has(index)) return;
    for (let before = index - 1; before >= 0; before--) {
      const previous = tokens[before];
      if (previous.pos === 'PROPN' || (previous.pos === 'ADJ' && /^\p{Lu}/u.test(previous.text))) owners.push(previous.text);
      else if (!['and', ',', "'s", '’s', 'the'].includes(previous.lower)) break;
    }
  });
  return owners;
}

/** "Catalan" owns what Catalonia does, "US" what the United States does: the gazetteer, else a shared stem. */
function isOwner(owner: string, actor: string): boolean {
  const [left, right] = [owner.toLowerCase(), actor.toLowerCase()];
  return left === right || aliasesOf(actor).some((alias) => alias.toLowerCase() === left) || (left.length >= 5 && right.length >= 5 && left.slice(0, 5) === right.slice(0, 5));
}

/** The proposition's words come right after the subject, with no negation or intention before them. */
function actsOut(sentence: string, proposition: Set<string>): boolean {
  const words = sentence.split(/\s+/).slice(0, 8).map((word) => word.toLowerCase().replace(/[^\p{L}'’-]/gu, ''));
  const anchor = words.findIndex((word) => proposition.has(stem(word)));
  return anchor > 0 && !words.slice(0, anchor).some((word) => STANCE_OPPOSE.has(word) || STANCE_HEDGE.has(word) || ['to', 'will', 'would', 'plans', 'if', 'not'].includes(word));
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
