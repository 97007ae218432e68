// Language-model configuration: the writer and the model-backed hooks of the pipeline.
// Until the model work lands, no model is used and the extractive writer writes every report.
import type { Engine } from '../pipeline/run-report.ts';

export interface ModelSetup {
  hooks: Pick<Engine, 'writer' | 'planner' | 'judge' | 'repair' | 'generateFollowUps'>;
  warnings: string[];
  describe: string[];
}

export async function modelFromEnv(_options: { env: Record<string, string | undefined>; fetch?: typeof fetch }): Promise<ModelSetup> {
  return { hooks: {}, warnings: [], describe: ['model: none configured (extractive writer)'] };
}
