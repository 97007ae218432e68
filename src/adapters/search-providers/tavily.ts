// Tavily: POST {base}/search with a JSON body and `Authorization: Bearer <key>`; results carry a relevance
// score and, for news, a published date.
import type { SearchProvider } from '../../contracts/ports.ts';
import type { SearchHit } from '../../contracts/types.ts';
import { callProvider, isoDate, plainText, type ProviderHttp } from './provider-request.ts';

export const TAVILY_DEFAULT_URL = 'https://api.tavily.com';

export interface TavilyOptions extends ProviderHttp {
  apiKey: string;
  baseUrl?: string;
  /** `basic` (1 credit) or `advanced` (2 credits). */
  depth?: 'basic' | 'advanced';
}

interface TavilyResult {
  url?: unknown;
  title?: unknown;
  content?: unknown;
  score?: unknown;
  published_date?: unknown;
}

export function createTavilySearch(options: TavilyOptions): SearchProvider {
  const base = (options.baseUrl ?? TAVILY_DEFAULT_URL).replace(/\/+$/, '');
  return {
    id: 'tavily',
    remote: true,
    async search({ query, limit, signal }) {
      if (!options.apiKey) return { hits: [], warnings: ['Tavily has no API key: set TAVILY_API_KEY'] };
      const outcome = await callProvider(options, {
        name: 'Tavily',
        url: `${base}/search`,
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${options.apiKey}` },
          body: JSON.stringify({
            query,
            max_results: Math.min(20, Math.max(1, limit)),
            search_depth: options.depth ?? 'basic',
            topic: 'general',
            include_answer: false,
            include_raw_content: false,
            include_images: false,
          }),
        },
        signal,
        keySetting: 'TAVILY_API_KEY',
        urlSetting: 'TAVILY_URL',
      });
      if (!outcome.ok) return { hits: [], warnings: [outcome.warning] };
      const results = (outcome.data as { results?: unknown })?.results;
      if (!Array.isArray(results)) return { hits: [], warnings: ['Tavily answered JSON without a results list'] };
      const hits = (results as TavilyResult[]).flatMap((result, rank): SearchHit[] => {
        if (typeof result?.url !== 'string' || !/^https?:\/\//i.test(result.url)) return [];
        return [{
          url: result.url,
          title: plainText(String(result.title ?? '')) || result.url,
          snippet: plainText(String(result.content ?? '')).slice(0, 600),
          publishedAt: isoDate(result.published_date),
          provider: 'tavily',
          score: typeof result.score === 'number' ? result.score : 1 / (rank + 1),
        }];
      });
      return { hits: hits.slice(0, limit), warnings: [] };
    },
  };
}
