// Prompt for the positions table: who supports, opposes or hesitates, and the reasons they state.
import { quoted } from '../untrusted-sources.ts';
import { UNTRUSTED_DATA_RULES, WRITING_RULES } from './shared-rules.ts';

export const POSITIONS_NAME = 'crosscheck_positions';

export function positionsPrompt(input: { question: string; topic: string; sources: string }) {
  const instructions = `You list the positions that the sources attribute to actors (countries, organisations, people) on: ${input.topic}.

${UNTRUSTED_DATA_RULES}

${WRITING_RULES}

For each actor the sources give a position for: its name, its stance ("supports", "opposes", "cautious", "mixed" or "unclear"), and 1 to 3 cited sentences with its stated reasons. Only actors whose position a cited source states; none when no source states one.`;
  return { instructions, prompt: `${quoted('question', input.question)}\n\n${input.sources}` };
}
