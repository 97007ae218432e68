// Stage 7, follow up: exactly five questions that go deeper or sideways, each opening a new report.
import type { Plan } from '../model/types.ts';
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
  return questions.length === FOLLOW_UP_COUNT ? questions : padded(options.context.plan, questions, options.finds);
}

/** The first five that a search would find something for (all checked at once; order kept). */
async function pickFinding(candidates: string[], finds: FollowUpOptions['finds'], count = FOLLOW_UP_COUNT): Promise<string[]> {
  if (!finds) return candidates.slice(0, count);
  const found = await Promise.all(candidates.map((question) => finds(question).catch(() => false)));
  return candidates.filter((_question, index) => found[index]).slice(0, count);
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
