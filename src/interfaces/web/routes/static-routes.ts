// Static files (hashed names, cached for good), the favicon, and the health checks a deployment polls.
import type { Hono } from 'hono';
import { PROMETHEUS_CONTENT_TYPE } from '../../../runtime/observability/ops-server.ts';
import type { Site } from '../site.ts';

export function registerStaticRoutes(app: Hono, site: Site, logoUrl: string) {
  app.get('/static/:file', (c) => {
    const asset = site.files.get(c.req.path);
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable' });
  });
  app.get('/favicon.ico', (c) => c.redirect(logoUrl, 301));
  app.get('/healthz', (c) => c.json({ ok: true }));
  // Ready once the store answers with its migrations applied and the demo corpus is loaded: before that a question waits in the queue.
  app.get('/readyz', async (c) => {
    c.header('cache-control', 'no-store');
    if (!site.isReady()) return c.json({ ready: false, reason: 'loading the demo corpus' }, 503);
    const ready = await site.checkReady();
    return ready.ok ? c.json({ ready: true }) : c.json({ ready: false, reason: ready.reason }, 503);
  });
  // Prometheus scrapes this; a public deployment keeps it to its private network (docs/DEPLOY.md).
  app.get('/metrics', (c) => {
    if (!site.metrics) return c.notFound();
    return c.body(site.metrics.render(), 200, { 'content-type': PROMETHEUS_CONTENT_TYPE, 'cache-control': 'no-store' });
  });
}
