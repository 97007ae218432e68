// Google Fact Check Tools claims:search: professional fact-checks (ClaimReview) of claims matching a query.
// Each review becomes a hit of kind fact-checker, with the claim and the rating in its snippet.
import type { SearchProvider } from '../../contracts/ports.ts';
import type { SearchHit } from '../../contracts/types.ts';
import { callProvider, isoDate, plainText, type ProviderHttp } from './provider-request.ts';

export const FACT_CHECK_DEFAULT_URL = 'https://factchecktools.googleapis.com';

export interface FactCheckToolsOptions extends ProviderHttp {
  apiKey: string;
  baseUrl?: string;
  /** BCP-47 language of the reviews (default `en`). */
  languageCode?: string;
}

interface Review {
  url?: unknown;
  title?: unknown;
  reviewDate?: unknown;
  textualRating?: unknown;
  publisher?: { name?: unknown; site?: unknown };
}

interface Claim {
  text?: unknown;
  claimant?: unknown;
  claimDate?: unknown;
  claimReview?: unknown;
}

export function createFactCheckTools(options: FactCheckToolsOptions): SearchProvider {
  const base = (options.baseUrl ?? FACT_CHECK_DEFAULT_URL).replace(/\/+$/, '');
  return {
    id: 'fact-check-tools',
    remote: true,
    async search({ query, limit, signal }) {
      if (!options.apiKey) return { hits: [], warnings: ['Google Fact Check Tools has no API key: set GOOGLE_FACT_CHECK_API_KEY'] };
      const url = new URL(`${base}/v1alpha1/claims:search`);
      url.searchParams.set('query', query);
      url.searchParams.set('pageSize', String(Math.min(50, Math.max(1, limit))));
      url.searchParams.set('languageCode', options.languageCode ?? 'en');
      url.searchParams.set('key', options.apiKey);
      const outcome = await callProvider(options, {
        name: 'Google Fact Check Tools',
        url: url.href,
        init: { headers: { accept: 'application/json' } },
        signal,
        keySetting: 'GOOGLE_FACT_CHECK_API_KEY',
        urlSetting: 'GOOGLE_FACT_CHECK_URL',
      });
      // The key travels in the query string; make sure no echo of it reaches a report.
      if (!outcome.ok) return { hits: [], warnings: [options.apiKey.length >= 8 ? outcome.warning.replaceAll(options.apiKey, '…') : outcome.warning] };
      const claims = (outcome.data as { claims?: unknown })?.claims;
      const hits = (Array.isArray(claims) ? (claims as Claim[]) : []).flatMap((claim) => reviewHits(claim)).map((hit, rank) => ({ ...hit, score: 1 / (rank + 1) }));
      return { hits: hits.slice(0, limit), warnings: [] };
    },
  };
}

function reviewHits(claim: Claim): SearchHit[] {
  const reviews = Array.isArray(claim?.claimReview) ? (claim.claimReview as Review[]) : [];
  const text = plainText(String(claim?.text ?? ''));
  const claimant = typeof claim?.claimant === 'string' && claim.claimant ? ` (${claim.claimant})` : '';
  return reviews.flatMap((review): SearchHit[] => {
    if (typeof review?.url !== 'string' || !/^https?:\/\//i.test(review.url)) return [];
    const publisher = typeof review.publisher?.name === 'string' ? review.publisher.name : undefined;
    const rating = typeof review.textualRating === 'string' ? review.textualRating : 'not rated';
    return [{
      url: review.url,
      title: plainText(String(review.title ?? '')) || `${publisher ?? 'Fact check'}: ${text}`,
      snippet: `Claim: "${text}"${claimant}. Rated "${rating}"${publisher ? ` by ${publisher}` : ''}.`,
      publishedAt: isoDate(review.reviewDate) ?? isoDate(claim.claimDate),
      outlet: publisher,
      kind: 'fact-checker',
      provider: 'fact-check-tools',
      score: 0,
    }];
  });
}
