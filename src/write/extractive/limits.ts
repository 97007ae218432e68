// "What the sources do and do not say": how much evidence there is, and what no source found covers.
import { membersOf } from '../../actors/actors.ts';
import type { Plan } from '../../model/types.ts';
import { stem } from '../../text/tokens.ts';
import { type Candidate, STEERING } from './candidates.ts';
import { joinWords } from './sections.ts';

export interface LimitsInput {
  plan: Plan;
  used: Candidate[];
  outlets: string[];
  positionsActors: string[];
  /** The day the report is checked (YYYY-MM-DD). */
  today: string;
}

const STALE_AFTER_DAYS = 31;

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

export function describeLimits({ plan, used, outlets, positionsActors, today }: LimitsInput): string[] {
  const limits: string[] = [];
  const dates = used.flatMap((candidate) => (candidate.publishedAt ? [candidate.publishedAt.slice(0, 10)] : [])).sort();
  const documents = new Set(used.map((candidate) => candidate.documentId)).size;
  const span = dates.length > 0 ? `, dated ${dates[0]} to ${dates.at(-1)}` : '';
  limits.push(`The report rests on ${documents} source${documents === 1 ? '' : 's'}${span}, from ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}.`);
  const text = used.map((candidate) => candidate.text).join(' ').toLowerCase();
  const usedStems = new Set(used.flatMap((candidate) => [...candidate.stems]));
  const missingEntities = plan.entities.filter((entity) => !text.includes(entity.toLowerCase()));
  if (missingEntities.length > 0) limits.push(`No source found mentions ${joinWords(missingEntities)}.`);
  const missingTerms = plan.terms.filter(
    (term) => term.length > 3 && !/^\d+$/.test(term) && !STEERING.some((prefix) => stem(term).startsWith(prefix)) &&
      !usedStems.has(stem(term)) && !missingEntities.some((entity) => entity.toLowerCase().includes(term)),
  );
  if (missingTerms.length > 0) limits.push(`No source found uses the question's terms ${joinWords(missingTerms.map((term) => `"${term}"`))}, so those aspects are not covered.`);
  if (plan.asksPositions) {
    for (const entity of plan.entities) {
      const members = membersOf(entity);
      if (!members || !/\bmembers?\b|\bcountries\b|\ballies\b|\bstates\b/i.test(plan.question)) continue;
      const silent = members.filter((member) => !positionsActors.includes(member));
      if (silent.length > 0) {
        limits.push(`No source found states the position of ${silent.length} of the ${members.length} ${entity} members: ${joinWords(silent)}.`);
      }
    }
    if (/\breasons?\b|\bwhy\b/i.test(plan.question) && !used.some((candidate) => /\b(because|citing|cites|due to|over concerns?|would|so that|in order to|warn(s|ed)?)\b/i.test(candidate.text))) {
      limits.push('No source found gives the reasons behind these positions in the actors\' own words.');
    }
  }
  const newest = dates.at(-1);
  if (newest && !plan.timeFrame?.to && daysBetween(newest, today) > STALE_AFTER_DAYS) {
    limits.push(`No source found is newer than ${newest}; anything since then is not covered.`);
  }
  return limits;
}
