// A report's pages: the report itself (or its live progress while it is being made, or its failure),
// and the stored copy of each of its sources.
import type { Hono } from 'hono';
import { z } from 'zod';
import { highlight } from '../presenters/highlight.ts';
import { progressState } from '../presenters/progress-state.ts';
import { publicJson, publicReport } from '../presenters/public-sources.ts';
import { diffVersions } from '../presenters/version-diff.ts';
import type { Site } from '../site.ts';
import { progressPage } from '../views/progress-page.ts';
import { reportPage } from '../views/report-page.ts';
import { reportHref } from '../views/report-list.ts';
import { sourcePage } from '../views/source-page.ts';
import { parseInput } from './validate.ts';
import { assertJobVisible, visibleModeration } from './visibility.ts';

const ReportParams = z.object({ id: z.string().min(1).max(200) });
const SourceParams = ReportParams.extend({ n: z.coerce.number().int().min(1).max(10000) });
const DAY_MS = 86_400_000;

export function registerReportRoutes(app: Hono, site: Site) {
  const { store } = site;

  app.get('/reports/:id', async (c) => {
    const { id } = parseInput(ReportParams, c.req.param());
    const stored = await store.getReport(id);
    if (stored) {
      const moderation = await visibleModeration(site, stored.id);
      const report = publicReport(stored, site.config.filesBaseUrl);
      // One URL per report: the id (the progress page's address) forwards to the slug.
      if (id !== report.slug) return c.redirect(reportHref(report), 301);
      const parent = report.parentId ? await store.getReport(report.parentId) : undefined;
      const versions = await store.listVersions(report.id);
      const before = versions[versions.findIndex((version) => version.id === report.id) - 1];
      const previous = before ? await store.getReport(before.id) : undefined;
      const ageDays = Math.floor((site.clock().getTime() - Date.parse(report.checkedAt)) / DAY_MS);
      await store.recordView(report.id);
      // Browsers keep the page but ask again each time (a 304 when the ETag still matches): corrections show at once.
      c.header('cache-control', 'no-cache');
      return c.html(reportPage(await site.view({ banner: true }), {
        report,
        corrections: moderation.corrections,
        parent: parent ? { title: parent.title, slug: parent.slug } : undefined,
        staleDays: ageDays > site.config.freshnessDays ? ageDays : undefined,
        versions,
        diff: previous ? diffVersions(publicReport(previous, site.config.filesBaseUrl), report) : undefined,
      }));
    }
    const job = await store.getJob(id);
    if (!job) return c.notFound();
    await assertJobVisible(site, job);
    const events = publicJson(await store.listEvents(job.id), site.config.filesBaseUrl);
    const parent = job.parentId ? await store.getReport(job.parentId) : undefined;
    c.header('cache-control', 'no-store');
    return c.html(progressPage(await site.view(), job, progressState(events, job.status, job.reason), {
      parent: parent ? { title: parent.title, slug: parent.slug } : undefined,
      libraryLoading: !site.isReady(),
    }));
  });

  app.get('/reports/:id/sources/:n', async (c) => {
    const { id, n } = parseInput(SourceParams, c.req.param());
    const stored = await store.getReport(id);
    if (!stored) return c.notFound();
    await visibleModeration(site, stored.id);
    const report = publicReport(stored, site.config.filesBaseUrl);
    const source = report.sources.find((candidate) => candidate.n === n);
    if (!source) return c.notFound();
    const [document] = source.documentId ? await store.getDocuments([source.documentId]) : [];
    const quotes = [...report.summary, ...report.sections.flatMap((section) => section.sentences), ...(report.positions ?? []).flatMap((position) => position.reasons), ...report.bottomLine, ...(report.verdict?.reason ?? [])]
      .flatMap((sentence) => sentence.support?.quotes ?? [])
      .filter((quote) => quote.source === n)
      .map((quote) => quote.text);
    return c.html(sourcePage(await site.view(), report, source, document, document ? highlight(document.text, quotes) : []));
  });
}
