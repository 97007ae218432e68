// What the follow-up stage learns from a verified report: its actors, positions, key terms and dates.
import { distinctActors } from '../shared/actors/actors.ts';
import type { FollowUpContext } from './follow-up/index.ts';
import type { Draft, Plan } from '../contracts/types.ts';
import type { VerifyResult } from '../contracts/types.ts';

export function followUpContext(plan: Plan, verified: VerifyResult, draft: Draft): FollowUpContext {
  const text = [...verified.summary, ...verified.sections.flatMap((section) => section.sentences)].map((sentence) => sentence.text).join(' ');
  const entityNames = new Set(plan.entities);
  const actors = distinctActors(text).map((actor) => actor.name).filter((name) => !entityNames.has(name));
  const dates = verified.sources.flatMap((source) => (source.publishedAt ? [source.publishedAt] : [])).sort();
  const keyTerms = draft.sections.flatMap((section) => section.heading.split(/:\s*/)[1]?.split(/,\s*|\s+and\s+/) ?? []).filter(Boolean);
  return {
    plan,
    actors,
    positions: (verified.positions ?? []).map((position) => ({ actor: position.actor, stance: position.stance })),
    keyTerms: [...new Set(keyTerms)],
    latestDate: dates.at(-1),
    earliestDate: dates[0],
  };
}
