// The OpenAPI 3.1 document of the HTTP API, with the report and request schemas generated from the
// same zod schemas the routes and the store validate with.
import { z } from 'zod';
import { ReportSchema } from '../../model/schema.ts';
import { PROGRESS_TYPES } from '../../model/types.ts';
import type { SiteConfig } from '../config.ts';

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
const CreateSchema = z.object({
  question: z.string().min(1).max(1000).describe('A question about the news, or a claim to check ("Claim: ...").'),
  parentId: z.string().optional().describe('The report this one follows up.'),
  recheck: z.boolean().optional().describe('Make a new report even when one exists for the same question.'),
});

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

export function openApiDocument(config: SiteConfig) {
  return {
    openapi: '3.1.0',
    info: {
      title: `${config.siteName} API`,
      version: '1.0.0',
      description: 'Create research reports and fact checks, follow their progress, read and search them. Every sentence of a report cites numbered sources, with the supporting quotes.',
    },
    servers: [{ url: config.baseUrl }],
    paths: {
      '/api/reports': {
        post: {
          summary: 'Create a report (or open the existing one for the same question)',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateReport' } } } },
          responses: {
            200: { description: 'A report for the same question exists', content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } } } },
            202: { description: 'Queued, or joined the job already making it; follow links.events', content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } } } },
            415: errorResponse('The body is not JSON'),
            422: errorResponse('The question is empty, too long or has no words'),
            429: errorResponse('Too many new reports from this client (see Retry-After)'),
          },
        },
        get: {
          summary: 'List reports newest first, or search them',
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string', maxLength: 200 }, description: 'Full-text search; every word must match' },
            { name: 'category', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          ],
          responses: { 200: { description: 'Reports', content: { 'application/json': { schema: { type: 'object', properties: { reports: { type: 'array', items: { $ref: '#/components/schemas/ReportSummary' } }, limit: { type: 'integer' }, offset: { type: 'integer' } } } } } } },
        },
      },
      '/api/reports/{id}': {
        get: {
          summary: 'Read a report, or the state of the job making it',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Report id or slug' }],
          responses: {
            200: { description: 'Done (with `report` and `corrections`) or failed (with `reason`)', content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/Job' }, { type: 'object', properties: { report: { $ref: '#/components/schemas/Report' } } }] } } } },
            202: { description: 'Queued or running, with the events so far', content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/Job' }, { type: 'object', properties: { events: { type: 'array', items: { $ref: '#/components/schemas/Event' } } } }] } } } },
            404: errorResponse('No such report'),
            410: errorResponse('Withdrawn by the editors'),
          },
        },
      },
      '/api/reports/{id}/events': {
        get: {
          summary: 'Stream progress (Server-Sent Events)',
          description: 'Each `progress` event carries an Event as JSON with its number as the SSE id; the stream ends with an `end` event: {"status":"done","url":...} or {"status":"failed","reason":...}. Resume with Last-Event-ID or `after`.',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'after', in: 'query', schema: { type: 'integer', minimum: 0 }, description: 'Only events numbered after this' },
          ],
          responses: { 200: { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Report: json(ReportSchema),
        ReportSummary: json(ReportSummarySchema),
        CreateReport: json(CreateSchema),
        Job: json(JobSchema),
        Event: json(EventSchema),
        Error: json(ErrorSchema),
      },
    },
  };
}
