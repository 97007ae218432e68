// Stage 8, publish: assemble the report of SPEC §1 from the verified draft, validate it, store it.
import type { Store } from '../../contracts/ports.ts';
import { parseReport, type Report } from '../../contracts/schema.ts';
import type { Plan } from '../../contracts/types.ts';
import { slugify } from '../../shared/text/hash.ts';
import type { VerifyResult } from '../../contracts/types.ts';
import { titleFor } from '../../shared/language/claim-text.ts';

export interface AssembleInput {
  id: string;
  plan: Plan;
  checkedAt: string;
  verified: VerifyResult;
  limits: string[];
  followUps: string[];
  insufficientEvidence: boolean;
  warnings: string[];
  stats: Pick<Report['stats'], 'passagesConsidered' | 'sourcesRead' | 'durationMs' | 'writer' | 'usage'>;
  parentId?: string;
}

export { titleFor };

export function assembleReport(input: AssembleInput): Report {
  const { plan, verified } = input;
  const report: Report = {
    id: input.id,
    slug: `${slugify(plan.question, 70)}-${input.id.replace(/^rep_/, '').slice(0, 6)}`,
    question: plan.question,
    title: titleFor(plan),
    kind: plan.kind,
    category: plan.category,
    checkedAt: input.checkedAt,
    summary: verified.summary,
    sections: verified.sections,
    positions: verified.positions && verified.positions.length > 0 ? verified.positions : undefined,
    limits: input.limits.map((text) => ({ text, cites: [] })),
    bottomLine: verified.bottomLine,
    verdict: verified.verdict,
    followUps: input.followUps,
    sources: verified.sources,
    parentId: input.parentId,
    insufficientEvidence: input.insufficientEvidence,
    stats: { ...input.stats, ...verified.stats },
    warnings: input.warnings,
  };
  // Through JSON so the report in memory is exactly the one stored and printed (no undefined keys).
  return parseReport(JSON.parse(JSON.stringify(report)));
}

export async function publish(report: Report, store: Store): Promise<Report> {
  await store.saveReport(report);
  return report;
}
