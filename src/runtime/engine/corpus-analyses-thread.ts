// The thread that fills the demo corpus's analyses (corpus-analyses.ts) while a server runs: at the lowest CPU
// priority (on Linux a thread's nice value is its own), so reports and pages take a core before it does, and
// yielding between batches of passages, so it can be told to stop.
import { enableCompileCache } from 'node:module';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusFiles } from './corpus-analyses.ts';

const port = parentPort;
if (!port) throw new Error('corpus-analyses-thread.ts runs only as a worker thread (see fill-corpus-in-background.ts)');
const data = workerData as { files: CorpusFiles; lowestPriority: boolean; compileCache?: string };
if (data.compileCache) enableCompileCache(data.compileCache);
try {
  if (data.lowestPriority) setPriority(19);
} catch {
  // not allowed here: the thread runs at the process's priority
}
const { fillCorpusAnalyses } = await import('./corpus-analyses.ts');
let stopping = false;
port.on('message', (message: { type: 'stop' }) => {
  if (message.type === 'stop') stopping = true;
});
const result = await fillCorpusAnalyses(data.files, {
  pause: () => new Promise((resolve, reject) => setImmediate(() => (stopping ? reject(new StopRequested()) : resolve()))),
}).catch((error: unknown) => (error instanceof StopRequested ? { sentences: 0, complete: false } : Promise.reject(error)));
port.postMessage({ type: 'done', ...result });
port.close();

class StopRequested extends Error {}
