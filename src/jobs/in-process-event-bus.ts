// Live progress inside one process: listeners per report id. The events themselves are stored
// (ReportJobs.appendEvent), so a reader who subscribes late reads the past from the store.
import type { EventBus, StoredEvent } from '../contracts.ts';

export function createInProcessEventBus(): EventBus & { listenerCount(reportId: string): number } {
  const listeners = new Map<string, Set<(event: StoredEvent) => void>>();
  return {
    id: 'in-process',
    async publish(event) {
      for (const listener of [...(listeners.get(event.reportId) ?? [])]) {
        try {
          listener(event);
        } catch {
          // One broken reader (a closed stream) must not stop the others or the job.
        }
      }
    },
    subscribe(reportId, listener) {
      const set = listeners.get(reportId) ?? new Set();
      set.add(listener);
      listeners.set(reportId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(reportId);
      };
    },
    listenerCount(reportId) {
      return listeners.get(reportId)?.size ?? 0;
    },
  };
}
