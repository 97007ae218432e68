// One report-making thread of the pool (report-thread-pool.ts): its own connection to the SQLite store and its
// own engine, built from the same settings as the main thread's; reports run here, progress goes back by message.
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ProgressEvent } from '../../contracts/types.ts';
import type { ThreadData, ThreadRequest, ThreadResponse } from './report-thread-messages.ts';

const port = parentPort;
if (!port) throw new Error('report-thread.ts runs only as a worker thread (see report-thread-pool.ts)');
const data = workerData as ThreadData;
// A thread is a new Node.js instance: the compile cache the process turned on (bin/crosscheck.js) is on here only
// when turned on again, before the modules below load (about 0.9 → 0.5 s to ready).
if (data.compileCache) enableCompileCache(data.compileCache);
const [{ createEngine }, { warmUp }, { createSqliteStore }, { engineReportMaker }, { plugAnalyses }] = await Promise.all([
  import('../engine/create-engine.ts'),
  import('../engine/warm-up.ts'),
  import('../../adapters/store/sqlite/sqlite-store.ts'),
  import('./report-job.ts'),
  import('../engine/analysis-cache.ts'),
]);
const store = createSqliteStore({ file: data.storeFile, busyWaitMs: data.busyWaitMs, serving: true });
// The demo corpus's sentences read ahead (analysis-cache.ts, corpus-analyses.ts).
const analyses = plugAnalyses({ corpusFile: data.corpusFile });
const engine = await createEngine({ env: data.env, store });
const makeReport = engineReportMaker(engine, store);
const running = new Map<number, AbortController>();
const send = (message: ThreadResponse) => port.postMessage(message);

port.on('message', (message: ThreadRequest) => {
  if (message.type === 'abort') {
    running.get(message.task)?.abort(message.reason);
    return;
  }
  if (message.type === 'close') {
    analyses.finish();
    void store.close().then(() => port.close());
    return;
  }
  const controller = new AbortController();
  running.set(message.task, controller);
  const { task, id, question, parentId } = message;
  makeReport({ id, question, parentId, signal: controller.signal, onEvent: outbox(task) })
    .then((report) => send({ type: 'done', task, report }))
    .catch((error: unknown) => send({ type: 'failed', task, error: describeError(error) }))
    .finally(() => running.delete(task));
});
// Ready once the first report would not pay for loading the NLP model or the search's memory (the pool's ready() waits for this).
await warmUp({ store });
send({ type: 'ready' });

/** Sends a report's events once its synchronous stretch ends, together (sent before its 'done': queued earlier). */
function outbox(task: number): (event: ProgressEvent) => void {
  let queued: ProgressEvent[] = [];
  return (event) => {
    queued.push(event);
    if (queued.length > 1) return;
    queueMicrotask(() => {
      send({ type: 'events', task, events: queued });
      queued = [];
    });
  };
}

function describeError(error: unknown): { name: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}
