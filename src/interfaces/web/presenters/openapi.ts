// The OpenAPI 3.1 document of the HTTP API, generated: paths, parameters and request bodies from the
// routes' own zod schemas (routes/api-operations.ts), the report from the schema the store validates with.
import { z } from 'zod';
import { ReportSchema } from '../../../contracts/schema.ts';
import { PROGRESS_TYPES } from '../../../contracts/types.ts';
import type { SiteConfig } from '../config.ts';
import { API_OPERATIONS, type ApiOperation, type ApiResponse } from '../routes/api-operations.ts';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });

const ReportSummarySchema = z.object({
  id: z.string(), slug: z.string(), title: z.string(), question: z.string(), kind: z.enum(['question', 'claim']),
  category: z.string(), checkedAt: z.string(), parentId: z.string().optional(), sourceCount: z.number().int(),
});
const LinksSchema = z.object({ page: z.string(), self: z.string(), events: z.string() });
const EventSchema = z.object({ seq: z.number().int(), type: z.enum(PROGRESS_TYPES), at: z.string(), message: z.string(), data: z.record(z.string(), z.unknown()).optional() });
const JobSchema = z.object({
  id: z.string(), status: z.enum(['queued', 'running', 'done', 'failed']), question: z.string(), parentId: z.string().optional(),
  reason: z.string().optional(), joined: z.boolean().optional(), existing: z.boolean().optional(), links: LinksSchema,
});
const ErrorSchema = z.object({ error: z.object({ id: z.string(), message: z.string() }) });

/** `/api/reports/:id` → `/api/reports/{id}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z_]\w*)/g, '{$1}');

/** A route's path and query schemas as OpenAPI parameters (what a client sends: defaults make fields optional). */
function parameters(operation: ApiOperation) {
  const from = (schema: z.ZodObject | undefined, place: 'path' | 'query') => {
    if (!schema) return [];
    const document = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { description?: string }>; required?: string[] };
    return Object.entries(document.properties ?? {}).map(([name, property]) => {
      const { description, ...rest } = property;
      return { name, in: place, ...(place === 'path' || document.required?.includes(name) ? { required: true } : {}), schema: rest, ...(description ? { description } : {}) };
    });
  };
  return [...from(operation.params, 'path'), ...from(operation.query, 'query')];
}

function response({ description, ref, with: extra, contentType = 'application/json', schema }: ApiResponse) {
  const referenced = ref ? { $ref: `#/components/schemas/${ref}` } : undefined;
  const body = referenced && extra ? { allOf: [referenced, { type: 'object', properties: extra }] } : (referenced ?? schema);
  return body ? { description, content: { [contentType]: { schema: body } } } : { description };
}

function operationObject(operation: ApiOperation) {
  const params = parameters(operation);
  return {
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(operation.body ? { requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${operation.body.component}` } } } } } : {}),
    responses: Object.fromEntries(Object.entries(operation.responses).map(([status, answer]) => [status, response(answer)])),
  };
}

/** The paths object, generated from the routes' operations. */
function paths(operations: ApiOperation[]) {
  const result: Record<string, Record<string, ReturnType<typeof operationObject>>> = {};
  for (const operation of operations) (result[openApiPath(operation.path)] ??= {})[operation.method] = operationObject(operation);
  return result;
}

export function openApiDocument(config: SiteConfig) {
  return {
    openapi: '3.1.0',
    info: {
      title: `${config.siteName} API`,
      version: '1.0.0',
      description: 'Create research reports and fact checks, follow their progress, read and search them. Every sentence of a report cites numbered sources, with the supporting quotes.',
    },
    servers: [{ url: config.baseUrl }],
    paths: paths(API_OPERATIONS),
    components: {
      schemas: {
        Report: json(ReportSchema),
        ReportSummary: json(ReportSummarySchema),
        ...Object.fromEntries(API_OPERATIONS.flatMap((operation) => (operation.body ? [[operation.body.component, json(operation.body.schema)]] : []))),
        Job: json(JobSchema),
        Event: json(EventSchema),
        Error: json(ErrorSchema),
      },
    },
  };
}
