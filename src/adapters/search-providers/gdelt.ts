// GDELT DOC 2.0 (worldwide online news, no key): ArtList mode in JSON. GDELT asks for at most one request
// every 5 seconds, so requests are spaced, and identical queries within a few minutes share one answer.
import type { SearchProvider, SearchRequest } from '../../contracts/ports.ts';
import type { SearchHit } from '../../contracts/types.ts';
import { contentWords } from '../../shared/text/tokens.ts';
import { callProvider, isoDate, plainText, type ProviderHttp, sleep } from './provider-request.ts';
import { GDELT_DEFAULT_URL } from './keyless-urls.ts';

export interface GdeltOptions extends ProviderHttp {
  baseUrl?: string;
  userAgent: string;
  /** GDELT's `sourcelang:` filter (default english); empty for every language. */
  language?: string;
  /** Spacing between requests (default 5000 ms, GDELT's published limit). */
  minIntervalMs?: number;
  /** How long an answer is re-used for the same query (default 10 minutes). */
  cacheMs?: number;
  clock?: () => Date;
}

interface GdeltArticle {
  url?: unknown;
  title?: unknown;
  seendate?: unknown;
  domain?: unknown;
}

type Answer = { hits: SearchHit[]; warnings: string[] };

/** GDELT's query language: words are ANDed, phrases quoted, alternatives in parentheses with OR. */
export function gdeltQuery(request: Pick<SearchRequest, 'query' | 'required'>, language?: string): string {
  const term = (text: string) => (/\s/.test(text.trim()) ? `"${text.trim().replace(/"/g, '')}"` : text.trim());
  const groups = (request.required ?? []).map((group) => group.filter((name) => name.trim().length >= 3).slice(0, 4).map(term)).filter((group) => group.length > 0);
  const parts = groups.map((group) => (group.length === 1 ? group[0] : `(${group.join(' OR ')})`));
  if (parts.length === 0) parts.push(...contentWords(request.query).filter((word) => word.length >= 3).slice(0, 5));
  if (language) parts.push(`sourcelang:${language}`);
  return parts.join(' ');
}

export function createGdelt(options: GdeltOptions): SearchProvider {
  const base = options.baseUrl ?? GDELT_DEFAULT_URL;
  const clock = options.clock ?? (() => new Date());
  const minInterval = options.minIntervalMs ?? 5000;
  const cacheMs = options.cacheMs ?? 10 * 60_000;
  const cache = new Map<string, { expires: number; answer: Promise<Answer> }>();
  let nextSlot = 0;

  const fetchAnswer = async (query: string, limit: number, signal?: AbortSignal): Promise<Answer> => {
    const now = clock().getTime();
    const wait = Math.max(0, nextSlot - now);
    nextSlot = Math.max(now, nextSlot) + minInterval;
    if (wait > 0) await (options.sleep ?? sleep)(wait, signal).catch(() => undefined);
    if (signal?.aborted) return { hits: [], warnings: ['GDELT was not asked: the report ran out of time while waiting for its rate limit'] };
    const url = new URL(base);
    for (const [name, value] of Object.entries({ query, mode: 'ArtList', format: 'json', maxrecords: String(Math.min(250, Math.max(1, limit))), sort: 'HybridRel' })) url.searchParams.set(name, value);
    const outcome = await callProvider(options, { name: 'GDELT', url: url.href, init: { headers: { accept: 'application/json', 'user-agent': options.userAgent } }, signal, urlSetting: 'GDELT_URL', as: 'text' });
    if (!outcome.ok) return { hits: [], warnings: [outcome.warning] };
    return parseArticles(outcome.text);
  };

  return {
    id: 'gdelt',
    remote: true,
    async search(request) {
      const query = gdeltQuery(request, options.language ?? 'english');
      const key = `${query}|${request.limit}`;
      const now = clock().getTime();
      let entry = cache.get(key);
      if (!entry || entry.expires <= now) {
        entry = { expires: now + cacheMs, answer: fetchAnswer(query, request.limit, request.signal) };
        cache.set(key, entry);
        // Failures are not worth remembering.
        entry.answer.then((answer) => answer.warnings.length > 0 && cache.delete(key));
      }
      const answer = await entry.answer;
      return { hits: answer.hits.slice(0, request.limit), warnings: answer.warnings };
    },
  };
}

/** GDELT answers errors as plain text with status 200 ("The specified phrase is too short."), and no match as {}. */
function parseArticles(text: string): Answer {
  let body: { articles?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    if (/^\s*[[{]/.test(text)) return { hits: [], warnings: [`GDELT answered with malformed JSON ("${plainText(text).slice(0, 80)}")`] };
    const message = plainText(text).slice(0, 160);
    return { hits: [], warnings: [message ? `GDELT refused the query: ${message}` : 'GDELT answered with an empty body'] };
  }
  const articles = Array.isArray(body?.articles) ? (body.articles as GdeltArticle[]) : [];
  const hits = articles.flatMap((article, rank): SearchHit[] => {
    if (typeof article?.url !== 'string' || !/^https?:\/\//i.test(article.url)) return [];
    return [{
      url: article.url,
      title: plainText(String(article.title ?? '')) || article.url,
      snippet: '',
      publishedAt: isoDate(article.seendate),
      kind: 'news',
      provider: 'gdelt',
      score: 1 / (rank + 1),
    }];
  });
  return { hits, warnings: [] };
}
