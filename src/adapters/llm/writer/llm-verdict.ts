// The claim verdict in LLM mode: the model fills the claim's event frame with its reading of each slot in
// the sources, a label and a cited reason; the slot check (src/shared/claims/model-frame-check.ts) then
// looks for every value it gives in the source it cites, and recomputes the verdict from what stands.
import type { Draft, Plan } from '../../../contracts/types.ts';
import { checkModelFrame } from '../../../shared/claims/model-frame-check.ts';
import type { FrameSource } from '../../../shared/claims/model-frame.ts';
import { titleFor } from '../../../shared/language/claim-text.ts';
import { dayPhrase, isFullDay } from '../../../shared/text/day-phrase.ts';
import { VERDICT_NAME, verdictPrompt } from '../prompts/verdict-prompt.ts';
import { type LabelledSources, normalizeLabel } from '../source-labels.ts';
import { VerdictOutputSchema } from '../stage-schemas.ts';
import { type CallContext, generateStructured, type ModelHandle } from '../structured-call.ts';

export async function writeVerdict(handle: ModelHandle, plan: Plan, labels: LabelledSources, context: CallContext): Promise<{ verdict: Draft['verdict']; warnings: string[] }> {
  const claim = titleFor(plan).replace(/^Fact check:\s*/, '');
  const output = await generateStructured(handle, { stage: 'write', name: VERDICT_NAME, schema: VerdictOutputSchema, ...verdictPrompt({ claim, sources: labels.block }) }, context);
  const sources = new Map(labels.entries.map(({ label, record }): [string, FrameSource] => [label, {
    id: label,
    passageId: record.passage.id,
    text: record.passage.text,
    publishedAt: record.document.publishedAt,
    name: [record.document.outlet || record.document.title, isFullDay(record.document.publishedAt) ? dayPhrase(record.document.publishedAt) : ''].filter(Boolean).join(', '),
  }]));
  const checked = checkModelFrame({ claim, frame: output.frame, label: output.label, lookup: (id) => sources.get(normalizeLabel(id)) });
  const modelReason = labels.toDraft(output.reason);
  const reason = checked.reason ?? (modelReason ? [modelReason] : undefined);
  return { verdict: reason ? { label: checked.label, reason, claimReviewed: claim } : undefined, warnings: checked.warnings };
}
