// Wikipedia through the MediaWiki Action API: list=search finds articles, prop=extracts gives an article's
// plain text, so articles are read through the API rather than by scraping pages.
import type { SearchProvider } from '../../contracts/ports.ts';
import type { SearchHit } from '../../contracts/types.ts';
import type { ApiReader, RemoteOutcome } from '../page-reader/remote-reader.ts';
import { canonicalUrl } from '../../shared/sources/canonical-url.ts';
import { callProvider, isoDate, plainText, type ProviderHttp } from './provider-request.ts';
import { WIKIPEDIA_DEFAULT_URL } from './keyless-urls.ts';

/** Sections at the end of an article that list links and references, not prose. */
const TRAILING_SECTIONS = /^(see also|references|notes|footnotes|citations|sources|bibliography|further reading|external links|notes and references)$/i;

export interface WikipediaOptions extends ProviderHttp {
  /** The wiki's api.php (default English Wikipedia). */
  apiUrl?: string;
  /** Wikimedia asks API clients for a User-Agent with contact details. */
  userAgent: string;
  clock?: () => Date;
}

interface SearchEntry {
  title?: unknown;
  snippet?: unknown;
  timestamp?: unknown;
}

export function createWikipedia(options: WikipediaOptions): SearchProvider & ApiReader {
  const api = options.apiUrl ?? WIKIPEDIA_DEFAULT_URL;
  const articleBase = `${new URL(api).origin}/wiki/`;
  const headers = { accept: 'application/json', 'user-agent': options.userAgent, 'api-user-agent': options.userAgent };
  const clock = options.clock ?? (() => new Date());
  const articleUrl = (title: string) => `${articleBase}${encodeURIComponent(title.replace(/ /g, '_')).replace(/%2F/g, '/')}`;

  const call = (params: Record<string, string>, signal?: AbortSignal) => {
    const url = new URL(api);
    for (const [name, value] of Object.entries({ ...params, format: 'json', formatversion: '2', utf8: '1' })) url.searchParams.set(name, value);
    return callProvider(options, { name: 'Wikipedia', url: url.href, init: { headers }, signal, urlSetting: 'WIKIPEDIA_URL' });
  };

  const searchOnce = async (text: string, limit: number, signal?: AbortSignal) => {
    const outcome = await call({ action: 'query', list: 'search', srsearch: text, srlimit: String(Math.min(20, Math.max(1, limit))), srprop: 'snippet|timestamp' }, signal);
    if (!outcome.ok) return { hits: [], warning: outcome.warning };
    const body = outcome.data as { error?: { info?: unknown }; query?: { search?: unknown } };
    if (body?.error) return { hits: [], warning: `Wikipedia refused the search: ${String(body.error.info ?? 'unknown error')}` };
    const entries = Array.isArray(body?.query?.search) ? (body.query.search as SearchEntry[]) : [];
    const hits = entries.flatMap((entry, rank): SearchHit[] =>
      typeof entry?.title === 'string'
        ? [{ url: articleUrl(entry.title), title: entry.title, snippet: plainText(String(entry.snippet ?? '')), publishedAt: isoDate(entry.timestamp), outlet: 'Wikipedia', kind: 'encyclopedia', provider: 'wikipedia', score: 1 / (rank + 1) }]
        : [],
    );
    return { hits, warning: undefined };
  };

  return {
    id: 'wikipedia',
    remote: true,
    async search({ query, required, limit, signal }) {
      // CirrusSearch matches every word, so a long question can find nothing; the question's names then find the articles.
      const first = await searchOnce(query, limit, signal);
      const names = (required ?? []).map((group) => group[0]).filter(Boolean);
      const fallback = first.hits.length === 0 && !first.warning && names.length > 0 ? await searchOnce(names.join(' '), limit, signal) : undefined;
      const result = fallback ?? first;
      return { hits: result.hits.slice(0, limit), warnings: result.warning ? [result.warning] : [] };
    },
    handles(url) {
      return url.startsWith(articleBase);
    },
    async read(hit, signal): Promise<RemoteOutcome> {
      const title = decodeURIComponent(hit.url.slice(articleBase.length)).replace(/_/g, ' ');
      const outcome = await call({ action: 'query', prop: 'extracts|info', inprop: 'url', explaintext: '1', exsectionformat: 'wiki', redirects: '1', titles: title }, signal);
      if (!outcome.ok) return { ok: false, reason: outcome.warning };
      const page = (outcome.data as { query?: { pages?: Array<{ title?: string; extract?: string; fullurl?: string; missing?: boolean }> } })?.query?.pages?.[0];
      if (!page || page.missing || typeof page.extract !== 'string') return { ok: false, reason: `Wikipedia has no article "${title}"` };
      return {
        ok: true,
        document: {
          url: canonicalUrl(page.fullurl ?? articleUrl(page.title ?? title)),
          title: page.title ?? title,
          outlet: 'Wikipedia',
          publishedAt: hit.publishedAt,
          fetchedAt: clock().toISOString(),
          kind: 'encyclopedia',
          text: articleText(page.extract),
          origin: 'wikipedia',
        },
      };
    },
  };
}

/** Plain article text: section headings as their own paragraphs, reference lists at the end dropped. */
export function articleText(extract: string): string {
  const paragraphs: string[] = [];
  for (const block of extract.split(/\n+/)) {
    const heading = block.match(/^\s*=+\s*(.*?)\s*=+\s*$/);
    if (heading && TRAILING_SECTIONS.test(heading[1])) break;
    const text = (heading ? heading[1] : block).trim();
    if (text) paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}
