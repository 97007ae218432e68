// The data model of SPEC §1 as zod schemas: every renderer, the API and `--json` use these shapes.
import { z } from 'zod';

export const SOURCE_KINDS = ['official', 'news', 'analysis', 'encyclopedia', 'fact-checker', 'social', 'other'] as const;
export const STANCES = ['supports', 'opposes', 'cautious', 'mixed', 'unclear'] as const;
export const VERDICT_LABELS = ['supported', 'mostly supported', 'mixed', 'misleading', 'unsupported', 'false'] as const;

export const QuoteSchema = z.object({ source: z.number().int().positive(), text: z.string().min(1) });

export const SentenceSchema = z.object({
  text: z.string().min(1),
  cites: z.array(z.number().int().positive()),
  support: z
    .object({ score: z.number().min(0).max(1), quotes: z.array(QuoteSchema) })
    .optional(),
});

export const SourceSchema = z.object({
  n: z.number().int().positive(),
  url: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  publishedAt: z.string().optional(),
  fetchedAt: z.string(),
  kind: z.enum(SOURCE_KINDS),
  contentHash: z.string().min(1),
  documentId: z.string().optional(),
});

export const PositionSchema = z.object({
  actor: z.string().min(1),
  stance: z.enum(STANCES),
  reasons: z.array(SentenceSchema).min(1),
});

export const SectionSchema = z.object({ heading: z.string().min(1), sentences: z.array(SentenceSchema).min(1) });

export const VerdictSchema = z.object({
  label: z.enum(VERDICT_LABELS),
  reason: z.array(SentenceSchema).min(1),
  /** ClaimReview-ready: the claim as checked, and the label as a rating (src/shared/claims/verdict-scale.ts: 1 false … 6 supported). */
  claimReviewed: z.string().optional(),
  rating: z.object({ value: z.number().int(), best: z.number().int(), worst: z.number().int(), alternateName: z.string() }).optional(),
});

export const StatsSchema = z
  .object({
    passagesConsidered: z.number().int().nonnegative(),
    sourcesRead: z.number().int().nonnegative(),
    sentencesChecked: z.number().int().nonnegative(),
    sentencesRepaired: z.number().int().nonnegative(),
    sentencesDropped: z.number().int().nonnegative(),
    /** Citations removed because they pointed at no passage read, or at one addressing an AI model (absent when none). */
    citationsRemoved: z.number().int().nonnegative().optional(),
    durationMs: z.record(z.string(), z.number().nonnegative()),
    writer: z.string(),
    /** Model tokens, estimated cost and time, in total and per stage (absent or zero without a model). */
    usage: z
      .object({
        inputTokens: z.number().nonnegative(),
        outputTokens: z.number().nonnegative(),
        costUsd: z.number().nonnegative(),
        calls: z.number().int().nonnegative(),
        byStage: z.record(z.string(), z.object({ inputTokens: z.number(), outputTokens: z.number(), costUsd: z.number(), ms: z.number(), calls: z.number() })),
      })
      .optional(),
  })
  .passthrough();

export const ReportSchema = z.object({
  id: z.string().min(1),
  slug: z.string().min(1),
  question: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(['question', 'claim']),
  category: z.string().min(1),
  checkedAt: z.string().datetime({ offset: true }),
  summary: z.array(SentenceSchema),
  sections: z.array(SectionSchema),
  positions: z.array(PositionSchema).optional(),
  limits: z.array(SentenceSchema),
  bottomLine: z.array(SentenceSchema),
  verdict: VerdictSchema.optional(),
  followUps: z.array(z.string().min(1)).length(5),
  sources: z.array(SourceSchema),
  parentId: z.string().optional(),
  insufficientEvidence: z.boolean(),
  stats: StatsSchema,
  warnings: z.array(z.string()),
});

export type Quote = z.infer<typeof QuoteSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Stance = (typeof STANCES)[number];
export type Position = z.infer<typeof PositionSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type VerdictLabel = (typeof VERDICT_LABELS)[number];
export type ReportStats = z.infer<typeof StatsSchema>;
export type Report = z.infer<typeof ReportSchema>;

/**
 * A report checked against ReportSchema (publish, and the stores on the way in and out). Without zod's compiled
 * fast path for objects: building it costs about 8 ms the first time, more than a process that checks a report or
 * two (the CLI) ever gets back, and a process checking many is no slower without it (0.03-0.08 ms a report either
 * way). The same values and the same issues.
 */
export function parseReport(value: unknown): Report {
  return ReportSchema.parse(value, { jitless: true });
}
