// The model-backed planner of the understand stage. Its plan is merged into the heuristic one, which keeps
// the facets local search relies on (names that must match); a failed call leaves the heuristic plan.
import type { RunContext } from '../../contracts/ports.ts';
import type { Facet, Plan } from '../../contracts/types.ts';
import { CATEGORY_KEYWORDS } from '../../shared/language/lexicon.ts';
import { UNDERSTAND_NAME, understandPrompt } from './prompts/understand-prompt.ts';
import { type PlanOutput, PlanOutputSchema } from './stage-schemas.ts';
import { generateStructured, type ModelHandle } from './structured-call.ts';

export const CATEGORIES = [...Object.keys(CATEGORY_KEYWORDS), 'world'];

export function createLlmPlanner(handle: ModelHandle) {
  return async (question: string, fallback: Plan, run: RunContext): Promise<Plan> => {
    try {
      const output = await generateStructured(handle, { stage: 'understand', name: UNDERSTAND_NAME, schema: PlanOutputSchema, ...understandPrompt({ question, categories: CATEGORIES }) }, run);
      return mergePlan(fallback, output);
    } catch (error) {
      run.warnings.push(`The model could not plan the research (${(error as Error).message}); the built-in planner was used.`);
      return fallback;
    }
  };
}

export function mergePlan(fallback: Plan, output: PlanOutput): Plan {
  const clean = (values: string[], max: number, maxLength: number) =>
    [...new Map(values.map((value) => value.trim().replace(/\s+/g, ' ')).filter((value) => value.length >= 2 && value.length <= maxLength && !/[<>]/.test(value)).map((value) => [value.toLowerCase(), value])).values()].slice(0, max);
  const entities = clean([...fallback.entities, ...output.entities], 8, 80);
  const required = fallback.facets.find((facet) => facet.name === 'question')?.required;
  const known = new Set(fallback.facets.map((facet) => facet.query.toLowerCase()));
  const modelFacets: Facet[] = output.facets
    .filter((facet) => facet.query.trim() && !known.has(facet.query.trim().toLowerCase()))
    .slice(0, 5)
    .map((facet, index) => ({ name: `model:${facet.name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40) || index}`, query: facet.query.trim().slice(0, 200), ...(required ? { required } : {}) }));
  const subQueries = clean(output.subQueries, 8, 200);
  const topic = output.topic.trim().replace(/\s+/g, ' ');
  const kind = output.kind;
  return {
    ...fallback,
    kind,
    category: CATEGORIES.includes(output.category) ? output.category : fallback.category,
    entities,
    topic: topic && topic.length <= 120 && !/[<>]/.test(topic) ? topic : fallback.topic,
    asksPositions: kind === 'question' && (output.asksPositions || fallback.asksPositions),
    facets: [...fallback.facets, ...modelFacets],
    subQueries: subQueries.length >= 3 ? subQueries : fallback.subQueries,
  };
}
