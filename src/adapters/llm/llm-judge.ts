// The LLM judge of verification: asked only about sentences whose lexical support score is uncertain.
// Its quote is accepted by verify only if it is really in a cited passage; a failed call throws, and verify
// then keeps the lexical reading.
import { JUDGE_NAME, judgePrompt } from './prompts/judge-prompt.ts';
import { labelSources } from './source-labels.ts';
import { JudgeOutputSchema } from './stage-schemas.ts';
import { generateStructured, type ModelHandle } from './structured-call.ts';
import type { RunContext } from '../../contracts/ports.ts';
import type { Judgement, PassageRecord } from '../../contracts/types.ts';

export function createLlmJudge(handle: ModelHandle) {
  return async (sentence: string, passages: PassageRecord[], run: RunContext): Promise<Judgement> => {
    const labels = labelSources(passages);
    const output = await generateStructured(handle, { stage: 'verify', name: JUDGE_NAME, schema: JudgeOutputSchema, ...judgePrompt({ sentence, sources: labels.block }) }, run);
    const quote = output.quote.trim();
    return quote ? { verdict: output.verdict, quote } : { verdict: output.verdict };
  };
}
