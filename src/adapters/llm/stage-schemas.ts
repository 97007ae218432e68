// The structured output of every model stage, as zod schemas. Every field is required and bounds are
// checked in code, not in the schema, so the same schema works in OpenAI's strict json_schema mode.
import { z } from 'zod';
import { STANCES, VERDICT_LABELS } from '../../contracts/schema.ts';

/** A sentence the model writes, citing source ids (`p3`) from the prompt's <sources>. */
export const CitedSentenceSchema = z.object({
  text: z.string().describe('One sentence stating only what the cited sources say, attributed ("X says ...").'),
  cites: z.array(z.string()).describe('Ids of the <source> elements that state this sentence, e.g. ["p3"].'),
});

export const PlanOutputSchema = z.object({
  kind: z.enum(['question', 'claim']),
  category: z.string(),
  entities: z.array(z.string()),
  topic: z.string(),
  asksPositions: z.boolean(),
  facets: z.array(z.object({ name: z.string(), query: z.string() })),
  subQueries: z.array(z.string()),
});

export const OutlineOutputSchema = z.object({
  answerable: z.boolean().describe('False when the sources do not answer the question.'),
  missing: z.string().describe('What the sources do not cover; empty when nothing important is missing.'),
  sections: z.array(
    z.object({
      heading: z.string(),
      focus: z.string().describe('The one theme of the section: an actor, a camp, a reason, a timeline step or an alternative.'),
      sources: z.array(z.string()).describe('Ids of the sources the section rests on.'),
    }),
  ),
});

export const SectionsOutputSchema = z.object({
  sections: z.array(z.object({ heading: z.string(), sentences: z.array(CitedSentenceSchema) })),
  summary: z.array(CitedSentenceSchema),
  bottomLine: z.array(CitedSentenceSchema),
  notCovered: z.array(z.string()).describe('Statements of the form "No source found states ..." for what the question asks and no source covers.'),
});

export const PositionsOutputSchema = z.object({
  positions: z.array(z.object({ actor: z.string(), stance: z.enum(STANCES), reasons: z.array(CitedSentenceSchema) })),
});

export const VerdictOutputSchema = z.object({
  label: z.enum(VERDICT_LABELS),
  reason: CitedSentenceSchema,
});

export const FollowUpsOutputSchema = z.object({ questions: z.array(z.string()) });

export const JudgeOutputSchema = z.object({
  verdict: z.enum(['supported', 'partly', 'not supported']),
  quote: z.string().describe('The shortest passage text, copied exactly, that supports the sentence; empty when none does.'),
});

export const RepairOutputSchema = z.object({
  rewritable: z.boolean().describe('False when the sources support no version of the sentence.'),
  sentence: CitedSentenceSchema,
});

export type CitedSentence = z.infer<typeof CitedSentenceSchema>;
export type PlanOutput = z.infer<typeof PlanOutputSchema>;
export type OutlineOutput = z.infer<typeof OutlineOutputSchema>;
export type SectionsOutput = z.infer<typeof SectionsOutputSchema>;
export type PositionsOutput = z.infer<typeof PositionsOutputSchema>;
export type VerdictOutput = z.infer<typeof VerdictOutputSchema>;
export type JudgeOutput = z.infer<typeof JudgeOutputSchema>;
export type RepairOutput = z.infer<typeof RepairOutputSchema>;
