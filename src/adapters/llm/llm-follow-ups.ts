// The model-backed follow-up generator: five questions, cleaned and filtered; the follow-up stage removes
// near-duplicates and fills any gap with its heuristic questions (and uses those alone if this call fails).
import type { RunContext } from '../../contracts/ports.ts';
import type { FollowUpContext } from '../../pipeline/follow-up/index.ts';
import { isInstructionToMachine as looksLikeInjection } from '../../shared/text/untrusted-text.ts';
import { FOLLOW_UPS_NAME, followUpsPrompt } from './prompts/follow-ups-prompt.ts';
import { FollowUpsOutputSchema } from './stage-schemas.ts';
import { generateStructured, type ModelHandle } from './structured-call.ts';

export function createLlmFollowUps(handle: ModelHandle) {
  return async (context: FollowUpContext, run: RunContext): Promise<string[]> => {
    const prompt = followUpsPrompt({
      question: context.plan.question,
      topic: context.plan.topic,
      actors: context.actors.slice(0, 8),
      positions: context.positions.map((position) => `${position.actor}: ${position.stance}`),
      gaps: context.keyTerms.slice(0, 6),
    });
    const output = await generateStructured(handle, { stage: 'followUp', name: FOLLOW_UPS_NAME, schema: FollowUpsOutputSchema, ...prompt }, run);
    return output.questions.map((question) => question.trim().replace(/\s+/g, ' ')).filter(isGoodQuestion).slice(0, 5);
  };
}

export function isGoodQuestion(question: string): boolean {
  return question.length >= 12 && question.length <= 200 && question.endsWith('?') && !/[<>]|https?:|www\./i.test(question) && !looksLikeInjection(question);
}
