// What a web search engine is asked: the question (or claim) as written, then its topic, then the plan's
// keyword query. The local corpus gets every lexical facet; the web gets a few natural queries, within budget.
import type { Plan } from '../../contracts/types.ts';

export const DEFAULT_MAX_QUERIES = 3;
/** Search APIs cap queries (Brave: 400 characters, 50 words); ours never need more. */
const MAX_QUERY_CHARS = 300;

export interface WebQuery {
  query: string;
  required?: string[][];
}

export function webQueries(plan: Plan, max = DEFAULT_MAX_QUERIES): WebQuery[] {
  const required = plan.facets.find((facet) => facet.required?.length)?.required;
  const asked = plan.question.replace(/\s+/g, ' ').trim().replace(/[?!.]+$/, '');
  const candidates =
    plan.kind === 'claim'
      ? [asked, `${asked} fact check`, plan.subQueries[0] ?? '']
      : [asked, plan.topic, plan.subQueries[0] ?? '', plan.entities.join(' ')];
  const seen = new Set<string>();
  const queries: WebQuery[] = [];
  for (const candidate of candidates) {
    const query = candidate.length > MAX_QUERY_CHARS ? candidate.slice(0, MAX_QUERY_CHARS).replace(/\s+\S*$/, '') : candidate.trim();
    const key = query.toLowerCase();
    if (!query || seen.has(key)) continue;
    seen.add(key);
    queries.push({ query, required });
    if (queries.length >= max) break;
  }
  return queries;
}
