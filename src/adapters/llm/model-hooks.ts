// Every model-backed hook of the pipeline, from one model handle.
import type { RunContext, Writer } from '../../contracts/ports.ts';
import type { FollowUpContext } from '../../pipeline/follow-up/index.ts';
import type { DraftSentence, Judgement, PassageRecord, Plan } from '../../contracts/types.ts';
import { createLlmJudge } from './llm-judge.ts';
import { createLlmRepair } from './llm-repair.ts';
import { createLlmWriter } from './writer/llm-writer.ts';
import { createLlmFollowUps } from './llm-follow-ups.ts';
import { createLlmPlanner } from './llm-planner.ts';
import type { ModelHandle } from './structured-call.ts';

/** The hooks a model adds to the engine (src/pipeline/run-report.ts `Engine` has the same fields). */
export interface ModelHooks {
  writer?: Writer;
  planner?: (question: string, fallback: Plan, context: RunContext) => Promise<Plan>;
  judge?: (sentence: string, passages: PassageRecord[], context: RunContext) => Promise<Judgement>;
  repair?: (sentence: DraftSentence, passages: PassageRecord[], context: RunContext) => Promise<DraftSentence | undefined>;
  generateFollowUps?: (context: FollowUpContext, run: RunContext) => Promise<string[]>;
}

export function createModelHooks(handle: ModelHandle): ModelHooks {
  return {
    writer: createLlmWriter({ handle }),
    planner: createLlmPlanner(handle),
    judge: createLlmJudge(handle),
    repair: createLlmRepair(handle),
    generateFollowUps: createLlmFollowUps(handle),
  };
}
