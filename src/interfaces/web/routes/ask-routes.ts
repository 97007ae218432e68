// Asking from the website: GET /ask opens the existing report or a page to confirm a new one;
// POST /ask (the ask box, follow-ups, rechecks) starts or joins a job and shows its progress.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { QuestionError, validateQuestion } from '../../../pipeline/understand/index.ts';
import { HttpError } from '../http-error.ts';
import type { Site } from '../site.ts';
import { askPage } from '../views/ask-page.ts';
import { homePage } from '../views/home-page.ts';
import { reportHref } from '../views/report-list.ts';
import { admitQuestion, cleanQuestion } from './ask-admission.ts';
import { parseInput } from './validate.ts';
import { assertQuestionOpen } from './visibility.ts';

const ReportId = z.string().trim().regex(/^[A-Za-z0-9_-]{1,80}$/, 'not a report id');
const AskQuery = z.object({ q: z.string().max(4000).default(''), parent: ReportId.optional().catch(undefined) });
const AskForm = z.object({
  q: z.string().max(4000).default(''),
  parent: ReportId.optional().catch(undefined),
  recheck: z.enum(['1', 'true', 'on']).optional().catch(undefined),
});

async function parentOf(site: Site, parentId: string | undefined) {
  if (!parentId) return undefined;
  const parent = await site.store.getReport(parentId);
  return parent ? { id: parent.id, title: parent.title, slug: parent.slug } : undefined;
}

async function invalidQuestion(c: Context, site: Site, question: string, error: QuestionError) {
  const [recent, mostRead, categories, view] = await Promise.all([
    site.store.listReports({ limit: 8 }), site.store.listMostRead({ limit: 6 }), site.store.listCategories(), site.view(),
  ]);
  return c.html(homePage(view, { recent, mostRead, categories, ready: site.isReady() }, { value: cleanQuestion(question), error: error.message }), 422);
}

export function registerAskRoutes(app: Hono, site: Site) {
  app.get('/ask', async (c) => {
    const { q, parent: parentId } = parseInput(AskQuery, c.req.query());
    let question: string;
    try {
      question = validateQuestion(cleanQuestion(q));
    } catch (error) {
      if (error instanceof QuestionError) return invalidQuestion(c, site, q, error);
      throw error;
    }
    await assertQuestionOpen(site, question);
    const existing = await site.store.findReportByQuestion(question);
    if (existing) return c.redirect(reportHref(existing), 303);
    const running = await site.store.findActiveJob(question);
    if (running) return c.redirect(`/reports/${running.id}`, 303);
    return c.html(askPage(await site.view(), { question, parent: await parentOf(site, parentId) }));
  });

  app.post('/ask', async (c) => {
    const form = parseInput(AskForm, await c.req.parseBody());
    const parent = await parentOf(site, form.parent);
    try {
      const outcome = await admitQuestion(c, site, { question: form.q, parentId: parent?.id, recheck: Boolean(form.recheck) });
      if (outcome.kind === 'existing') return c.redirect(reportHref(outcome.report), 303);
      if (outcome.kind === 'limited') {
        throw new HttpError(429, 'rate-limited', `You have started many reports in the last hour. Please try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} minutes, or search the archive meanwhile.`, {
          'retry-after': String(outcome.retryAfterSeconds),
        });
      }
      return c.redirect(`/reports/${outcome.job.id}`, 303);
    } catch (error) {
      if (error instanceof QuestionError) return invalidQuestion(c, site, form.q, error);
      throw error;
    }
  });
}
