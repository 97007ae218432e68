// The messages between the report thread pool and its threads (structured-cloned: plain data only).
import type { Report } from '../../contracts/schema.ts';
import type { ProgressEvent } from '../../contracts/types.ts';

export interface ThreadData {
  storeFile: string;
  env: Record<string, string | undefined>;
  busyWaitMs?: number;
  /** The demo corpus's analyses file, read behind the store's own (runtime/engine/corpus-analyses.ts). */
  corpusFile?: string;
  /** The process's compile cache folder, turned on in the thread too. */
  compileCache?: string;
}

export type ThreadRequest =
  | { type: 'run'; task: number; id: string; question: string; parentId?: string }
  | { type: 'abort'; task: number; reason: string }
  | { type: 'close' };

export type ThreadResponse =
  | { type: 'ready' }
  /** The events a report emitted in one synchronous stretch, in order: one message, and one write of them. */
  | { type: 'events'; task: number; events: ProgressEvent[] }
  | { type: 'done'; task: number; report: Report }
  | { type: 'failed'; task: number; error: { name: string; message: string; code?: string } };
