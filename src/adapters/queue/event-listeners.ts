// Listeners for progress events, per report id: what every EventBus keeps, whatever carries the events.
import type { StoredEvent } from '../../contracts/ports.ts';

export type EventListener = (event: StoredEvent) => void;

export function createEventListeners() {
  const listeners = new Map<string, Set<EventListener>>();
  return {
    has: (reportId: string) => listeners.has(reportId),
    /** Reports someone listens to now (to catch up after a lost connection). */
    reportIds: () => [...listeners.keys()],
    count: (reportId: string) => listeners.get(reportId)?.size ?? 0,
    /** Returns the function that unsubscribes; `onLast` runs when the report's last listener leaves. */
    add(reportId: string, listener: EventListener, onLast?: () => void): () => void {
      const set = listeners.get(reportId) ?? new Set();
      set.add(listener);
      listeners.set(reportId, set);
      return () => {
        set.delete(listener);
        if (set.size > 0) return;
        listeners.delete(reportId);
        onLast?.();
      };
    },
    deliver(event: StoredEvent): void {
      for (const listener of [...(listeners.get(event.reportId) ?? [])]) {
        try {
          listener(event);
        } catch {
          // One broken reader (a closed stream) must not stop the others or the job.
        }
      }
    },
  };
}
