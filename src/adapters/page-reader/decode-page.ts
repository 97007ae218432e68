// A fetched page's bytes → its main text and metadata: HTML through the article extractor, PDF through
// the ingest PDF reader, plain text as is. Also reads what the page says about itself (canonical URL, schema types).
import { decodeText } from '../../shared/text/decode-bytes.ts';
import { normalizeDate } from '../../shared/text/normalize-date.ts';

export interface DecodedPage {
  title: string;
  text: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
  /** The URL the page declares as its own (`rel=canonical` or `og:url`). */
  declaredUrl?: string;
  /** schema.org types from its JSON-LD (NewsArticle, ClaimReview, ...). */
  schemaTypes: string[];
}

export type DecodeOutcome = { ok: true; page: DecodedPage } | { ok: false; reason: string };

export interface FetchedBody {
  finalUrl: string;
  contentType: string;
  body: Uint8Array;
}

export async function decodePage(fetched: FetchedBody): Promise<DecodeOutcome> {
  const type = fetched.contentType.split(';', 1)[0].trim().toLowerCase();
  if (type === 'application/pdf') return decodePdf(fetched);
  const text = decodeText(fetched.body, charsetOf(fetched.contentType, fetched.body));
  if (type === 'text/plain') {
    const firstLine = text.trim().split('\n', 1)[0].trim();
    return { ok: true, page: { title: firstLine.length <= 150 ? firstLine : '', text: text.trim(), schemaTypes: [] } };
  }
  // Extraction (linkedom, Readability) and PDF reading load on the first web page, not with every command.
  const [{ extractArticle }, { canonicalUrl: declaredCanonical }] = await Promise.all([import('../extract/extract-article.ts'), import('../ingest/read-html.ts')]);
  const article = extractArticle(text, { url: fetched.finalUrl });
  return {
    ok: true,
    page: {
      title: article.title,
      text: article.text,
      byline: article.byline,
      publishedAt: normalizeDate(article.publishedAt),
      siteName: article.siteName,
      declaredUrl: declaredCanonical(text),
      schemaTypes: schemaTypes(text),
    },
  };
}

async function decodePdf(fetched: FetchedBody): Promise<DecodeOutcome> {
  const name = decodeURIComponent(new URL(fetched.finalUrl).pathname.split('/').pop() || 'document.pdf');
  const { readPdf } = await import('../ingest/read-pdf.ts');
  const outcome = await readPdf({ path: `/${name}`, url: fetched.finalUrl, bytes: fetched.body, text: '' });
  if (!outcome.ok) return outcome;
  const [document] = outcome.documents;
  return { ok: true, page: { title: document.title, text: document.text, byline: document.byline, publishedAt: document.publishedAt, schemaTypes: [] } };
}

/** The charset from the Content-Type header, else from a <meta> near the top of the page. */
function charsetOf(contentType: string, body: Uint8Array): string | undefined {
  const fromHeader = contentType.match(/charset\s*=\s*"?([\w-]+)/i)?.[1];
  if (fromHeader) return fromHeader;
  const head = new TextDecoder('latin1').decode(body.subarray(0, 4096));
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1];
}

function schemaTypes(html: string): string[] {
  const types = new Set<string>();
  for (const block of html.matchAll(/<script[^>]+application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const match of block[1].matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const name of match[1].matchAll(/"([^"]+)"/g)) types.add(name[1].replace(/^https?:\/\/schema\.org\//, ''));
    }
  }
  return [...types];
}
