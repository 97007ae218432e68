// The newest reports as an Atom and an RSS feed, every published report in sitemap.xml, and robots.txt.
// XML goes through the same escaping template as the HTML.
import { html } from 'hono/html';
import type { ReportSummary } from '../../../contracts/types.ts';
import type { SiteConfig } from '../config.ts';
import { reportHref } from '../views/report-list.ts';

/** A report that rechecks an earlier one: what changed, for the feeds. */
export interface FeedChange {
  verdictChanged: boolean;
  text: string;
}

function entryTitle(report: ReportSummary, change: FeedChange | undefined): string {
  if (!change) return report.title;
  return `${change.verdictChanged ? 'Verdict changed' : 'Rechecked'}: ${report.title}`;
}

function entrySummary(report: ReportSummary, change: FeedChange | undefined): string {
  const base = `${report.kind === 'claim' ? 'Fact check' : 'Report'} on “${report.question}”, citing ${report.sourceCount} sources.`;
  return change ? `${change.text} ${base}` : base;
}

export async function atomFeed(config: SiteConfig, reports: ReportSummary[], updated: string, changes: Map<string, FeedChange> = new Map()): Promise<string> {
  const feed = html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${config.siteName}</title>
  <subtitle>Research reports and fact checks in which every sentence cites a checked source.</subtitle>
  <id>${config.baseUrl}/</id>
  <link rel="alternate" href="${config.baseUrl}/"/>
  <link rel="self" href="${config.baseUrl}/feed.atom"/>
  <updated>${reports[0]?.checkedAt ?? updated}</updated>
  <author><name>${config.siteName}</name></author>
${reports.map((report) => html`  <entry>
    <title>${entryTitle(report, changes.get(report.id))}</title>
    <id>${config.baseUrl}/reports/${report.id}</id>
    <link rel="alternate" href="${config.baseUrl}${reportHref(report)}"/>
    <updated>${report.checkedAt}</updated>
    <published>${report.checkedAt}</published>
    <category term="${report.category}"/>
    <summary>${entrySummary(report, changes.get(report.id))}</summary>
  </entry>
`)}</feed>
`;
  return (await feed).toString();
}

export async function rssFeed(config: SiteConfig, reports: ReportSummary[], changes: Map<string, FeedChange> = new Map()): Promise<string> {
  const feed = html`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>${config.siteName}</title>
  <link>${config.baseUrl}/</link>
  <description>Research reports and fact checks in which every sentence cites a checked source.</description>
  <atom:link href="${config.baseUrl}/feed.rss" rel="self" type="application/rss+xml"/>
${reports.map((report) => html`  <item>
    <title>${entryTitle(report, changes.get(report.id))}</title>
    <link>${config.baseUrl}${reportHref(report)}</link>
    <guid isPermaLink="false">${report.id}</guid>
    <pubDate>${new Date(report.checkedAt).toUTCString()}</pubDate>
    <category>${report.category}</category>
    <description>${entrySummary(report, changes.get(report.id))}</description>
  </item>
`)}</channel>
</rss>
`;
  return (await feed).toString();
}

export async function sitemap(config: SiteConfig, reports: ReportSummary[], categories: string[]): Promise<string> {
  const fixed = ['/', '/archive', '/methodology', '/corrections'];
  const xml = html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${fixed.map((path) => html`  <url><loc>${config.baseUrl}${path}</loc></url>
`)}${categories.map((category) => html`  <url><loc>${config.baseUrl}/category/${encodeURIComponent(category)}</loc></url>
`)}${reports.map((report) => html`  <url><loc>${config.baseUrl}${reportHref(report)}</loc><lastmod>${report.checkedAt}</lastmod></url>
`)}</urlset>
`;
  return (await xml).toString();
}

export function robotsTxt(config: SiteConfig): string {
  // Asking and following links that start reports is for people; crawlers get the reports themselves.
  return `User-agent: *\nDisallow: /ask\nDisallow: /admin\nDisallow: /api/\nDisallow: /support/\nAllow: /\n\nSitemap: ${config.baseUrl}/sitemap.xml\n`;
}
