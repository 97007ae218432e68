// The website's static files (CSS, the progress and report scripts, the logo), read once at start and served
// under content-hashed names so browsers can cache them for good.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPORT_CSS } from '../render/report-css.ts';
import type { ViewContext } from './views/view-context.ts';

export interface StaticAsset {
  body: string;
  type: string;
}

const STATIC_DIR = path.join(import.meta.dirname, 'static');

function hashed(name: string, body: string): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  return `/static/${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

export function loadAssets(): { files: Map<string, StaticAsset>; urls: ViewContext['assets'] } {
  const read = (name: string) => readFileSync(path.join(STATIC_DIR, name), 'utf8');
  // The report's own CSS comes first, so the CLI's --html page and the website look the same.
  const css = `${REPORT_CSS}\n${read('site.css')}`;
  const script = read('progress.js');
  const reportScript = read('report.js');
  const logo = read('logo.svg');
  const urls = { css: hashed('site.css', css), progressScript: hashed('progress.js', script), reportScript: hashed('report.js', reportScript), logo: hashed('logo.svg', logo) };
  const files = new Map<string, StaticAsset>([
    [urls.css, { body: css, type: 'text/css; charset=utf-8' }],
    [urls.progressScript, { body: script, type: 'text/javascript; charset=utf-8' }],
    [urls.reportScript, { body: reportScript, type: 'text/javascript; charset=utf-8' }],
    [urls.logo, { body: logo, type: 'image/svg+xml' }],
  ]);
  return { files, urls };
}
