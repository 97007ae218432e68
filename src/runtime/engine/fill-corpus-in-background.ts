// Starts the demo corpus's analyses filling in a thread of their own (corpus-analyses-thread.ts) unless they are
// complete for this code and this ready demo store: serve calls it once it listens, so a first answer never waits
// for it; the bench waits for it, to measure a server that has been up a few minutes.
import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';
import { demoStoreIsCurrent } from '../../adapters/demo-corpus/demo-store.ts';
import { type CorpusFiles, corpusAnalysesComplete, DEFAULT_CORPUS_FILES } from './corpus-analyses.ts';

export interface CorpusFill {
  /** Settles when the fill ends: how many sentences it read, and whether the file is complete. */
  done: Promise<{ sentences: number; complete: boolean }>;
  /** Asks the thread to stop after its batch (what it read is kept) and waits for it, a second at most. */
  stop(): Promise<void>;
}

const THREAD_FILE = new URL('./corpus-analyses-thread.ts', import.meta.url);

/**
 * The running fill, at the lowest CPU priority unless told otherwise (a bench that waits for it: on a busy machine the
 * lowest priority gets almost nothing), or undefined when there is nothing to fill (complete, or no current ready demo store). */
export function fillCorpusInBackground(files: CorpusFiles = DEFAULT_CORPUS_FILES, options: { lowestPriority?: boolean } = {}): CorpusFill | undefined {
  if (files === DEFAULT_CORPUS_FILES && !demoStoreIsCurrent()) return undefined;
  if (corpusAnalysesComplete(files)) return undefined;
  const worker = new Worker(THREAD_FILE, { workerData: { files, lowestPriority: options.lowestPriority ?? true, compileCache: getCompileCacheDir() } });
  worker.unref();
  const done = new Promise<{ sentences: number; complete: boolean }>((resolve, reject) => {
    worker.once('message', (message: { sentences: number; complete: boolean }) => resolve({ sentences: message.sentences, complete: message.complete }));
    worker.once('error', reject);
    worker.once('exit', () => resolve({ sentences: 0, complete: false }));
  });
  return {
    done,
    async stop() {
      worker.postMessage({ type: 'stop' });
      const timer = setTimeout(() => void worker.terminate(), 1000);
      await done.catch(() => undefined);
      clearTimeout(timer);
    },
  };
}
