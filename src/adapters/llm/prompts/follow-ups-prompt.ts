// Prompt for the five follow-up questions that open new reports.
import { quoted } from '../untrusted-sources.ts';
import { UNTRUSTED_DATA_RULES } from './shared-rules.ts';

export const FOLLOW_UPS_NAME = 'crosscheck_follow_ups';

export function followUpsPrompt(input: { question: string; topic: string; actors: string[]; positions: string[]; gaps: string[] }) {
  const instructions = `You suggest 5 follow-up questions for readers of a research report, to go deeper or sideways.

${UNTRUSTED_DATA_RULES}

Each question: one sentence ending with "?", specific (names an actor, a reason, a period or an alternative), answerable from news and official sources, distinct from the others and from the original question. No yes/no trivia, no opinions.`;
  const context = [
    `Topic: ${input.topic}`,
    input.actors.length > 0 ? `Actors in the report: ${input.actors.join(', ')}` : '',
    input.positions.length > 0 ? `Positions: ${input.positions.join('; ')}` : '',
    input.gaps.length > 0 ? `Themes: ${input.gaps.join(', ')}` : '',
  ].filter(Boolean).join('\n');
  return { instructions, prompt: `${quoted('question', input.question)}\n<report>${context.replace(/</g, '&lt;')}</report>` };
}
