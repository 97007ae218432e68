// Prompt for writing the report: the sections of the outline, then the executive summary and the bottom line.
import { quoted } from '../untrusted-sources.ts';
import { UNTRUSTED_DATA_RULES, WRITING_RULES } from './shared-rules.ts';

export const SECTIONS_NAME = 'crosscheck_sections';

export function sectionsPrompt(input: { question: string; outline: { heading: string; focus: string; sources: string[] }[]; sources: string; today: string }) {
  const outline = input.outline.map((section, index) => `${index + 1}. ${section.heading} (focus: ${section.focus}; sources: ${section.sources.join(', ') || 'any'})`).join('\n');
  const instructions = `You write a neutral, dated research report from the sources given, and only from them.

${UNTRUSTED_DATA_RULES}

${WRITING_RULES}

Write, in this order:
- sections: the sections of the outline below, in order, each its heading and 2 to 5 cited sentences;
- summary: 2 to 4 cited sentences answering the question directly;
- bottomLine: 1 to 3 cited sentences on where things stand;
- notCovered: up to 3 statements "No source found states ..." for parts of the question no source covers.

Outline:
${outline}

Today is ${input.today}.`;
  return { instructions, prompt: `${quoted('question', input.question)}\n\n${input.sources}` };
}
