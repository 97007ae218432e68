// Static files (hashed names, cached for good), the favicon, and the health checks a deployment polls.
import type { Hono } from 'hono';
import type { Site } from '../site.ts';

export function registerStaticRoutes(app: Hono, site: Site, logoUrl: string) {
  app.get('/static/:file', (c) => {
    const asset = site.files.get(c.req.path);
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable' });
  });
  app.get('/favicon.ico', (c) => c.redirect(logoUrl, 301));
  app.get('/healthz', (c) => c.json({ ok: true }));
  // Ready once the demo corpus is loaded: before that a question waits in the queue.
  app.get('/readyz', (c) => (site.isReady() ? c.json({ ready: true }) : c.json({ ready: false, reason: 'loading the demo corpus' }, 503)));
}
