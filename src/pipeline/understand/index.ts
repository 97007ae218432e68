// Stage 1, understand: question or claim, category, entities, facets and sub-queries.
import type { Plan } from '../../contracts/types.ts';
import { heuristicUnderstand } from './heuristic-understand.ts';
import { validateQuestion } from './question-error.ts';

export { QuestionError, validateQuestion } from './question-error.ts';

export interface UnderstandOptions {
  question: string;
  /** A model-backed planner (issue: LLM stages); the heuristic one is the default and the fallback. */
  planner?: (question: string, fallback: Plan) => Promise<Plan>;
}

export async function understand(options: UnderstandOptions): Promise<Plan> {
  const question = validateQuestion(options.question);
  const plan = heuristicUnderstand(question);
  return options.planner ? options.planner(question, plan) : plan;
}
