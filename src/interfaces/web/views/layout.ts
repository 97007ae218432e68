// The page shell every HTML page shares: head (title, description, canonical URL, Open Graph, Twitter,
// JSON-LD), header with navigation, main content and footer. No inline script or style anywhere.
import { html, raw } from 'hono/html';
import { campaignEnabled } from '../config.ts';
import { absoluteUrl, type Fragment, jsonForScript, type ViewContext } from './view-context.ts';

export interface PageMeta {
  /** The page's own title; the site name is added. */
  title: string;
  description: string;
  /** Path of the canonical URL. */
  path: string;
  ogType?: 'website' | 'article';
  publishedAt?: string;
  jsonLd?: unknown;
  /** Keep search engines out (admin, progress, forms). */
  noindex?: boolean;
  /** Reload every n seconds when JavaScript is off (the progress page). */
  refreshSeconds?: number;
  scripts?: string[];
  /** The Open Graph / Twitter card image (an absolute URL). */
  image?: { url: string; alt: string; width: number; height: number };
}

export function page(view: ViewContext, meta: PageMeta, main: Fragment | string): Fragment {
  const { config } = view;
  const fullTitle = meta.title === config.siteName ? meta.title : `${meta.title} — ${config.siteName}`;
  const canonical = absoluteUrl(config, meta.path);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${canonical}">
<link rel="stylesheet" href="${view.assets.css}">
<link rel="icon" href="${view.assets.logo}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${config.siteName} reports" href="/feed.atom">
${meta.noindex ? html`<meta name="robots" content="noindex">` : ''}
<meta property="og:site_name" content="${config.siteName}">
<meta property="og:type" content="${meta.ogType ?? 'website'}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${canonical}">
${meta.publishedAt ? html`<meta property="article:published_time" content="${meta.publishedAt}">` : ''}
${meta.image ? html`<meta property="og:image" content="${meta.image.url}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${meta.image.width}">
<meta property="og:image:height" content="${meta.image.height}">
<meta property="og:image:alt" content="${meta.image.alt}">
<meta name="twitter:image" content="${meta.image.url}">` : ''}
<meta name="twitter:card" content="${meta.image ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${meta.title}">
<meta name="twitter:description" content="${meta.description}">
${meta.refreshSeconds ? html`<noscript><meta http-equiv="refresh" content="${meta.refreshSeconds}"></noscript>` : ''}
${meta.jsonLd ? html`<script type="application/ld+json">${raw(jsonForScript(meta.jsonLd))}</script>` : ''}
${(meta.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="/"><img src="${view.assets.logo}" alt="${config.siteName} logo" width="28" height="28"><span>${config.siteName}</span></a>
  <nav aria-label="Site">
    <a href="/archive">Archive</a>
    <a href="/methodology">How it works</a>
    <a href="/corrections">Corrections</a>
    ${campaignEnabled(config) ? html`<a href="/#support">Support us</a>` : ''}
  </nav>
</header>
<main id="main">
${main}
</main>
<footer class="site-footer">
  <p>${config.siteName} researches questions about the news and checks claims, citing every sentence. Reports are automated and can be wrong: follow the citations.</p>
  <p><a href="/methodology">Methodology</a> · <a href="/corrections">Corrections</a> · <a href="/archive">Archive</a> · <a href="/feed.atom">Atom feed</a> · <a href="/feed.rss">RSS</a> · <a href="/api/openapi.json">API</a></p>
</footer>
</body>
</html>`;
}
