// What a process that takes report jobs exposes, whichever queue feeds it: the queue to ask through,
// how many jobs run here now, and a stop that finishes or hands back the running ones.
import type { ReportQueue } from '../../contracts/ports.ts';
import type { InProcessQueue } from '../../adapters/queue/in-process-queue.ts';

export interface JobRunner {
  queue: ReportQueue;
  /** Jobs a previous process left unfinished and this one picked up. */
  recovered?: number;
  /** Report jobs running in this process now. */
  running(): number;
  /** Stops taking jobs; running ones get `graceMs` to finish, then are handed back (resumed later or elsewhere). */
  stop(graceMs: number): Promise<void>;
}

export function inProcessRunner(queue: InProcessQueue): JobRunner {
  return {
    queue,
    running: () => queue.running(),
    async stop(graceMs) {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([queue.idle(), grace]);
      clearTimeout(timer);
      // Whatever still runs is aborted and stays unfinished in the store: recover() resumes it at the next start.
      await queue.close();
    },
  };
}
