// The HTTP API's operations: each route's zod schemas (path, query, body) and its responses. The routes
// validate with these schemas and the OpenAPI document (presenters/openapi.ts) is generated from them.
import { z } from 'zod';
import { MAX_QUESTION_CHARS } from '../../../pipeline/understand/question-error.ts';

export const CreateReportBody = z.object({
  question: z.string().min(1).max(MAX_QUESTION_CHARS * 2).describe('A question about the news, or a claim to check ("Claim: ...").'),
  parentId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/).optional().describe('The report this one follows up.'),
  recheck: z.boolean().optional().describe('Make a new report even when one exists for the same question.'),
});
export const ListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Full-text search; every word must match'),
  category: z.string().trim().min(1).max(60).optional().describe('Only reports of this category'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const IdParams = z.object({ id: z.string().min(1).max(200).describe('Report id or slug') });
export const EventsQuery = z.object({ after: z.coerce.number().int().min(0).default(0).describe('Only events numbered after this') });

/** A response: a component schema by name, an inline JSON schema, or none. */
export interface ApiResponse {
  description: string;
  ref?: string;
  /** Extra properties merged onto the referenced schema (allOf). */
  with?: Record<string, unknown>;
  contentType?: string;
  schema?: Record<string, unknown>;
}

export interface ApiOperation {
  method: 'get' | 'post';
  /** Hono's spelling: `/api/reports/:id`. */
  path: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodObject; component: string };
  responses: Record<number, ApiResponse>;
}

const error = (description: string): ApiResponse => ({ description, ref: 'Error' });

export const API_OPERATIONS: ApiOperation[] = [
  {
    method: 'post', path: '/api/reports', summary: 'Create a report (or open the existing one for the same question)',
    body: { schema: CreateReportBody, component: 'CreateReport' },
    responses: {
      200: { description: 'A report for the same question exists', ref: 'Job' },
      202: { description: 'Queued, or joined the job already making it; follow links.events', ref: 'Job' },
      415: error('The body is not JSON'),
      422: error('The question is empty, too long or has no words'),
      429: error('Too many new reports from this client (see Retry-After)'),
    },
  },
  {
    method: 'get', path: '/api/reports', summary: 'List reports newest first, or search them', query: ListQuery,
    responses: { 200: { description: 'Reports', schema: { type: 'object', properties: { reports: { type: 'array', items: { $ref: '#/components/schemas/ReportSummary' } }, limit: { type: 'integer' }, offset: { type: 'integer' } } } } },
  },
  {
    method: 'get', path: '/api/reports/:id', summary: 'Read a report, or the state of the job making it', params: IdParams,
    responses: {
      200: { description: 'Done (with `report` and `corrections`) or failed (with `reason`)', ref: 'Job', with: { report: { $ref: '#/components/schemas/Report' } } },
      202: { description: 'Queued or running, with the events so far', ref: 'Job', with: { events: { type: 'array', items: { $ref: '#/components/schemas/Event' } } } },
      404: error('No such report'),
      410: error('Withdrawn by the editors'),
    },
  },
  {
    method: 'get', path: '/api/reports/:id/events', summary: 'Stream progress (Server-Sent Events)', params: IdParams, query: EventsQuery,
    description: 'Each `progress` event carries an Event as JSON with its number as the SSE id; the stream ends with an `end` event: {"status":"done","url":...} or {"status":"failed","reason":...}. Resume with Last-Event-ID or `after`.',
    responses: { 200: { description: 'An event stream', contentType: 'text/event-stream', schema: { type: 'string' } } },
  },
];
