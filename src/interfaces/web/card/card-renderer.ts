// Renders a report's Open Graph card to PNG with resvg (in its worker threads, off the event loop), with the
// DejaVu fonts shipped by an npm package so the card looks the same on every machine. The last cards made
// are kept in memory by report and check time.
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { Report } from '../../../contracts/schema.ts';
import { cardSvg } from './card-svg.ts';

const FONT_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => path.join(FONT_DIR, name));

export interface CardRenderer {
  /** The PNG of the report's card. */
  render(report: Report, siteName: string): Promise<Uint8Array>;
}

export function createCardRenderer(options: { cacheSize?: number } = {}): CardRenderer {
  const cacheSize = options.cacheSize ?? 64;
  const cache = new Map<string, Promise<Uint8Array>>();
  return {
    render(report, siteName) {
      const key = `${report.id}|${report.checkedAt}|${siteName}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const made = renderAsync(cardSvg(report, siteName), {
        font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
        fitTo: { mode: 'original' },
      }).then((image) => new Uint8Array(image.asPng()));
      made.catch(() => cache.delete(key));
      cache.set(key, made);
      while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
      return made;
    },
  };
}
