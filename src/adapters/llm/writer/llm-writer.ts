// The model writer: outline (does the evidence answer the question?), then the sections, streamed and passed
// on as each is written, the summary and bottom line; positions and the claim verdict when asked. Every
// sentence cites passage ids through short source labels; verification checks them all afterwards. The
// claim verdict (llm-verdict.ts) comes with the model's slot-by-slot frame, checked against the sources.
// Any call that fails after its retries fails the whole draft, so the extractive writer takes over.
import type { Writer, WriterInput } from '../../../contracts/ports.ts';
import type { Draft, Plan } from '../../../contracts/types.ts';
import { OUTLINE_NAME, outlinePrompt } from '../prompts/outline-prompt.ts';
import { POSITIONS_NAME, positionsPrompt } from '../prompts/positions-prompt.ts';
import { SECTIONS_NAME, sectionsPrompt } from '../prompts/sections-prompt.ts';
import { type LabelledSources, labelSources } from '../source-labels.ts';
import { OutlineOutputSchema, PositionsOutputSchema, SectionsOutputSchema } from '../stage-schemas.ts';
import { type CallContext, generateStructured, type ModelHandle, streamStructured } from '../structured-call.ts';
import type { SourceRecord } from '../untrusted-sources.ts';
import { isInstructionToMachine as looksLikeInjection } from '../../../shared/text/untrusted-text.ts';
import { describeLlmLimits, insufficientLlmDraft } from './llm-limits.ts';
import { writeVerdict } from './llm-verdict.ts';
import { createSectionEmitter, toDraftSection } from './section-stream.ts';

const MAX_SECTIONS = 10;
/** Sources always offered to the sections call besides those the outline chose, so no section starves. */
const EXTRA_SOURCES = 4;

export function createLlmWriter(options: { handle: ModelHandle }): Writer {
  const { handle } = options;
  return {
    id: handle.id,
    async write(input) {
      const context: CallContext = { signal: input.signal, meter: input.meter };
      const warnings: string[] = [];
      const records: SourceRecord[] = input.passages.map(({ passage, document }) => ({ passage, document }));
      const usable = records.filter((record) => !looksLikeInjection(record.passage.text));
      const setAside = records.length - usable.length;
      if (setAside > 0) warnings.push(`${setAside} passage${setAside === 1 ? ' was' : 's were'} set aside: ${setAside === 1 ? 'it contains' : 'they contain'} text addressed to an AI model (a possible prompt injection), so ${setAside === 1 ? 'it is' : 'they are'} not used as evidence.`);
      if (usable.length === 0) return insufficientLlmDraft(input.plan, records.length, warnings);
      const today = input.now.toISOString().slice(0, 10);
      const labels = labelSources(usable, handle.maxSourceChars);
      const outline = await generateStructured(handle, { stage: 'write', name: OUTLINE_NAME, schema: OutlineOutputSchema, ...outlinePrompt({ question: input.plan.question, kind: input.plan.kind, topic: input.plan.topic, sources: labels.block, today }) }, context);
      const planned = outline.sections.filter((section) => section.heading.trim()).slice(0, MAX_SECTIONS);
      if (!outline.answerable || planned.length === 0) return insufficientLlmDraft(input.plan, usable.length, warnings);
      const chosen = [...planned.flatMap((section) => section.sources), ...labels.entries.slice(0, EXTRA_SOURCES).map((entry) => entry.label)];
      const body = await writeBody(handle, input, labels, { planned, chosen, today }, context);
      const positions = input.plan.asksPositions ? await writePositions(handle, input.plan, labels, context) : undefined;
      const checked = input.plan.kind === 'claim' ? await writeVerdict(handle, input.plan, labels, context) : undefined;
      if (checked) warnings.push(...checked.warnings);
      const draft = { ...body.draft, positions: positions && positions.length > 0 ? positions : undefined, verdict: checked?.verdict };
      return { ...draft, limits: describeLlmLimits({ plan: input.plan, draft, records: usable, notCovered: body.notCovered }), insufficientEvidence: false, warnings };
    },
  };
}

async function writeBody(handle: ModelHandle, input: WriterInput, labels: LabelledSources, outline: { planned: { heading: string; focus: string; sources: string[] }[]; chosen: string[]; today: string }, context: CallContext) {
  const emitter = createSectionEmitter(labels, input.onSection);
  const request = { stage: 'write', name: SECTIONS_NAME, schema: SectionsOutputSchema, ...sectionsPrompt({ question: input.plan.question, outline: outline.planned, sources: labels.blockOf(outline.chosen), today: outline.today }) };
  const written = await streamStructured(handle, request, (partial) => emitter.partial(partial), context);
  emitter.finish(written.sections);
  const toDrafts = (sentences: typeof written.summary, max: number) => sentences.flatMap((sentence) => labels.toDraft(sentence) ?? []).slice(0, max);
  const draft: Pick<Draft, 'summary' | 'sections' | 'bottomLine'> = {
    sections: written.sections.flatMap((section) => toDraftSection(section, labels) ?? []).slice(0, MAX_SECTIONS),
    summary: toDrafts(written.summary, 4),
    bottomLine: toDrafts(written.bottomLine, 3),
  };
  return { draft, notCovered: written.notCovered };
}

async function writePositions(handle: ModelHandle, plan: Plan, labels: LabelledSources, context: CallContext): Promise<NonNullable<Draft['positions']>> {
  const output = await generateStructured(handle, { stage: 'write', name: POSITIONS_NAME, schema: PositionsOutputSchema, ...positionsPrompt({ question: plan.question, topic: plan.topic, sources: labels.block }) }, context);
  return output.positions
    .map((position) => ({ actor: position.actor.trim(), stance: position.stance, reasons: position.reasons.flatMap((reason) => labels.toDraft(reason) ?? []).slice(0, 3) }))
    .filter((position) => position.actor && position.reasons.length > 0)
    .slice(0, 20);
}
