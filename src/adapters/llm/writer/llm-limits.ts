// "What the sources do and do not say" for model-written reports: computed from the passages the draft
// cites (not written by the model), plus the model's "No source found states ..." lines when they look like that.
import type { Draft, Plan } from '../../../contracts/types.ts';
import type { SourceRecord } from '../untrusted-sources.ts';

const GAP = /^No source (found )?(states|says|mentions|reports|gives|covers|explains)\b[^<>]{5,220}$/i;

export function describeLlmLimits(input: { plan: Plan; draft: Pick<Draft, 'summary' | 'sections' | 'positions' | 'bottomLine'>; records: SourceRecord[]; notCovered: string[] }): string[] {
  const cited = new Set([...input.draft.summary, ...input.draft.sections.flatMap((section) => section.sentences), ...(input.draft.positions ?? []).flatMap((position) => position.reasons), ...input.draft.bottomLine].flatMap((sentence) => sentence.passageIds));
  const used = input.records.filter((record) => cited.has(record.passage.id));
  const documents = new Map(used.map((record) => [record.document.id, record.document]));
  const dates = [...documents.values()].flatMap((document) => (document.publishedAt ? [document.publishedAt.slice(0, 10)] : [])).sort();
  const outlets = new Set([...documents.values()].map((document) => document.outlet));
  const span = dates.length > 0 ? `, dated ${dates[0]} to ${dates.at(-1)}` : '';
  const limits = [`The report rests on ${plural(documents.size, 'source')}${span}, from ${plural(outlets.size, 'outlet')}.`];
  const text = used.map((record) => record.passage.text.toLowerCase()).join(' ');
  const missing = input.plan.entities.filter((entity) => !text.includes(entity.toLowerCase()));
  if (missing.length > 0) limits.push(`No source found mentions ${missing.join(', ')}.`);
  const gaps = input.notCovered.map((line) => line.trim().replace(/\s+/g, ' ')).filter((line) => GAP.test(line) && !/https?:|www\./i.test(line));
  limits.push(...gaps.slice(0, 3).map((line) => (/[.!?]$/.test(line) ? line : `${line}.`)));
  return limits;
}

/** A few plain sentences instead of sections built from loosely related material. */
export function insufficientLlmDraft(plan: Plan, passageCount: number, warnings: string[]): Draft {
  const limits = [
    passageCount === 0 ? 'No source found matches the question.' : `None of the ${plural(passageCount, 'passage')} found answers the question; the closest ones are only loosely related.`,
  ];
  if (plan.topic) limits.push(`No source found states anything about ${plan.topic}.`);
  return { summary: [], sections: [], bottomLine: [], limits, insufficientEvidence: true, warnings };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
