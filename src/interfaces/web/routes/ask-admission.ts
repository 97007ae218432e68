// What the ask form and the API share before a report is started: the question cleaned of invisible and
// control characters, refused when the editors withdrew it, and admitted under the site-wide cap on
// queued and running reports (503) and the client's own rate limit (429).
import type { Context } from 'hono';
import { type AskOutcome, askForReport } from '../../../runtime/jobs/ask-for-report.ts';
import { cleanQuestionText } from '../../../shared/text/untrusted-text.ts';
import { validateQuestion } from '../../../pipeline/understand/index.ts';
import { HttpError } from '../http-error.ts';
import type { Site } from '../site.ts';
import { assertQuestionOpen } from './visibility.ts';

const BUSY_RETRY_SECONDS = 60;

/** The question as it is stored and published: no RTL overrides, zero-width characters or NUL. */
export function cleanQuestion(raw: string): string {
  return cleanQuestionText(raw).text;
}

/** Validates, then opens the existing report or starts (or joins) a job; throws 503 when the site is full. */
export async function admitQuestion(c: Context, site: Site, request: { question: string; parentId?: string; recheck?: boolean }): Promise<AskOutcome> {
  const question = validateQuestion(cleanQuestion(request.question));
  await assertQuestionOpen(site, question);
  // Joining a report already being made costs nothing: only a new job counts against the cap.
  const joining = await site.store.findActiveJob(question);
  const pending = joining ? 0 : (await site.store.listActiveJobs()).length;
  let full = false;
  const outcome = await askForReport({
    archive: site.store,
    queue: site.queue,
    question,
    parentId: request.parentId,
    recheck: request.recheck,
    freshFor: { days: site.config.freshnessDays, now: site.clock() },
    admit: () => {
      if (pending >= site.config.maxPendingReports) {
        full = true;
        return { ok: false, retryAfterSeconds: BUSY_RETRY_SECONDS };
      }
      return site.limiter.take(site.clientKey(c));
    },
  });
  if (full) {
    throw new HttpError(503, 'busy', `The site is making as many reports as it can (${site.config.maxPendingReports} queued or running). Please try again in a minute, or search the archive meanwhile.`, {
      'retry-after': String(BUSY_RETRY_SECONDS),
    });
  }
  return outcome;
}
