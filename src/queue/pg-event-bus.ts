// Live progress across processes: a published event is already stored (ReportJobs.appendEvent), so
// NOTIFY carries only its report id and number; each listening process reads the stored event and
// hands it to its subscribers. NOTIFY payloads are capped at 8000 bytes, events are not.
import type pg from 'pg';
import type { EventBus, ReportJobs } from '../contracts.ts';
import { createEventListeners } from '../jobs/event-listeners.ts';

export const EVENTS_CHANNEL = 'crosscheck_events';
const RECONNECT_MS = [250, 1000, 5000];

export interface PostgresEventBusOptions {
  /** NOTIFY goes through the pool; LISTEN holds one of its connections for as long as the bus is open. */
  pool: pg.Pool;
  /** The store's schema: buses of other schemas on the same database ignore this one's events. */
  schema?: string;
  jobs: Pick<ReportJobs, 'listEvents'>;
  onError?: (error: unknown) => void;
}

export type PostgresEventBus = EventBus & {
  /** Resolves once LISTEN is in place (subscribers added before miss nothing stored, only the live push). */
  listening: Promise<void>;
  close(): Promise<void>;
};

interface Notice {
  schema: string;
  reportId: string;
  seq: number;
}

function parseNotice(payload: string | undefined): Notice | undefined {
  try {
    const value = JSON.parse(payload ?? '') as { s?: unknown; r?: unknown; q?: unknown };
    if (typeof value.s === 'string' && typeof value.r === 'string' && typeof value.q === 'number') return { schema: value.s, reportId: value.r, seq: value.q };
  } catch {
    // Someone else's NOTIFY on our channel: not ours to read.
  }
  return undefined;
}

export function createPostgresEventBus(options: PostgresEventBusOptions): PostgresEventBus {
  const schema = options.schema ?? '';
  const listeners = createEventListeners();
  /** Per report: the last number delivered, and the read in flight (reads run one after another, so nothing is delivered twice). */
  const delivered = new Map<string, { seq: number; chain: Promise<void> }>();
  let client: pg.PoolClient | undefined;
  let closed = false;

  const deliver = (notice: Notice) => {
    if (notice.schema !== schema || !listeners.has(notice.reportId)) return;
    const state = delivered.get(notice.reportId) ?? { seq: notice.seq - 1, chain: Promise.resolve() };
    delivered.set(notice.reportId, state);
    state.chain = state.chain.then(async () => {
      if (notice.seq <= state.seq) return;
      const events = await options.jobs.listEvents(notice.reportId, { after: state.seq });
      for (const event of events) {
        state.seq = Math.max(state.seq, event.seq);
        listeners.deliver(event);
      }
    }).catch((error) => options.onError?.(error));
  };

  const releases = new WeakMap<pg.PoolClient, (error?: Error) => void>();
  const listen = async (attempt = 0): Promise<void> => {
    if (closed) return;
    try {
      const connection = await options.pool.connect();
      // Closing (UNLISTEN) and a connection error can race at shutdown; the pool must get the client back once.
      let released = false;
      const release = (error?: Error) => {
        if (released) return;
        released = true;
        connection.release(error);
      };
      releases.set(connection, release);
      connection.on('notification', (message) => {
        const notice = message.channel === EVENTS_CHANNEL ? parseNotice(message.payload) : undefined;
        if (notice) deliver(notice);
      });
      connection.on('error', (error) => {
        options.onError?.(error);
        release(error);
        if (client === connection) client = undefined;
        // Events stored meanwhile are not lost: readers also poll the job, and re-read after reconnecting.
        if (!closed) void listen();
      });
      await connection.query(`LISTEN ${EVENTS_CHANNEL}`);
      if (closed) {
        release();
        return;
      }
      client = connection;
    } catch (error) {
      options.onError?.(error);
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)]));
      return listen(attempt + 1);
    }
  };
  const listening = listen();

  return {
    id: 'postgres',
    listening,
    async publish(event) {
      await options.pool.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify({ s: schema, r: event.reportId, q: event.seq })]);
    },
    subscribe: (reportId, listener) => listeners.add(reportId, listener, () => delivered.delete(reportId)),
    async close() {
      closed = true;
      await listening;
      const connection = client;
      client = undefined;
      if (!connection) return;
      await connection.query(`UNLISTEN ${EVENTS_CHANNEL}`).catch(() => undefined);
      releases.get(connection)?.();
    },
  };
}
