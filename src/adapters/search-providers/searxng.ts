// SearXNG (a self-hosted metasearch engine) through its JSON API: GET {base}/search?q=...&format=json.
// The instance must list `json` under search.formats in its settings.yml, or it answers 403.
import type { SearchProvider } from '../../contracts/ports.ts';
import type { SearchHit } from '../../contracts/types.ts';
import { callProvider, isoDate, plainText, type ProviderHttp } from './provider-request.ts';

export interface SearxngOptions extends ProviderHttp {
  baseUrl: string;
  /** SearXNG categories, comma separated (default `general,news`). */
  categories?: string;
  /** A language code such as `en` (default: the instance's). */
  language?: string;
}

interface SearxngResult {
  url?: unknown;
  title?: unknown;
  content?: unknown;
  publishedDate?: unknown;
  score?: unknown;
  engine?: unknown;
}

export function createSearxngSearch(options: SearxngOptions): SearchProvider {
  const base = options.baseUrl.replace(/\/+$/, '');
  return {
    id: 'searxng',
    remote: true,
    async search({ query, limit, signal }) {
      const url = new URL(`${base}/search`);
      url.searchParams.set('q', query);
      url.searchParams.set('format', 'json');
      url.searchParams.set('categories', options.categories ?? 'general,news');
      if (options.language) url.searchParams.set('language', options.language);
      const outcome = await callProvider(options, {
        name: 'SearXNG',
        url: url.href,
        init: { headers: { accept: 'application/json' } },
        signal,
        urlSetting: 'SEARXNG_URL',
      });
      if (!outcome.ok) {
        const formatHint = /HTTP 403/.test(outcome.warning) ? ' (enable the json format under search.formats in settings.yml)' : '';
        return { hits: [], warnings: [`${outcome.warning}${formatHint}`] };
      }
      const body = outcome.data as { results?: unknown; unresponsive_engines?: unknown };
      if (!Array.isArray(body?.results)) return { hits: [], warnings: ['SearXNG answered JSON without a results list: is SEARXNG_URL a SearXNG instance?'] };
      const hits = (body.results as SearxngResult[]).flatMap((result, rank): SearchHit[] => {
        if (typeof result?.url !== 'string' || !/^https?:\/\//i.test(result.url)) return [];
        return [{
          url: result.url,
          title: plainText(String(result.title ?? '')) || result.url,
          snippet: plainText(String(result.content ?? '')),
          publishedAt: isoDate(result.publishedDate),
          provider: 'searxng',
          score: typeof result.score === 'number' ? result.score : 1 / (rank + 1),
        }];
      });
      const silent = Array.isArray(body.unresponsive_engines) && body.unresponsive_engines.length > 0 && hits.length === 0;
      return { hits: hits.slice(0, limit), warnings: silent ? [`SearXNG found nothing; engines that did not answer: ${engineNames(body.unresponsive_engines as unknown[])}`] : [] };
    },
  };
}

function engineNames(entries: unknown[]): string {
  return entries.map((entry) => (Array.isArray(entry) ? `${entry[0]} (${entry[1]})` : String(entry))).join(', ');
}
