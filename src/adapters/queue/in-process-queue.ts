// The embedded job runner: report jobs run in this process, a few at a time. The same question asked
// while it is queued or running joins that job; jobs left unfinished by a restart are picked up again.
import { randomBytes } from 'node:crypto';
import type { Clock, ReportJob, ReportJobs, ReportQueue } from '../../contracts/ports.ts';
import { questionKey } from '../../shared/text/question-key.ts';
import { validateQuestion } from '../../pipeline/understand/index.ts';
import { isRetryable, type JobDefinition, ShutdownError } from '../../contracts/job.ts';
import type { ReportJobProps } from '../../contracts/job.ts';

export interface InProcessQueueOptions {
  jobs: ReportJobs;
  job: JobDefinition<ReportJobProps>;
  /** Reports made at the same time (default 2). */
  concurrency?: number;
  clock?: Clock;
  newId?: () => string;
  /** Awaited before any job runs: the demo corpus loading on a fresh install. */
  ready?: Promise<unknown>;
  onError?: (error: unknown) => void;
}

export type InProcessQueue = ReportQueue & {
  /** Re-queues jobs a previous process left queued or running; returns how many. */
  recover(): Promise<number>;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
  /** Jobs running now. */
  running(): number;
  /** Stops running jobs (they stay unfinished in the store, for recover()). */
  close(): Promise<void>;
};

export function newReportId(): string {
  return `rep_${randomBytes(8).toString('hex')}`;
}

export function createInProcessQueue(options: InProcessQueueOptions): InProcessQueue {
  const { jobs, job } = options;
  const clock = options.clock ?? (() => new Date());
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const waiting: { props: ReportJobProps; attempt: number }[] = [];
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  const creating = new Map<string, Promise<{ job: ReportJob; joined: boolean }>>();
  let idleWaiters: (() => void)[] = [];
  let closed = false;

  const settleIdle = () => {
    if (waiting.length > 0 || running.size > 0) return;
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  };

  async function run(props: ReportJobProps, firstAttempt: number, signal: AbortSignal): Promise<void> {
    await options.ready;
    for (let attempt = firstAttempt; ; attempt++) {
      try {
        await job.perform(props, { attempt, signal });
        return;
      } catch (error) {
        if (signal.aborted) return;
        if (isRetryable(error) && attempt <= job.retries) continue;
        await job.onFailed(props, error);
        return;
      }
    }
  }

  function pump() {
    while (!closed && running.size < concurrency && waiting.length > 0) {
      const { props, attempt } = waiting.shift()!;
      const controller = new AbortController();
      const done = run(props, attempt, controller.signal)
        .catch((error) => options.onError?.(error))
        .finally(() => {
          running.delete(props.id);
          pump();
          settleIdle();
        });
      running.set(props.id, { controller, done });
    }
  }

  const schedule = (props: ReportJobProps, attempt = 1) => {
    waiting.push({ props, attempt });
    pump();
  };

  async function create(question: string, parentId: string | undefined) {
    const active = await jobs.findActiveJob(question);
    if (active) return { job: active, joined: true };
    const id = (options.newId ?? newReportId)();
    const created = await jobs.createJob({ id, question, parentId, createdAt: clock().toISOString() });
    // A store shared with other processes may hand back the job another one queued a moment ago.
    if (created.id !== id) return { job: created, joined: true };
    schedule({ id: created.id, question, ...(parentId ? { parentId } : {}) });
    return { job: created, joined: false };
  }

  return {
    id: 'in-process',
    async enqueue(request) {
      const question = validateQuestion(request.question);
      const key = questionKey(question);
      // Two readers asking at once: the second waits for the first one's job instead of making another.
      const inflight = creating.get(key);
      if (inflight) return { job: (await inflight).job, joined: true };
      const pending = create(question, request.parentId);
      creating.set(key, pending);
      try {
        return await pending;
      } finally {
        creating.delete(key);
      }
    },
    async recover() {
      const unfinished = (await jobs.listActiveJobs()).filter((active) => !running.has(active.id));
      for (const active of unfinished) {
        const props = { id: active.id, question: active.question, ...(active.parentId ? { parentId: active.parentId } : {}) };
        if (active.attempts > job.retries) await job.onFailed(props, new Error('it was interrupted by a restart too many times'));
        else schedule(props, active.attempts + 1);
      }
      return unfinished.length;
    },
    running: () => running.size,
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },
    async close() {
      closed = true;
      waiting.length = 0;
      for (const { controller } of running.values()) controller.abort(new ShutdownError());
      await Promise.allSettled([...running.values()].map((entry) => entry.done));
    },
  };
}
