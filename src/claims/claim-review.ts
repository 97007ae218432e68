// schema.org ClaimReview for a claim report: the JSON-LD a fact-check page publishes so search engines
// and fact-check aggregators can read the verdict (https://schema.org/ClaimReview).
import type { Report } from '../model/schema.ts';
import { BEST_RATING, gradeOf, WORST_RATING } from './verdict-scale.ts';

export interface ClaimReviewOptions {
  /** The public URL of the report page. */
  url: string;
  /** Who publishes the review (the site running Crosscheck). */
  publisher: { name: string; url?: string };
}

export function claimReviewFor(report: Report, options: ClaimReviewOptions): Record<string, unknown> | undefined {
  if (report.kind !== 'claim' || !report.verdict) return undefined;
  const { verdict } = report;
  const rating = verdict.rating ?? { value: gradeOf(verdict.label).rating, best: BEST_RATING, worst: WORST_RATING, alternateName: verdict.label };
  const organization = { '@type': 'Organization', name: options.publisher.name, ...(options.publisher.url ? { url: options.publisher.url } : {}) };
  const earliest = report.sources.flatMap((source) => (source.publishedAt ? [source.publishedAt] : [])).sort()[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: options.url,
    datePublished: report.checkedAt.slice(0, 10),
    claimReviewed: verdict.claimReviewed ?? report.title.replace(/^Fact check:\s*/, ''),
    author: organization,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: rating.best,
      worstRating: rating.worst,
      alternateName: rating.alternateName.charAt(0).toUpperCase() + rating.alternateName.slice(1),
      ratingExplanation: verdict.reason.map((sentence) => sentence.text).join(' '),
    },
    itemReviewed: { '@type': 'Claim', ...(earliest ? { datePublished: earliest.slice(0, 10) } : {}), appearance: report.sources.slice(0, 3).map((source) => ({ '@type': 'CreativeWork', url: source.url, name: source.title })) },
  };
}
