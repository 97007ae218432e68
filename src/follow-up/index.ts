// Stage 7, follow up: exactly five questions that go deeper or sideways, each opening a new report.
import type { Plan } from '../model/types.ts';
import { distinctQuestions, FOLLOW_UP_COUNT, type FollowUpContext, heuristicFollowUps } from './heuristic-follow-ups.ts';

export type { FollowUpContext } from './heuristic-follow-ups.ts';

export interface FollowUpOptions {
  context: FollowUpContext;
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
  const questions = distinctQuestions(options.context.plan.question, [...generated, ...heuristic]);
  return questions.length === FOLLOW_UP_COUNT ? questions : padded(options.context.plan, questions);
}

/** Never fewer than five: generic but answerable questions about the topic close any gap. */
function padded(plan: Plan, questions: string[]): string[] {
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
  return distinctQuestions(plan.question, [...questions, ...generic]).concat(generic).slice(0, FOLLOW_UP_COUNT);
}
