// Stage 7, follow up: exactly five questions that go deeper or sideways, each opening a new report.
import type { Plan } from '../../contracts/types.ts';
import { distinctQuestions, FOLLOW_UP_COUNT, type FollowUpContext, heuristicFollowUps } from './heuristic-follow-ups.ts';
import { isSoundFollowUp } from './sound.ts';

export type { FollowUpContext } from './heuristic-follow-ups.ts';

export interface FollowUpOptions {
  context: FollowUpContext;
  /** Whether asking a follow-up would find something (a search of the store): those that would not are dropped. */
  finds?: (question: string) => Promise<boolean>;
  /** A model-backed generator; its questions are used first, the heuristic ones fill any gap. */
  generate?: (context: FollowUpContext) => Promise<string[]>;
}

export async function followUp(options: FollowUpOptions): Promise<string[]> {
  const heuristic = heuristicFollowUps(options.context);
  let generated: string[] = [];
  if (options.generate) {
    try {
      generated = await options.generate(options.context);
    } catch {
      generated = [];
    }
  }
  const candidates = distinctQuestions(options.context.plan.question, [...generated, ...heuristic].filter(isSoundFollowUp), Number.POSITIVE_INFINITY);
  const questions = await pickFinding(candidates, options.finds);
  if (questions.length === FOLLOW_UP_COUNT) return questions;
  // Before anything generic: one question per name the report is about, each checked the same way.
  const perName = distinctQuestions(options.context.plan.question, namedThreads(options.context).filter(isSoundFollowUp), Number.POSITIVE_INFINITY).filter((question) => !questions.includes(question));
  const more = await pickFinding(perName, options.finds, FOLLOW_UP_COUNT - questions.length);
  const gathered = distinctQuestions(options.context.plan.question, [...questions, ...more], Number.POSITIVE_INFINITY);
  return gathered.length >= FOLLOW_UP_COUNT ? gathered.slice(0, FOLLOW_UP_COUNT) : padded(options.context.plan, gathered, options.finds);
}

/** Threads about each name on its own ("What happened to Pope Leo XIV after May 2025?"), not the whole topic. */
function namedThreads(context: FollowUpContext): string[] {
  const names = [...new Set([...context.plan.entities, ...context.actors])].slice(0, 4);
  const since = context.latestDate?.slice(0, 4);
  return names.flatMap((name) => [
    since ? `What happened to ${name} after ${since}?` : `What happened to ${name} next?`,
    `How did other countries and organisations react to ${name}?`,
    `What earlier events involving ${name} led up to this?`,
  ]);
}

/**
 * The first five that a search would find something for, order kept. Checked a batch at a time, as many at once as
 * are still missing: none past the last one kept is searched (each check reads the question and searches the store).
 */
export async function pickFinding(candidates: string[], finds: FollowUpOptions['finds'], count = FOLLOW_UP_COUNT): Promise<string[]> {
  if (!finds) return candidates.slice(0, count);
  const picked: string[] = [];
  let next = 0;
  while (picked.length < count && next < candidates.length) {
    const batch = candidates.slice(next, next + count - picked.length);
    next += batch.length;
    const found = await Promise.all(batch.map((question) => finds(question).catch(() => false)));
    picked.push(...batch.filter((_question, index) => found[index]));
  }
  return picked;
}

/** Never fewer than five: generic but answerable questions about the topic close any gap. */
async function padded(plan: Plan, questions: string[], finds: FollowUpOptions['finds']): Promise<string[]> {
  const topic = plan.topic || plan.question;
  const generic = [
    `What is the background to ${topic}?`,
    `Who are the main actors involved in ${topic}?`,
    `What are the latest developments on ${topic}?`,
    `What do critics say about ${topic}?`,
    `What happens next on ${topic}?`,
    `Which sources have reported on ${topic}?`,
    `How has coverage of ${topic} changed over time?`,
  ];
  const checked = await pickFinding(distinctQuestions(plan.question, generic.filter(isSoundFollowUp), Number.POSITIVE_INFINITY).filter((question) => !questions.includes(question)), finds, FOLLOW_UP_COUNT - questions.length);
  // Five are always given: when too few find anything, generic questions about the topic close the gap.
  return distinctQuestions(plan.question, [...questions, ...checked, ...generic]).concat(generic).slice(0, FOLLOW_UP_COUNT);
}
