// One report made in this process through the same typed report job and in-process queue the website
// uses (`crosscheck ask`): the job is stored, its events numbered and stored, a retryable failure retried,
// and a failure ends the job with its reason; the caller gets the report or the error that stopped it.
import type { SiteStore } from '../../contracts/ports.ts';
import type { Report } from '../../contracts/schema.ts';
import type { ProgressListener } from '../../contracts/types.ts';
import type { Engine } from '../../pipeline/run-report.ts';
import { createInProcessEventBus } from '../../adapters/queue/in-process-event-bus.ts';
import { createInProcessQueue } from '../../adapters/queue/in-process-queue.ts';
import { createReportJob, engineReportMaker } from './report-job.ts';

export interface AskThroughJobOptions {
  store: SiteStore;
  engine: Engine;
  question: string;
  parentId?: string;
  onEvent?: ProgressListener;
  /** How often a job made by another process (a shared PostgreSQL store) is looked at. */
  pollMs?: number;
}

export class ReportFailedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReportFailedError';
  }
}

/** Resolves with the report; rejects with the pipeline's own error (a QuestionError stays one) or the job's reason. */
export async function askThroughJob(options: AskThroughJobOptions): Promise<Report> {
  const { store } = options;
  const events = createInProcessEventBus();
  const maker = engineReportMaker(options.engine, store);
  let failure: unknown;
  const job = createReportJob({
    jobs: store,
    events,
    makeReport: (input) => maker(input).catch((error: unknown) => {
      failure = error;
      throw error;
    }),
  });
  let open!: () => void;
  const subscribed = new Promise<void>((resolve) => (open = resolve));
  // The command always makes its own report, as it did before it ran as a job: it never joins another asker's.
  const jobs: SiteStore = { ...store, findActiveJob: async () => undefined };
  const queue = createInProcessQueue({ jobs, job, concurrency: 1, ready: subscribed });
  const { job: queued, joined } = await queue.enqueue({ question: options.question, parentId: options.parentId });
  const unsubscribe = events.subscribe(queued.id, (event) => options.onEvent?.(event));
  open();
  try {
    if (joined) return await followOtherProcess(store, queued.id, options);
    await queue.idle();
  } finally {
    unsubscribe();
    await queue.close();
  }
  const finished = await store.getJob(queued.id);
  const report = finished?.status === 'done' ? await store.getReport(queued.id) : undefined;
  if (report) return report;
  throw failure ?? new ReportFailedError(finished?.reason ?? 'the report could not be made');
}

/** A PostgreSQL store handed back another process's active job for the same question: relay its stored events until it ends. */
async function followOtherProcess(store: SiteStore, id: string, options: AskThroughJobOptions): Promise<Report> {
  let after = 0;
  for (;;) {
    for (const event of await store.listEvents(id, { after })) {
      after = event.seq;
      options.onEvent?.(event);
    }
    const job = await store.getJob(id);
    if (job?.status === 'done') {
      const report = await store.getReport(id);
      if (report) return report;
    }
    if (!job || job.status === 'failed') throw new ReportFailedError(job?.reason ?? 'the report could not be made');
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
}
