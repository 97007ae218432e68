// The HTTP API under /api: create a report, read it, stream its events (SSE), list and search.
// Validated with the zod schemas of api-operations.ts, from which /api/openapi.json is generated.
import type { Context, Hono } from 'hono';
import type { ReportJob } from '../../../contracts/ports.ts';
import { QuestionError } from '../../../pipeline/understand/index.ts';
import { HttpError } from '../http-error.ts';
import { openApiDocument } from '../presenters/openapi.ts';
import type { Site } from '../site.ts';
import { reportHref } from '../views/report-list.ts';
import { publicJson, publicReport } from '../presenters/public-sources.ts';
import { CreateReportBody, EventsQuery, IdParams, ListQuery } from './api-operations.ts';
import { admitQuestion } from './ask-admission.ts';
import { streamReportEvents } from './event-stream.ts';
import { parseInput } from './validate.ts';
import { assertJobVisible, visibleModeration } from './visibility.ts';

function jobBody(job: ReportJob) {
  const id = encodeURIComponent(job.id);
  return {
    id: job.id,
    status: job.status,
    question: job.question,
    ...(job.parentId ? { parentId: job.parentId } : {}),
    ...(job.reason ? { reason: job.reason } : {}),
    links: { page: `/reports/${id}`, self: `/api/reports/${id}`, events: `/api/reports/${id}/events` },
  };
}

async function readJson(c: Context): Promise<unknown> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) throw new HttpError(415, 'unsupported-media-type', 'Send the request body as JSON (Content-Type: application/json).');
  try {
    return await c.req.json();
  } catch {
    throw new HttpError(400, 'invalid-json', 'The request body is not valid JSON.');
  }
}

export function registerApiRoutes(app: Hono, site: Site) {
  const { store } = site;

  app.get('/api/openapi.json', (c) => c.json(openApiDocument(site.config)));

  app.post('/api/reports', async (c) => {
    const body = parseInput(CreateReportBody, await readJson(c), 422);
    if (body.parentId && !(await store.getReport(body.parentId))) throw new HttpError(422, 'unknown-parent', `parentId: there is no report ${body.parentId}`);
    try {
      const outcome = await admitQuestion(c, site, { question: body.question, parentId: body.parentId, recheck: body.recheck });
      if (outcome.kind === 'limited') {
        throw new HttpError(429, 'rate-limited', `Too many new reports from this client; try again in ${outcome.retryAfterSeconds} seconds.`, { 'retry-after': String(outcome.retryAfterSeconds) });
      }
      if (outcome.kind === 'existing') {
        const id = encodeURIComponent(outcome.report.id);
        return c.json({ id: outcome.report.id, status: 'done', question: outcome.report.question, existing: true, links: { page: reportHref(outcome.report), self: `/api/reports/${id}`, events: `/api/reports/${id}/events` } }, 200);
      }
      c.header('location', `/api/reports/${encodeURIComponent(outcome.job.id)}`);
      return c.json({ ...jobBody(outcome.job), joined: outcome.kind === 'joined' }, 202);
    } catch (error) {
      if (error instanceof QuestionError) throw new HttpError(422, 'invalid-question', error.message);
      throw error;
    }
  });

  app.get('/api/reports', async (c) => {
    const query = parseInput(ListQuery, c.req.query());
    const reports = query.q
      ? await store.searchReports(query.q, { limit: query.limit, offset: query.offset })
      : await store.listReports({ limit: query.limit, offset: query.offset, category: query.category });
    return c.json({ reports, limit: query.limit, offset: query.offset });
  });

  app.get('/api/reports/:id', async (c) => {
    const { id } = parseInput(IdParams, c.req.param());
    const report = await store.getReport(id);
    if (report) {
      const moderation = await visibleModeration(site, report.id);
      const encoded = encodeURIComponent(report.id);
      return c.json({ id: report.id, status: 'done', question: report.question, report: publicReport(report, site.config.filesBaseUrl), corrections: moderation.corrections, links: { page: reportHref(report), self: `/api/reports/${encoded}`, events: `/api/reports/${encoded}/events` } });
    }
    const job = await store.getJob(id);
    if (!job) throw new HttpError(404, 'not-found', `There is no report ${id}.`);
    await assertJobVisible(site, job);
    c.header('cache-control', 'no-store');
    return c.json(publicJson({ ...jobBody(job), events: await store.listEvents(job.id) }, site.config.filesBaseUrl), job.status === 'failed' ? 200 : 202);
  });

  app.get('/api/reports/:id/events', async (c) => {
    const { id } = parseInput(IdParams, c.req.param());
    const { after } = parseInput(EventsQuery, c.req.query());
    const lastEventId = Number(c.req.header('last-event-id'));
    c.header('cache-control', 'no-store');
    c.header('x-accel-buffering', 'no');
    return streamReportEvents(c, site, id, Number.isInteger(lastEventId) && lastEventId > 0 ? lastEventId : after);
  });
}
