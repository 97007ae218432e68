// zod at the edge: parse a route's query, form or JSON input, or answer 400/422 with what to fix.
import type { z } from 'zod';
import { HttpError } from '../http-error.ts';

export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, status: 400 | 422 = 400): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const message = result.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
  throw new HttpError(status, status === 422 ? 'invalid-input' : 'invalid-request', message);
}
