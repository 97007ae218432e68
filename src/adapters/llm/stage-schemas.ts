// The structured output of every model stage, as zod schemas. Every field is required and bounds are
// checked in code, not in the schema, so the same schema works in OpenAI's strict json_schema mode.
import { z } from 'zod';
import { STANCES, VERDICT_LABELS } from '../../contracts/schema.ts';
import { SLOT_READINGS } from '../../shared/claims/model-frame.ts';

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

/** How a source reads one slot of the claim, and where: the source's id and its value, copied from its text. */
const slotReading = {
  reading: z.enum(SLOT_READINGS).describe('"match": the source says what the claim says here; "conflict": it says something else here for the same event; "not stated": no source says.'),
  source: z.string().nullable().describe('Id of the one <source> this reading is read from, e.g. "p2"; null when not stated.'),
  sourceValue: z.string().nullable().describe("What that source says in this slot, copied exactly from its text (a date may be its published date, YYYY-MM-DD); null when not stated."),
};

/** The claim's event frame, in the slots of the offline frame (src/shared/claims/model-frame.ts), each read against the sources. */
export const ClaimFrameSchema = z.object({
  actors: z.array(
    z.object({
      name: z.string().describe('A party to the claim\'s event, as the claim names it.'),
      role: z.enum(['agent', 'patient']).describe('In the claim: "agent" did it, "patient" had it done to them.'),
      ...slotReading,
    }),
  ).describe('Who did it and to whom. A source giving this party the other role is a "conflict" whose value is this same name.'),
  predicate: z.object({
    lemma: z.string().describe('The claim\'s event verb in its dictionary form ("join", "win", "rise").'),
    negated: z.boolean().describe('True when the claim says the event did not happen.'),
    sourceDirection: z.enum(['same', 'opposite', 'not stated']).describe('The source\'s event against the claim\'s: the same, or the opposite ("leaves" for "joins", "falls" for "rises").'),
    sourceNegated: z.boolean().nullable().describe('True when the source says its event did not happen; null when not stated.'),
    ...slotReading,
  }).describe('The event; its sourceValue is the source\'s words for it ("officially joins", "did not join").'),
  times: z.array(z.object({ text: z.string().describe('The time as the claim states it.'), precision: z.enum(['date', 'month', 'year']), ...slotReading })),
  places: z.array(z.object({ name: z.string(), ...slotReading })),
  quantities: z.array(z.object({ text: z.string().describe('The claim\'s words for the number.'), value: z.number(), unit: z.string().nullable().describe('What is counted ("people", "percent"); null when nothing is.'), ...slotReading })),
  qualifiers: z.array(z.object({ word: z.string().describe('"first", "only", "record", "all", "unanimously", a superlative.'), ...slotReading })),
});

export const VerdictOutputSchema = z.object({
  frame: ClaimFrameSchema,
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
export type ClaimFrameOutput = z.infer<typeof ClaimFrameSchema>;
export type JudgeOutput = z.infer<typeof JudgeOutputSchema>;
export type RepairOutput = z.infer<typeof RepairOutputSchema>;
