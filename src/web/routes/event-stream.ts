// Streams a report's progress over SSE: the stored events after the reader's last one (so a late or
// reconnecting reader misses nothing), then live ones from the event bus, then `end` with the outcome.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { StoredEvent } from '../../contracts.ts';
import type { Site } from '../site.ts';

const KEEPALIVE_MS = 15_000;
/** Streams are closed after this long; EventSource reconnects by itself with Last-Event-ID. */
const MAX_STREAM_MS = 10 * 60_000;

type End = { status: 'done'; url: string } | { status: 'failed'; reason: string };

export async function streamReportEvents(c: Context, site: Site, reportId: string, after: number): Promise<Response> {
  const { store, events } = site;
  const job = await store.getJob(reportId);
  return streamSSE(c, async (stream) => {
    const send = (event: StoredEvent) =>
      stream.writeSSE({ event: 'progress', id: String(event.seq), data: JSON.stringify({ seq: event.seq, type: event.type, at: event.at, message: event.message, data: event.data }) });
    const finish = (end: End) => stream.writeSSE({ event: 'end', data: JSON.stringify(end) });
    if (!job) {
      // A report made elsewhere (the CLI) has no job: it is simply done.
      const report = await store.getReport(reportId);
      await finish(report ? { status: 'done', url: `/reports/${encodeURIComponent(report.slug)}` } : { status: 'failed', reason: 'There is no such report.' });
      return;
    }
    const pending: StoredEvent[] = [];
    let wake: (() => void) | undefined;
    let closed = false;
    const unsubscribe = events.subscribe(reportId, (event) => {
      pending.push(event);
      wake?.();
    });
    stream.onAbort(() => {
      closed = true;
      wake?.();
    });
    const started = Date.now();
    let last = after;
    try {
      // Subscribed before reading the past, so nothing falls between the two; duplicates are skipped by number.
      pending.unshift(...(await store.listEvents(reportId, { after })));
      for (;;) {
        while (pending.length > 0 && !closed) {
          const event = pending.shift()!;
          if (event.seq <= last) continue;
          last = event.seq;
          await send(event);
          if (event.type === 'done') return await finish({ status: 'done', url: doneUrl(event, reportId) });
          if (event.type === 'error') return await finish({ status: 'failed', reason: event.message });
        }
        if (closed || Date.now() - started > MAX_STREAM_MS) return;
        // The job may have ended without a final event reaching us (another process, a restart).
        const current = await store.getJob(reportId);
        if (current?.status === 'done' && pending.length === 0) return await finish({ status: 'done', url: `/reports/${encodeURIComponent(reportId)}` });
        if (current?.status === 'failed' && pending.length === 0) return await finish({ status: 'failed', reason: current.reason ?? 'The report could not be made.' });
        if (pending.length > 0) continue;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, KEEPALIVE_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
        if (pending.length === 0 && !closed) await stream.write(': keepalive\n\n');
      }
    } finally {
      unsubscribe();
    }
  });
}

function doneUrl(event: StoredEvent, reportId: string): string {
  const slug = typeof event.data?.slug === 'string' ? event.data.slug : reportId;
  return `/reports/${encodeURIComponent(slug)}`;
}
