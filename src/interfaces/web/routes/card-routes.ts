// A report's Open Graph card: a 1200 × 630 PNG rendered on the server, under the same visibility rule as the page.
import type { Hono } from 'hono';
import { z } from 'zod';
import { createCardRenderer } from '../card/card-renderer.ts';
import { publicReport } from '../presenters/public-sources.ts';
import type { Site } from '../site.ts';
import { parseInput } from './validate.ts';
import { visibleModeration } from './visibility.ts';

const CardParams = z.object({ id: z.string().min(1).max(200) });

export function registerCardRoutes(app: Hono, site: Site) {
  const cards = createCardRenderer();
  app.get('/reports/:id/card.png', async (c) => {
    const { id } = parseInput(CardParams, c.req.param());
    const stored = await site.store.getReport(id);
    if (!stored) return c.notFound();
    await visibleModeration(site, stored.id);
    const png = await cards.render(publicReport(stored, site.config.filesBaseUrl), site.config.siteName);
    // Social sites fetch the card from elsewhere, so it may be embedded across origins; it changes with a recheck (a new URL).
    return c.body(png.buffer as ArrayBuffer, 200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400', 'cross-origin-resource-policy': 'cross-origin' });
  });
}
