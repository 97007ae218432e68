// Feeds and crawler files: /feed.atom, /feed.rss, /sitemap.xml, /robots.txt.
import type { Hono } from 'hono';
import { atomFeed, robotsTxt, rssFeed, sitemap } from '../presenters/feeds.ts';
import type { Site } from '../site.ts';

const FEED_SIZE = 50;
const SITEMAP_SIZE = 45_000;

export function registerFeedRoutes(app: Hono, site: Site) {
  const { store, config } = site;
  const xml = (type: string) => ({ 'content-type': `${type}; charset=utf-8`, 'cache-control': 'public, max-age=300' });

  app.get('/feed.atom', async (c) => c.body(await atomFeed(config, await store.listReports({ limit: FEED_SIZE }), site.clock().toISOString()), 200, xml('application/atom+xml')));
  app.get('/feed.rss', async (c) => c.body(await rssFeed(config, await store.listReports({ limit: FEED_SIZE })), 200, xml('application/rss+xml')));
  app.get('/sitemap.xml', async (c) => {
    const [reports, categories] = await Promise.all([store.listReports({ limit: SITEMAP_SIZE }), store.listCategories()]);
    return c.body(await sitemap(config, reports, categories.map((entry) => entry.category)), 200, xml('application/xml'));
  });
  app.get('/robots.txt', (c) => c.text(robotsTxt(config)));
}
