// Every model-backed hook of the pipeline, from one model handle.
import type { Engine } from '../pipeline/run-report.ts';
import { createLlmJudge } from '../verify/llm-judge.ts';
import { createLlmRepair } from '../verify/llm-repair.ts';
import { createLlmWriter } from '../write/llm/llm-writer.ts';
import { createLlmFollowUps } from './llm-follow-ups.ts';
import { createLlmPlanner } from './llm-planner.ts';
import type { ModelHandle } from './structured-call.ts';

export type ModelHooks = Pick<Engine, 'writer' | 'planner' | 'judge' | 'repair' | 'generateFollowUps'>;

export function createModelHooks(handle: ModelHandle): ModelHooks {
  return {
    writer: createLlmWriter({ handle }),
    planner: createLlmPlanner(handle),
    judge: createLlmJudge(handle),
    repair: createLlmRepair(handle),
    generateFollowUps: createLlmFollowUps(handle),
  };
}
