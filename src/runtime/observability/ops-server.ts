// A small HTTP listener (Hono) for processes without a website (`crosscheck worker`): /healthz (alive),
// /readyz (store reachable, migrations applied, corpus loaded) and /metrics (Prometheus text format).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Metrics } from './metrics.ts';

export type ReadyCheck = () => Promise<{ ok: true } | { ok: false; reason: string }>;

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export async function startOpsServer(options: { port: number; host: string; checkReady: ReadyCheck; metrics: Metrics }): Promise<{ url: string; close(): Promise<void> }> {
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
  });
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/metrics', (c) => c.body(options.metrics.render(), 200, { 'content-type': PROMETHEUS_CONTENT_TYPE }));
  app.get('/readyz', async (c) => {
    const ready = await options.checkReady().catch((error: unknown) => ({ ok: false as const, reason: (error as Error).message }));
    return ready.ok ? c.json({ ready: true }) : c.json({ ready: false, reason: ready.reason }, 503);
  });
  app.notFound((c) => c.json({ error: 'not found: try /healthz, /readyz or /metrics' }, 404));
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(started));
    started.once('error', reject);
  });
  const address = server.address() as { address: string; port: number; family: string };
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve) => {
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
