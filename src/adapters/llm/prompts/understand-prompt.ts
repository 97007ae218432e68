// Prompt for the understand stage: what kind of request this is, its category, names, facets and sub-queries.
import { quoted } from '../untrusted-sources.ts';
import { UNTRUSTED_DATA_RULES } from './shared-rules.ts';

export const UNDERSTAND_NAME = 'crosscheck_understand';

export function understandPrompt(input: { question: string; categories: string[] }) {
  const instructions = `You plan research for a neutral news fact-checking engine.

${UNTRUSTED_DATA_RULES}

Given the user's request in <question>, return:
- kind: "claim" when it is a statement to fact-check, "question" otherwise;
- category: one of ${input.categories.map((category) => `"${category}"`).join(', ')};
- entities: the people, countries, organisations and places it names, as written;
- topic: what it is about, as a short noun phrase (e.g. "Ukraine joining NATO");
- asksPositions: true when it asks who supports, opposes or says what;
- facets: 2 to 5 aspects worth searching separately, each with a short name and a keyword query;
- subQueries: 3 to 8 distinct web search queries that together cover the request.`;
  return { instructions, prompt: quoted('question', input.question) };
}
