// Repair of an unsupported sentence: the model rewrites it once from the passages that bear on it; the
// rewrite is checked again like any sentence. A failed call or "not rewritable" means the sentence is dropped.
import { REPAIR_NAME, repairPrompt } from './prompts/repair-prompt.ts';
import { labelSources } from './source-labels.ts';
import { RepairOutputSchema } from './stage-schemas.ts';
import { generateStructured, type ModelHandle } from './structured-call.ts';
import type { RunContext } from '../../contracts/ports.ts';
import type { DraftSentence } from '../../contracts/types.ts';
import type { PassageRecord } from '../../contracts/types.ts';

export function createLlmRepair(handle: ModelHandle) {
  return async (sentence: DraftSentence, passages: PassageRecord[], run: RunContext): Promise<DraftSentence | undefined> => {
    if (passages.length === 0) return undefined;
    const labels = labelSources(passages);
    try {
      const output = await generateStructured(handle, { stage: 'verify', name: REPAIR_NAME, schema: RepairOutputSchema, ...repairPrompt({ sentence: sentence.text, sources: labels.block }) }, run);
      return output.rewritable ? labels.toDraft(output.sentence) : undefined;
    } catch {
      return undefined;
    }
  };
}
