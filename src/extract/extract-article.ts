// Main-text extraction from HTML: Readability on linkedom, with metadata for the source list.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedArticle {
  title: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
  text: string;
}

export function extractArticle(html: string, options: { url?: string } = {}): ExtractedArticle {
  const { document } = parseHTML(html);
  const title = document.querySelector('title')?.textContent?.trim() ?? '';
  const article = new Readability(document as unknown as Document).parse();
  const text = (article?.textContent ?? document.body?.textContent ?? '')
    .split(/\n\s*\n+/)
    .map((paragraph: string) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  void options;
  return {
    title: article?.title?.trim() || title,
    byline: article?.byline?.trim() || undefined,
    publishedAt: article?.publishedTime?.trim() || undefined,
    siteName: article?.siteName?.trim() || undefined,
    text,
  };
}
