// One visibility rule for every route that serves a report's content (page, sources, JSON, progress,
// event stream): a report that was unpublished, or whose question was withdrawn, answers 410.
import type { ReportJob } from '../../../contracts/ports.ts';
import { HttpError } from '../http-error.ts';
import type { Site } from '../site.ts';

export const WITHDRAWN = 'This report was withdrawn by the editors. See the corrections page for reports that were corrected instead.';
const QUESTION_WITHDRAWN = 'The editors withdrew the report on this question, so it is not researched again. See the corrections page for reports that were corrected instead.';

/** The report's moderation, or a 410 when it is withdrawn. */
export async function visibleModeration(site: Site, reportId: string) {
  const moderation = await site.store.moderationOf(reportId);
  if (moderation.unpublished) throw new HttpError(410, 'withdrawn', WITHDRAWN);
  return moderation;
}

/** A job (a report being made) is shown only while its question is not withdrawn. */
export async function assertJobVisible(site: Site, job: ReportJob): Promise<void> {
  if (await site.store.questionWithdrawn(job.question)) throw new HttpError(410, 'withdrawn', WITHDRAWN);
}

/** Asking a withdrawn question again is refused: moderation sticks to the question. */
export async function assertQuestionOpen(site: Site, question: string): Promise<void> {
  if (await site.store.questionWithdrawn(question)) throw new HttpError(410, 'withdrawn-question', QUESTION_WITHDRAWN);
}
