// Streams a report's progress over SSE: the stored events after the reader's last one (so a late or
// reconnecting reader misses nothing), then live ones from the event bus, then `end` with the outcome.
// Streams are capped per client and in total, and closed after a while without progress.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { StoredEvent } from '../../../contracts/ports.ts';
import { HttpError } from '../http-error.ts';
import { publicJson, publicText } from '../presenters/public-sources.ts';
import type { Site } from '../site.ts';
import { assertJobVisible, visibleModeration } from './visibility.ts';

/** Streams are closed after this long; EventSource reconnects by itself with Last-Event-ID. */
const MAX_STREAM_MS = 10 * 60_000;

type End = { status: 'done'; url: string } | { status: 'failed'; reason: string };

export async function streamReportEvents(c: Context, site: Site, reportId: string, after: number): Promise<Response> {
  const { store } = site;
  const report = await store.getReport(reportId);
  if (report) await visibleModeration(site, report.id);
  const job = await store.getJob(reportId);
  if (job) await assertJobVisible(site, job);
  const slot = site.streams.limiter.open(site.clientKey(c));
  if (!slot.ok) {
    if (slot.scope === 'client') throw new HttpError(429, 'too-many-streams', 'This client already follows as many reports as it may at once; close one and try again.', { 'retry-after': '30' });
    throw new HttpError(503, 'streams-full', 'Too many readers are following reports right now; please try again in a moment.', { 'retry-after': '30' });
  }
  const filesBaseUrl = site.config.filesBaseUrl;
  return streamSSE(c, async (stream) => {
    const output: Output = {
      send: (event) =>
        stream.writeSSE({ event: 'progress', id: String(event.seq), data: JSON.stringify(publicJson({ seq: event.seq, type: event.type, at: event.at, message: event.message, data: event.data }, filesBaseUrl)) }),
      finish: (end) => stream.writeSSE({ event: 'end', data: JSON.stringify(end.status === 'failed' ? { ...end, reason: publicText(end.reason, filesBaseUrl) } : end) }),
      keepalive: () => stream.write(': keepalive\n\n'),
      onAbort: (listener) => stream.onAbort(listener),
    };
    try {
      // A report made elsewhere (the CLI) has no job: it is simply done.
      if (!job) await output.finish(report ? { status: 'done', url: `/reports/${encodeURIComponent(report.slug)}` } : { status: 'failed', reason: 'There is no such report.' });
      else await followJob(site, reportId, after, output);
    } finally {
      slot.release();
    }
  });
}

interface Output {
  send(event: StoredEvent): Promise<void>;
  finish(end: End): Promise<void>;
  keepalive(): Promise<unknown>;
  onAbort(listener: () => void): void;
}

/** Stored events after `after`, then live ones, until the job ends, the reader leaves, or nothing happens for the idle time. */
async function followJob(site: Site, reportId: string, after: number, output: Output): Promise<void> {
  const { store, events } = site;
  const { keepaliveMs, idleMs } = site.streams;
  const pending: StoredEvent[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  const unsubscribe = events.subscribe(reportId, (event) => {
    pending.push(event);
    wake?.();
  });
  output.onAbort(() => {
    closed = true;
    wake?.();
  });
  const started = Date.now();
  let lastProgress = started;
  let last = after;
  try {
    // Subscribed before reading the past, so nothing falls between the two; duplicates are skipped by number.
    pending.unshift(...(await store.listEvents(reportId, { after })));
    for (;;) {
      while (pending.length > 0 && !closed) {
        const event = pending.shift()!;
        if (event.seq <= last) continue;
        last = event.seq;
        lastProgress = Date.now();
        await output.send(event);
        if (event.type === 'done') return await output.finish({ status: 'done', url: doneUrl(event, reportId) });
        if (event.type === 'error') return await output.finish({ status: 'failed', reason: event.message });
      }
      const now = Date.now();
      if (closed || now - started > MAX_STREAM_MS || now - lastProgress >= idleMs) return;
      // The job may have ended without a final event reaching us (another process, a restart).
      const current = await store.getJob(reportId);
      if (current?.status === 'done' && pending.length === 0) return await output.finish({ status: 'done', url: `/reports/${encodeURIComponent(reportId)}` });
      if (current?.status === 'failed' && pending.length === 0) return await output.finish({ status: 'failed', reason: current.reason ?? 'The report could not be made.' });
      if (pending.length > 0) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, Math.min(keepaliveMs, idleMs - (now - lastProgress))));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
      if (pending.length === 0 && !closed && Date.now() - lastProgress < idleMs) await output.keepalive();
    }
  } finally {
    unsubscribe();
  }
}

function doneUrl(event: StoredEvent, reportId: string): string {
  const slug = typeof event.data?.slug === 'string' ? event.data.slug : reportId;
  return `/reports/${encodeURIComponent(slug)}`;
}
