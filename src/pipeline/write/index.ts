// Stage 5, write: the configured writer drafts the report; if it fails, the extractive writer takes over
// and the report carries a warning instead of failing.
import type { Writer, WriterInput } from '../../contracts/ports.ts';
import { checkModelVerdict } from '../../shared/claims/check-model-verdict.ts';
import type { Draft } from '../../contracts/types.ts';
import { createExtractiveWriter } from './extractive/extractive-writer.ts';

export { createExtractiveWriter } from './extractive/extractive-writer.ts';

export interface WriteOptions extends WriterInput {
  writer: Writer;
  fallback?: Writer;
}

export async function write(options: WriteOptions): Promise<Draft & { writer: string }> {
  const { writer, fallback = createExtractiveWriter(), ...input } = options;
  try {
    const draft = await writer.write(input);
    // A model's claim verdict is checked against the evidence by the slot comparator.
    if (writer.id === fallback.id) return { ...draft, writer: writer.id };
    const checked = checkModelVerdict(input.plan, input.passages, draft.verdict);
    return { ...draft, verdict: checked.verdict, warnings: [...draft.warnings, ...checked.warnings], writer: writer.id };
  } catch (error) {
    if (writer.id === fallback.id) throw error;
    const draft = await fallback.write(input);
    return {
      ...draft,
      writer: fallback.id,
      warnings: [...draft.warnings, `The ${writer.id} writer failed (${(error as Error).message}); this report was written extractively from quoted sources.`],
    };
  }
}
