// Prompt for the outline: does the evidence answer the question, and which themed sections should the report have.
import { quoted } from '../untrusted-sources.ts';
import { UNTRUSTED_DATA_RULES } from './shared-rules.ts';

export const OUTLINE_NAME = 'crosscheck_outline';

export function outlinePrompt(input: { question: string; kind: 'question' | 'claim'; topic: string; sources: string; today: string }) {
  const instructions = `You outline a neutral, dated research report that answers a ${input.kind === 'claim' ? 'claim to fact-check' : 'question'} from the sources given, and only from them.

${UNTRUSTED_DATA_RULES}

First decide whether the sources answer the request. Set answerable to false when they do not (they are only loosely related, or miss what is asked); then say in "missing" what is missing and return no sections. Never pad a report with unrelated material.
Otherwise plan 4 to 10 sections, each with one theme (an actor, a camp, a reason, a timeline step, an alternative), a heading sentence, its focus, and the ids of the sources it rests on. Fewer sections are fine when the sources are few.
The report is about: ${input.topic}. Today is ${input.today}.`;
  return { instructions, prompt: `${quoted('question', input.question)}\n\n${input.sources}` };
}
