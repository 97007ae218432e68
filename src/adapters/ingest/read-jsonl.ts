// Reads JSONL documents ({url, title, outlet, publishedAt, text} a line): every line is validated on its
// own, so a bad line is reported with its number and skipped while the rest is ingested.
import { z } from 'zod';
import { SOURCE_KINDS } from '../../contracts/schema.ts';
import { normalizeDate } from '../../shared/text/normalize-date.ts';
import { accepted, type FileDocument, type ReadOutcome, type ReaderInput, rejected } from './types.ts';

export const JsonlDocumentSchema = z.object({
  url: z.url({ protocol: /^(?:https?|file)$/ }),
  title: z.string().trim().min(1),
  outlet: z.string().trim().min(1).optional(),
  publishedAt: z
    .string()
    .refine((value) => normalizeDate(value) !== undefined, 'not a date')
    .optional(),
  text: z.string().trim().min(1),
  kind: z.enum(SOURCE_KINDS).optional(),
  byline: z.string().trim().optional(),
  topics: z.array(z.string().trim().min(1)).optional(),
});

const MAX_WARNINGS = 20;

export function readJsonl(input: ReaderInput): ReadOutcome {
  const documents: FileDocument[] = [];
  const problems: string[] = [];
  input.text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const parsed = parseLine(line);
    if (parsed.ok) documents.push(parsed.document);
    else problems.push(`line ${index + 1}: ${parsed.reason}`);
  });
  const warnings = problems.slice(0, MAX_WARNINGS);
  if (problems.length > MAX_WARNINGS) warnings.push(`…and ${problems.length - MAX_WARNINGS} more bad lines`);
  if (documents.length === 0) {
    return rejected(
      problems.length ? `no valid documents (${problems.length} bad lines; ${warnings.slice(0, 3).join('; ')})` : 'empty file',
    );
  }
  return accepted(documents, warnings.map((warning) => `skipped ${warning}`));
}

function parseLine(line: string): { ok: true; document: FileDocument } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'invalid JSON' };
  }
  const result = JsonlDocumentSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, reason: `${where}${issue.message}` };
  }
  const { outlet, publishedAt, kind, ...rest } = result.data;
  return {
    ok: true,
    document: {
      ...rest,
      outlet: outlet || new URL(rest.url).hostname.replace(/^www\./, '') || 'unknown',
      publishedAt: normalizeDate(publishedAt),
      kind: kind ?? 'other',
    },
  };
}
