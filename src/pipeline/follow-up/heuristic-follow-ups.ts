// Five follow-up questions built from the report's own actors, positions, coverage gaps and timeline,
// so each points at something the sources touched and the report did not settle.
import { membersOf } from '../../shared/actors/actors.ts';
import type { Plan } from '../../contracts/types.ts';
import { questionKey } from '../../shared/text/question-key.ts';
import { jaccard } from '../../shared/text/similarity.ts';
import { stems } from '../../shared/text/tokens.ts';
import { usDate } from '../../shared/text/us-date.ts';

export interface FollowUpContext {
  plan: Plan;
  actors: string[];
  positions: { actor: string; stance: string }[];
  keyTerms: string[];
  latestDate?: string;
  earliestDate?: string;
}

export const FOLLOW_UP_COUNT = 5;

export function heuristicFollowUps(context: FollowUpContext): string[] {
  const { plan, actors, positions } = context;
  const topic = plan.topic || plan.entities.join(' and ') || plan.terms.slice(0, 3).join(' ');
  const opposed = positions.find((position) => position.stance === 'opposes');
  const supportive = positions.find((position) => position.stance === 'supports');
  const cautious = positions.find((position) => position.stance === 'cautious' || position.stance === 'mixed');
  const sinceYear = context.latestDate ? monthYear(context.latestDate) : undefined;
  const fromYear = context.earliestDate?.slice(0, 4);
  const about = (actor: string) => topicWithout(topic, actor);
  const subject = plan.entities[0];
  const candidates = [
    // The report's open threads first: a later event, the consequences, an actor's reasons.
    subject && sinceYear && !plan.asksPositions && `What happened to ${named(subject)} after ${sinceYear}?`,
    subject && !plan.asksPositions && `What were the consequences for ${named(subject)}?`,
    opposed && `What reasons has ${named(opposed.actor)} given for opposing ${about(opposed.actor)}, and have they changed over time?`,
    supportive && `What has ${named(supportive.actor)} done to advance ${about(supportive.actor)}, and what commitments has it made?`,
    cautious && `Why has ${named(cautious.actor)} sounded hesitant or conditional about ${about(cautious.actor)}?`,
    ...silentMembers(plan).map((members) => `What are the positions of ${members} on ${topic}?`),
    sinceYear && `What has changed on ${topic} since ${sinceYear}?`,
    fromYear && context.latestDate && fromYear !== context.latestDate.slice(0, 4) && `How did the debate over ${topic} develop between ${fromYear} and ${context.latestDate?.slice(0, 4)}?`,
    ...actors.slice(0, 4).map((actor) => `What is ${named(actor)}'s current position on ${about(actor)}?`),
    // Only multi-word phrases ("legally binding guarantee") name a theme; single words are often verbs.
    ...context.keyTerms.filter((term) => term.includes(' ')).slice(0, 3).map((term) => `What role does the ${term} play in ${topic}?`),
    plan.asksPositions ? `What alternatives to ${topic} have been proposed, and who backs them?` : `What are the main points of disagreement about ${topic}?`,
    `Which official documents or statements set out the positions on ${topic}?`,
    `What do independent analysts expect to happen next on ${topic}?`,
  ];
  return distinctQuestions(plan.question, candidates.filter((candidate): candidate is string => Boolean(candidate)));
}

function monthYear(date: string): string {
  const time = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isNaN(time) ? date.slice(0, 4) : usDate(time, 'month-year');
}

/** "United States" → "the United States"; names that take no article are left alone. */
export function named(actor: string): string {
  return /^(United|European|Czech|Netherlands|Philippines|Kremlin|White House|Pentagon|Arab League|African Union|World)\b/.test(actor) ? `the ${actor}` : actor;
}

/** "Ukraine joining NATO" about Ukraine itself reads better as "joining NATO". */
function topicWithout(topic: string, actor: string): string {
  const rest = topic.replace(new RegExp(`^${actor}(?:['’]s)?\\s+`), '').trim();
  return rest && rest !== topic ? rest : topic;
}

function silentMembers(plan: Plan): string[] {
  return plan.entities.flatMap((entity) => {
    const members = membersOf(entity);
    return members && plan.asksPositions ? [`${members[0]}, ${members[1]} and other ${entity} members`] : [];
  });
}

/** Keeps questions that differ from the asked one and from each other (by normalised words and overlap). */
export function distinctQuestions(question: string, candidates: string[], count = FOLLOW_UP_COUNT): string[] {
  const chosen: string[] = [];
  const taken = [{ key: questionKey(question), words: new Set(stems(question)) }];
  for (const candidate of candidates) {
    const words = new Set(stems(candidate));
    const key = questionKey(candidate);
    if (taken.some((other) => other.key === key || jaccard(other.words, words) >= 0.7)) continue;
    chosen.push(candidate);
    taken.push({ key, words });
    if (chosen.length === count) break;
  }
  return chosen;
}
