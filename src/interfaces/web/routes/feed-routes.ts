// Feeds and crawler files: /feed.atom, /feed.rss (rechecks announce what changed), /sitemap.xml, /robots.txt.
import type { Hono } from 'hono';
import type { ReportSummary } from '../../../contracts/types.ts';
import { atomFeed, type FeedChange, robotsTxt, rssFeed, sitemap } from '../presenters/feeds.ts';
import { describeChanges, diffVersions } from '../presenters/version-diff.ts';
import type { Site } from '../site.ts';

/** For each report that rechecks an earlier one, what changed since that version (a verdict change first). */
async function feedChanges(site: Site, reports: ReportSummary[]): Promise<Map<string, FeedChange>> {
  const changes = new Map<string, FeedChange>();
  await Promise.all(reports.map(async (report) => {
    const versions = await site.store.listVersions(report.id);
    const index = versions.findIndex((version) => version.id === report.id);
    if (index < 1) return;
    const [previous, current] = await Promise.all([site.store.getReport(versions[index - 1].id), site.store.getReport(report.id)]);
    if (!previous || !current) return;
    const diff = diffVersions(previous, current);
    changes.set(report.id, { verdictChanged: diff.verdict !== undefined, text: `Rechecked since ${previous.checkedAt.slice(0, 10)}: ${describeChanges(diff)}` });
  }));
  return changes;
}

const FEED_SIZE = 50;
const SITEMAP_SIZE = 45_000;

export function registerFeedRoutes(app: Hono, site: Site) {
  const { store, config } = site;
  const xml = (type: string) => ({ 'content-type': `${type}; charset=utf-8`, 'cache-control': 'public, max-age=300' });

  app.get('/feed.atom', async (c) => {
    const reports = await store.listReports({ limit: FEED_SIZE });
    return c.body(await atomFeed(config, reports, site.clock().toISOString(), await feedChanges(site, reports)), 200, xml('application/atom+xml'));
  });
  app.get('/feed.rss', async (c) => {
    const reports = await store.listReports({ limit: FEED_SIZE });
    return c.body(await rssFeed(config, reports, await feedChanges(site, reports)), 200, xml('application/rss+xml'));
  });
  app.get('/sitemap.xml', async (c) => {
    const [reports, categories] = await Promise.all([store.listReports({ limit: SITEMAP_SIZE }), store.listCategories()]);
    return c.body(await sitemap(config, reports, categories.map((entry) => entry.category)), 200, xml('application/xml'));
  });
  app.get('/robots.txt', (c) => c.text(robotsTxt(config)));
}
