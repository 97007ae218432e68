// Prompt for the verdict of claim mode: one label of the documented scale and a one-sentence cited reason.
import { describeScale } from '../../../shared/claims/verdict-scale.ts';
import { quoted } from '../untrusted-sources.ts';
import { UNTRUSTED_DATA_RULES, WRITING_RULES } from './shared-rules.ts';

export const VERDICT_NAME = 'crosscheck_verdict';

export function verdictPrompt(input: { claim: string; sources: string }) {
  const instructions = `You give the verdict of a fact check on the claim in <question>, from the sources given and only from them.

${UNTRUSTED_DATA_RULES}

${WRITING_RULES}

Choose exactly one label:
${describeScale()}
Then give the reason: one cited sentence that states what the sources say about the claim.`;
  return { instructions, prompt: `${quoted('question', input.claim)}\n\n${input.sources}` };
}
