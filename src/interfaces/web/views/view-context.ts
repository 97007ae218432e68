// What every page template needs besides its own data: the configuration, asset URLs and the time.
import type { html } from 'hono/html';
import type { SiteConfig } from '../config.ts';

export type Fragment = ReturnType<typeof html>;

export interface ViewContext {
  config: SiteConfig;
  /** Static asset URLs with a content hash, so browsers may cache them for good. */
  assets: { css: string; progressScript: string; reportScript: string; logo: string };
  now: Date;
  /** The supporter banner, when the campaign is enabled. */
  banner?: Fragment;
}

/** JSON for a <script type="application/ld+json"> block: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function absoluteUrl(config: SiteConfig, path: string): string {
  return `${config.baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
