// Report making in worker threads: each thread has its own SQLite connection and engine, so reports/s grows
// with cores and the web server's event loop only relays progress events (node:sqlite and the pipeline's CPU
// would otherwise block it for a whole report). A MakeReport like engineReportMaker, for the same report job.
import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';
import { type Env, problemsIn, readSettings, type Settings } from '../settings.ts';
import type { Report } from '../../contracts/schema.ts';
import type { ProgressListener } from '../../contracts/types.ts';
import { QuestionError } from '../../pipeline/understand/question-error.ts';
import { interruption, ShutdownError } from '../../contracts/job.ts';
import type { MakeReport } from './report-job.ts';
import type { ThreadData, ThreadRequest, ThreadResponse } from './report-thread-messages.ts';

export interface ReportThreadPoolOptions {
  /** Threads (≥ 1); each runs any number of reports at once, the queue's concurrency bounds them together. */
  threads: number;
  /** The SQLite store file (an in-memory store cannot be shared between threads). */
  storeFile: string;
  /** The settings every thread builds its engine from (as the main thread's createEngine does). */
  env: Record<string, string | undefined>;
  busyWaitMs?: number;
  /** The demo corpus's analyses file each thread reads (runtime/engine/corpus-analyses.ts); none when not given. */
  corpusFile?: string;
}

export interface ReportThreadPool {
  readonly size: number;
  makeReport: MakeReport;
  /** Reports running on each thread now. */
  load(): number[];
  /** Resolves once every thread has its store, its engine and the NLP model loaded (or has stopped). */
  ready(): Promise<void>;
  /** Stops every thread; reports still running fail as interrupted. */
  close(): Promise<void>;
}

interface Task {
  onEvent: ProgressListener;
  /** Removes the abort listener once the report has settled. */
  release: () => void;
  resolve: (report: Report) => void;
  reject: (error: Error) => void;
  signal?: AbortSignal;
}

interface Thread {
  worker: Worker;
  tasks: Map<number, Task>;
  ready: Promise<void>;
}

const THREAD_FILE = new URL('./report-thread.ts', import.meta.url);

export function createReportThreadPool(options: ReportThreadPoolOptions): ReportThreadPool {
  if (!Number.isInteger(options.threads) || options.threads < 1) throw new RangeError(`report threads must be a whole number ≥ 1, got ${options.threads}`);
  if (options.storeFile === ':memory:') throw new RangeError('report threads need a store file: an in-memory store cannot be shared between threads');
  const data: ThreadData = { storeFile: options.storeFile, env: { ...options.env }, busyWaitMs: options.busyWaitMs, corpusFile: options.corpusFile, compileCache: getCompileCacheDir() };
  let nextTask = 1;
  let closing = false;
  const threads: Thread[] = [];

  const start = (slot: number) => {
    let started!: () => void;
    const thread: Thread = { worker: new Worker(THREAD_FILE, { workerData: data }), tasks: new Map(), ready: new Promise((resolve) => (started = resolve)) };
    threads[slot] = thread;
    thread.worker.on('message', (message: ThreadResponse) => (message.type === 'ready' ? started() : settle(thread, message)));
    thread.worker.once('exit', () => started());
    const lost = (reason: string) => {
      for (const task of thread.tasks.values()) {
        task.release();
        task.reject(task.signal?.aborted ? interruption(task.signal) : new Error(`the report thread stopped: ${reason}`));
      }
      thread.tasks.clear();
      // A thread that died is replaced, so one crashing report does not shrink the pool.
      if (!closing && threads[slot] === thread) start(slot);
    };
    thread.worker.on('error', (error) => lost(error.message));
    thread.worker.on('exit', (code) => lost(`exit code ${code}`));
  };
  for (let slot = 0; slot < options.threads; slot++) start(slot);

  const makeReport: MakeReport = ({ id, question, parentId, onEvent, signal }) => {
    if (closing) return Promise.reject(new ShutdownError());
    if (signal?.aborted) return Promise.reject(interruption(signal));
    const thread = threads.reduce((least, candidate) => (candidate.tasks.size < least.tasks.size ? candidate : least));
    const task = nextTask++;
    return new Promise<Report>((resolve, reject) => {
      const abort = () => post(thread, { type: 'abort', task, reason: interruption(signal!).message });
      signal?.addEventListener('abort', abort, { once: true });
      thread.tasks.set(task, { onEvent, resolve, reject, signal, release: () => signal?.removeEventListener('abort', abort) });
      post(thread, { type: 'run', task, id, question, ...(parentId ? { parentId } : {}) });
    });
  };

  return {
    size: options.threads,
    makeReport,
    load: () => threads.map((thread) => thread.tasks.size),
    ready: async () => {
      await Promise.all(threads.map((thread) => thread.ready));
    },
    async close() {
      closing = true;
      await Promise.all(threads.map(async (thread) => {
        const exited = new Promise<void>((resolve) => thread.worker.once('exit', () => resolve()));
        post(thread, { type: 'close' });
        // A thread busy past a second (a report that ignores its abort) is stopped outright.
        const timer = setTimeout(() => void thread.worker.terminate(), 1000);
        await exited;
        clearTimeout(timer);
      }));
    },
  };
}

function post(thread: Thread, message: ThreadRequest): void {
  thread.worker.postMessage(message);
}

function settle(thread: Thread, message: Exclude<ThreadResponse, { type: 'ready' }>): void {
  const task = thread.tasks.get(message.task);
  if (!task) return;
  if (message.type === 'events') {
    for (const event of message.events) task.onEvent(event);
    return;
  }
  thread.tasks.delete(message.task);
  task.release();
  if (message.type === 'done') task.resolve(message.report);
  else task.reject(task.signal?.aborted ? interruption(task.signal) : rebuildError(message.error));
}

/** Errors cross the thread boundary as name and message; the ones the job treats specially come back as themselves. */
function rebuildError({ name, message, code }: { name: string; message: string; code?: string }): Error {
  if (code === new QuestionError('').code) return new QuestionError(message);
  if (name === 'ShutdownError') return new ShutdownError(message);
  const error = new Error(message);
  error.name = name;
  return error;
}

/** CROSSCHECK_REPORT_THREADS: report threads for `serve` on a SQLite file (unset or 0: reports run on the main thread). */
export function reportThreadsFrom(settings: Settings): number {
  const [problem] = problemsIn(settings, { names: ['CROSSCHECK_REPORT_THREADS'] });
  if (problem) throw new RangeError(`${problem.message}; the number of cores is a good start`);
  return settings.values.CROSSCHECK_REPORT_THREADS;
}

/** The same from an environment, parsed by the one settings schema. */
export function reportThreadsFromEnv(env: Env): number {
  return reportThreadsFrom(readSettings(env));
}
