// Brave Search API: GET {base}/res/v1/web/search?q=...&count=N with the X-Subscription-Token header.
// Web results (and the news cluster when Brave adds one) become hits; page_age is the publication date.
import type { SearchProvider } from '../../contracts/ports.ts';
import type { SearchHit } from '../../contracts/types.ts';
import { callProvider, isoDate, plainText, type ProviderHttp } from './provider-request.ts';

export const BRAVE_DEFAULT_URL = 'https://api.search.brave.com';

export interface BraveOptions extends ProviderHttp {
  apiKey: string;
  baseUrl?: string;
  /** Two-letter country for results (default: Brave's). */
  country?: string;
}

interface BraveResult {
  url?: unknown;
  title?: unknown;
  description?: unknown;
  page_age?: unknown;
  age?: unknown;
  profile?: { name?: unknown };
  extra_snippets?: unknown;
}

export function createBraveSearch(options: BraveOptions): SearchProvider {
  const base = (options.baseUrl ?? BRAVE_DEFAULT_URL).replace(/\/+$/, '');
  return {
    id: 'brave',
    remote: true,
    async search({ query, limit, signal }) {
      if (!options.apiKey) return { hits: [], warnings: ['Brave Search has no API key: set BRAVE_API_KEY'] };
      const url = new URL(`${base}/res/v1/web/search`);
      url.searchParams.set('q', query);
      url.searchParams.set('count', String(Math.min(20, Math.max(1, limit))));
      url.searchParams.set('extra_snippets', 'true');
      if (options.country) url.searchParams.set('country', options.country);
      const outcome = await callProvider(options, {
        name: 'Brave Search',
        url: url.href,
        init: { headers: { accept: 'application/json', 'x-subscription-token': options.apiKey } },
        signal,
        keySetting: 'BRAVE_API_KEY',
        urlSetting: 'BRAVE_URL',
      });
      if (!outcome.ok) return { hits: [], warnings: [outcome.warning] };
      const body = outcome.data as { web?: { results?: unknown }; news?: { results?: unknown } };
      const web = Array.isArray(body?.web?.results) ? (body.web.results as BraveResult[]) : [];
      const news = Array.isArray(body?.news?.results) ? (body.news.results as BraveResult[]) : [];
      const hits = [...toHits(web, 'web'), ...toHits(news, 'news')];
      return { hits: hits.slice(0, limit), warnings: [] };
    },
  };
}

function toHits(results: BraveResult[], cluster: 'web' | 'news'): SearchHit[] {
  return results.flatMap((result, rank): SearchHit[] => {
    if (typeof result?.url !== 'string' || !/^https?:\/\//i.test(result.url)) return [];
    const extra = Array.isArray(result.extra_snippets) ? result.extra_snippets.map((text) => plainText(String(text))) : [];
    return [{
      url: result.url,
      title: plainText(String(result.title ?? '')) || result.url,
      snippet: [plainText(String(result.description ?? '')), ...extra].filter(Boolean).join(' … '),
      publishedAt: isoDate(result.page_age),
      outlet: typeof result.profile?.name === 'string' ? result.profile.name : undefined,
      kind: cluster === 'news' ? 'news' : undefined,
      provider: 'brave',
      score: 1 / (rank + 1 + (cluster === 'news' ? 0.5 : 0)),
    }];
  });
}
