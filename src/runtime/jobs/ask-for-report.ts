// What asking means, for the website and the API alike: open the published report for the same
// question when there is one inside its freshness window (unless a recheck is asked for), otherwise
// start or join a job — if the caller's rate limit admits a new one.
import type { ReportArchive, ReportJob, ReportQueue } from '../../contracts/ports.ts';
import type { ReportSummary } from '../../contracts/types.ts';
import { validateQuestion } from '../../pipeline/understand/index.ts';

export type AskOutcome =
  | { kind: 'existing'; report: ReportSummary }
  | { kind: 'started' | 'joined'; job: ReportJob }
  | { kind: 'limited'; retryAfterSeconds: number };

export async function askForReport(options: {
  archive: Pick<ReportArchive, 'findReportByQuestion'>;
  queue: ReportQueue;
  question: string;
  parentId?: string;
  recheck?: boolean;
  /** A report older than `days` at `now` is checked again instead of opened. */
  freshFor?: { days: number; now: Date };
  /** Called only when a job is about to be queued: opening an existing report costs nothing. */
  admit?: () => { ok: true } | { ok: false; retryAfterSeconds: number };
}): Promise<AskOutcome> {
  const question = validateQuestion(options.question);
  if (!options.recheck) {
    const existing = await options.archive.findReportByQuestion(question);
    const fresh = existing && (!options.freshFor || options.freshFor.now.getTime() - Date.parse(existing.checkedAt) <= options.freshFor.days * 86_400_000);
    if (existing && fresh) return { kind: 'existing', report: existing };
  }
  const admitted = options.admit?.() ?? { ok: true };
  if (!admitted.ok) return { kind: 'limited', retryAfterSeconds: admitted.retryAfterSeconds };
  const { job, joined } = await options.queue.enqueue({ question, ...(options.parentId ? { parentId: options.parentId } : {}) });
  return { kind: joined ? 'joined' : 'started', job };
}
