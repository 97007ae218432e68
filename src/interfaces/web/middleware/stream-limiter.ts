// Caps on open progress streams (SSE): a few per client, a ceiling for the process, so one client cannot
// hold hundreds of connections open. In memory: each web process counts its own streams.
export type StreamSlot = { ok: true; release: () => void } | { ok: false; scope: 'client' | 'total' };

export interface StreamLimiter {
  open(client: string): StreamSlot;
  /** Streams open now, in total. */
  size(): number;
}

export function createStreamLimiter(options: { perClient: number; total: number }): StreamLimiter {
  const perClient = new Map<string, number>();
  let total = 0;
  return {
    open(client) {
      const mine = perClient.get(client) ?? 0;
      if (mine >= options.perClient) return { ok: false, scope: 'client' };
      if (total >= options.total) return { ok: false, scope: 'total' };
      perClient.set(client, mine + 1);
      total++;
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          total--;
          const left = (perClient.get(client) ?? 1) - 1;
          if (left > 0) perClient.set(client, left);
          else perClient.delete(client);
        },
      };
    },
    size: () => total,
  };
}
