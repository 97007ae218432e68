// The report job: runs the pipeline for one queued question, stores and publishes each progress event,
// and on failure ends the job as failed with a reason a reader can act on.
import type { Clock, EventBus, ReportJobs, Store } from '../../contracts/ports.ts';
import type { Report } from '../../contracts/schema.ts';
import type { ReportJobProps } from '../../contracts/job.ts';
import type { ProgressEvent, ProgressListener } from '../../contracts/types.ts';
import { defaultIds, type Engine, runReport } from '../../pipeline/run-report.ts';
import { QuestionError } from '../../pipeline/understand/index.ts';
import { interruption, type JobDefinition } from '../../contracts/job.ts';

export type { ReportJobProps } from '../../contracts/job.ts';

export type MakeReport = (input: ReportJobProps & { onEvent: ProgressListener; signal?: AbortSignal }) => Promise<Report>;

const MAX_REASON_CHARS = 300;

/** The pipeline as a MakeReport: the report gets the job's id, so the progress page's URL stays its URL. */
export function engineReportMaker(engine: Engine, store: Store, clock?: Clock): MakeReport {
  return ({ id, question, parentId, onEvent, signal }) => {
    const fallback = defaultIds(question, clock ?? (() => new Date()));
    return runReport({ ...engine, question, parentId, store: refusingAfterAbort(store, signal), onEvent, signal, clock, ids: (prefix) => (prefix === 'rep' ? id : fallback(prefix)) });
  };
}

/**
 * Stages stopped by a shutdown return what they had (no sources), so the report made after it would be
 * half-made: the store refuses to publish it, and the job is handed back instead.
 */
function refusingAfterAbort(store: Store, signal: AbortSignal | undefined): Store {
  if (!signal) return store;
  return {
    ...store,
    async saveReport(report) {
      if (signal.aborted) throw interruption(signal);
      return store.saveReport(report);
    },
  };
}

export function failureReason(error: unknown): string {
  if (error instanceof QuestionError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const reason = `The report could not be made: ${message || 'unknown error'}`;
  return reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS - 1)}…` : reason;
}

/** What a job tells the process running it (metrics, logs). */
export type JobOutcome = { status: 'done'; report?: Report; attempt: number } | { status: 'failed'; reason: string };

export function createReportJob(options: {
  jobs: ReportJobs & Pick<Store, 'getReport'>;
  events: EventBus;
  makeReport: MakeReport;
  clock?: Clock;
  retries?: number;
  onFinished?: (props: ReportJobProps, outcome: JobOutcome) => void;
}): JobDefinition<ReportJobProps> {
  const { jobs, events } = options;
  const clock = options.clock ?? (() => new Date());
  const record = async (reportId: string, event: ProgressEvent) => events.publish(await jobs.appendEvent(reportId, event));
  const recordAll = async (reportId: string, batch: ProgressEvent[]) => {
    for (const stored of await jobs.appendEvents(reportId, batch)) await events.publish(stored);
  };

  return {
    name: 'report',
    retries: options.retries ?? 1,
    async perform(props, { attempt, signal }) {
      // A retry after the report was written (its worker died just after): the report stands, once.
      if (attempt > 1 && (await jobs.getReport(props.id))) {
        await jobs.updateJob(props.id, { status: 'done', at: clock().toISOString(), attempts: attempt });
        options.onFinished?.(props, { status: 'done', attempt });
        return;
      }
      await jobs.updateJob(props.id, { status: 'running', at: clock().toISOString(), attempts: attempt });
      // Events arrive synchronously from the pipeline; storing them in a chain keeps their order. Those that arrive
      // before the chain reaches them are stored together, in one write: a burst (fifty sources found) is one commit.
      let chain: Promise<void> = Promise.resolve();
      let pending: ProgressEvent[] = [];
      // "done" is announced only once the job is marked done, so whoever hears it finds the job finished.
      let done: ProgressEvent | undefined;
      const onEvent: ProgressListener = (event) => {
        if (event.type === 'done') {
          done = event;
          return;
        }
        pending.push(event);
        if (pending.length > 1) return;
        chain = chain.then(() => {
          const batch = pending;
          pending = [];
          return recordAll(props.id, batch);
        }).catch(() => undefined);
      };
      let report: Report;
      try {
        report = await options.makeReport({ ...props, onEvent, signal });
      } finally {
        await chain;
      }
      // Stopped before its report was stored whole: hand it back (the queue re-runs it), never mark it done.
      if (signal?.aborted && !(await jobs.getReport(props.id))) throw interruption(signal);
      await jobs.updateJob(props.id, { status: 'done', at: clock().toISOString() });
      if (done) await record(props.id, done).catch(() => undefined);
      options.onFinished?.(props, { status: 'done', report, attempt });
    },
    async onFailed(props, error) {
      const reason = failureReason(error);
      const at = clock().toISOString();
      await jobs.updateJob(props.id, { status: 'failed', at, reason });
      await record(props.id, { type: 'error', at, message: reason });
      options.onFinished?.(props, { status: 'failed', reason });
    },
  };
}
