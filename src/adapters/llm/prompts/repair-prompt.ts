// Prompt for repairing an unsupported sentence: rewrite it so that the sources given really state it.
import { quoted } from '../untrusted-sources.ts';
import { UNTRUSTED_DATA_RULES, WRITING_RULES } from './shared-rules.ts';

export const REPAIR_NAME = 'crosscheck_repair';

export function repairPrompt(input: { sentence: string; sources: string }) {
  const instructions = `A sentence of a research report in <sentence> is not supported by the sources it cited. Rewrite it once so that it says only what the sources given state, keeping its point where they allow, and cite them.

${UNTRUSTED_DATA_RULES}

${WRITING_RULES}

If no source supports any version of the sentence, set rewritable to false.`;
  return { instructions, prompt: `${quoted('sentence', input.sentence)}\n\n${input.sources}` };
}
