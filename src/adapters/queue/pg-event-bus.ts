// Live progress across processes: a published event is already stored (ReportJobs.appendEvent), so
// NOTIFY carries only its report id and number; each listening process reads the stored event and
// hands it to its subscribers. NOTIFY payloads are capped at 8000 bytes, events are not.
import type pg from 'pg';
import type { EventBus, ReportJobs } from '../../contracts/ports.ts';
import { createEventListeners } from './event-listeners.ts';

export const EVENTS_CHANNEL = 'crosscheck_events';
/** Waits before reconnecting LISTEN after a loss, by attempt (the last one repeats). */
const RECONNECT_MS = [250, 500, 1000, 2000, 4000];
/** Closing waits this long at most for an UNLISTEN (the database may be gone). */
const CLOSE_WAIT_MS = 2000;
/** A silent connection (a partition) delivers nothing and reports no error: it is asked to answer this often. */
const HEARTBEAT_MS = 5000;
const HEARTBEAT_TIMEOUT_MS = 3000;

export interface PostgresEventBusOptions {
  /** NOTIFY goes through the pool; LISTEN holds one of its connections for as long as the bus is open. */
  pool: pg.Pool;
  /** The store's schema: buses of other schemas on the same database ignore this one's events. */
  schema?: string;
  jobs: Pick<ReportJobs, 'listEvents'>;
  onError?: (error: unknown) => void;
}

export type PostgresEventBus = EventBus & {
  /** Resolves once LISTEN is first in place (subscribers added before miss nothing stored, only the live push). */
  listening: Promise<void>;
  /** LISTEN is in place now (false while reconnecting after the database was lost). */
  connected(): boolean;
  /** Connections lost and LISTEN set up again since the start (each loss reconnects once). */
  reconnects(): number;
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
  /** Declares the current LISTEN connection lost (from the heartbeat). */
  let loseCurrent: ((error: Error) => void) | undefined;
  let closed = false;
  let losses = 0;
  let retry: { timer: NodeJS.Timeout; resolve: () => void } | undefined;
  let attempt: Promise<void> = Promise.resolve();

  /** Reads and hands on the stored events of a report after the last delivered one (`seq`: at least up to it; none delivered yet: from `seq`, or from the first with `fromStart`). */
  const catchUp = (reportId: string, seq: number, fromStart = false) => {
    if (!listeners.has(reportId)) return;
    const state = delivered.get(reportId) ?? { seq: fromStart ? 0 : seq - 1, chain: Promise.resolve() };
    delivered.set(reportId, state);
    state.chain = state.chain.then(async () => {
      if (seq <= state.seq) return;
      const events = await options.jobs.listEvents(reportId, { after: state.seq });
      for (const event of events) {
        state.seq = Math.max(state.seq, event.seq);
        listeners.deliver(event);
      }
    }).catch((error) => options.onError?.(error));
  };

  const wait = (ms: number) => new Promise<void>((resolve) => {
    retry = { timer: setTimeout(resolve, ms), resolve };
  }).finally(() => {
    retry = undefined;
  });

  /** Takes a connection and LISTENs, retrying with backoff until it works or the bus closes. */
  const connect = async (): Promise<void> => {
    for (let tries = 0; !closed; tries++) {
      let connection: pg.PoolClient | undefined;
      try {
        connection = await options.pool.connect();
        const lose = watch(connection);
        await connection.query(`LISTEN ${EVENTS_CHANNEL}`);
        if (closed) return releaseOnce(connection);
        client = connection;
        loseCurrent = lose;
        return;
      } catch (error) {
        if (connection) releaseOnce(connection, error as Error);
        options.onError?.(error);
        await wait(RECONNECT_MS[Math.min(tries, RECONNECT_MS.length - 1)]);
      }
    }
  };

  const released = new WeakSet<pg.PoolClient>();
  // Closing (UNLISTEN) and a connection error can race at shutdown; the pool must get the client back once.
  const releaseOnce = (connection: pg.PoolClient, error?: Error) => {
    if (released.has(connection)) return;
    released.add(connection);
    connection.release(error ?? undefined);
  };

  /** A LISTEN connection lost ('error' and 'end' may both come): given back once, reconnected once. */
  const watch = (connection: pg.PoolClient): ((error: Error) => void) => {
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      releaseOnce(connection, error ?? new Error('the LISTEN connection ended'));
      if (client !== connection) return; // still connecting: connect() retries by itself
      client = undefined;
      if (error) options.onError?.(error);
      if (closed) return;
      losses++;
      // Events stored while disconnected are read back once LISTEN is in place again.
      attempt = connect().then(() => {
        for (const reportId of listeners.reportIds()) catchUp(reportId, Number.MAX_SAFE_INTEGER, true);
      });
    };
    connection.on('notification', (message) => {
      const notice = message.channel === EVENTS_CHANNEL ? parseNotice(message.payload) : undefined;
      if (notice && notice.schema === schema) catchUp(notice.reportId, notice.seq);
    });
    connection.on('error', onLost);
    connection.on('end', () => onLost());
    return onLost;
  };

  const heartbeat = setInterval(() => {
    const connection = client;
    const lose = loseCurrent;
    if (!connection || !lose) return;
    // LISTEN again, a no-op on a listening session, as the round trip: the session keeps showing what it is
    // for in pg_stat_activity (its last statement), where a SELECT 1 would hide it among the pool's.
    connection.query({ text: `LISTEN ${EVENTS_CHANNEL}`, query_timeout: HEARTBEAT_TIMEOUT_MS } as pg.QueryConfig).catch((error: Error) => {
      if (client === connection) lose(new Error(`the LISTEN connection stopped answering (${error.message})`));
    });
  }, HEARTBEAT_MS);
  heartbeat.unref();

  attempt = connect();
  const listening = attempt;

  return {
    id: 'postgres',
    listening,
    connected: () => client !== undefined,
    reconnects: () => losses,
    async publish(event) {
      await options.pool.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify({ s: schema, r: event.reportId, q: event.seq })]);
    },
    subscribe: (reportId, listener) => listeners.add(reportId, listener, () => delivered.delete(reportId)),
    async close() {
      closed = true;
      clearInterval(heartbeat);
      if (retry) {
        clearTimeout(retry.timer);
        retry.resolve();
      }
      await attempt;
      const connection = client;
      client = undefined;
      if (!connection) return;
      const unlisten = connection.query(`UNLISTEN ${EVENTS_CHANNEL}`).catch(() => undefined);
      const timedOut = await Promise.race([unlisten.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), CLOSE_WAIT_MS).unref())]);
      releaseOnce(connection, timedOut ? new Error('UNLISTEN did not answer') : undefined);
    },
  };
}
