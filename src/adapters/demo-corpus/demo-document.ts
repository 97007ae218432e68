// The demo corpus file format: a header line, then one document per line (gzipped JSONL). Shared by builder and loader.
import { z } from 'zod';
import { SOURCE_KINDS } from '../../contracts/schema.ts';

export const DEMO_CORPUS_FORMAT = 'crosscheck-demo-corpus/1';

/** The first line: where the documents come from and when they were retrieved (every document's fetchedAt). */
export const DemoHeaderSchema = z.object({
  format: z.literal(DEMO_CORPUS_FORMAT),
  name: z.string().min(1),
  fetchedAt: z.iso.datetime(),
  documents: z.number().int().nonnegative(),
  from: z.iso.date(),
  to: z.iso.date(),
  license: z.string().min(1),
  attribution: z.string().min(1),
});

// Checked on every line of a ~100k-line file at first run: cheap checks (a prefix, not a full URL parse).
export const DemoDocumentSchema = z.object({
  url: z.string().startsWith('https://'),
  title: z.string().min(1),
  outlet: z.string().min(1),
  publishedAt: z.iso.date(),
  kind: z.enum(SOURCE_KINDS),
  text: z.string().min(1),
  topics: z.array(z.string().min(1)),
});

export type DemoHeader = z.infer<typeof DemoHeaderSchema>;
export type DemoDocument = z.infer<typeof DemoDocumentSchema>;
