// At most N requests in flight per host, so one report never hammers one site; waiting is abortable.

export interface HostLimiter {
  run<T>(host: string, signal: AbortSignal, task: () => Promise<T>): Promise<T>;
}

export function createHostLimiter(perHost: number): HostLimiter {
  const active = new Map<string, number>();
  const waiting = new Map<string, Array<() => void>>();
  const release = (host: string) => {
    const next = waiting.get(host)?.shift();
    if (next) return next();
    const count = (active.get(host) ?? 1) - 1;
    if (count <= 0) active.delete(host);
    else active.set(host, count);
    if (waiting.get(host)?.length === 0) waiting.delete(host);
  };
  const acquire = (host: string, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if ((active.get(host) ?? 0) < perHost) {
        active.set(host, (active.get(host) ?? 0) + 1);
        return resolve();
      }
      const queue = waiting.get(host) ?? [];
      waiting.set(host, queue);
      const onAbort = () => {
        const index = queue.indexOf(grant);
        if (index >= 0) queue.splice(index, 1);
        reject(signal.reason);
      };
      // A slot handed over keeps the host's active count unchanged.
      const grant = () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      queue.push(grant);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  return {
    async run(host, signal, task) {
      signal.throwIfAborted();
      await acquire(host, signal);
      try {
        return await task();
      } finally {
        release(host);
      }
    },
  };
}
