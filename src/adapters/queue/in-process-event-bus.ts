// Live progress inside one process: listeners per report id. The events themselves are stored
// (ReportJobs.appendEvent), so a reader who subscribes late reads the past from the store.
import type { EventBus } from '../../contracts/ports.ts';
import { createEventListeners } from './event-listeners.ts';

export function createInProcessEventBus(): EventBus & { listenerCount(reportId: string): number } {
  const listeners = createEventListeners();
  return {
    id: 'in-process',
    async publish(event) {
      listeners.deliver(event);
    },
    subscribe: (reportId, listener) => listeners.add(reportId, listener),
    listenerCount: (reportId) => listeners.count(reportId),
  };
}
