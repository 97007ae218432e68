// schema.org JSON-LD for a report: ClaimReview (with the verdict as reviewRating.alternateName) for a
// claim with a verdict, Article otherwise (a ClaimReview without a rating is not valid markup).
import { type Report, VERDICT_LABELS, type VerdictLabel } from '../../../contracts/schema.ts';
import { reportDescription } from '../../render/html.ts';
import type { SiteConfig } from '../config.ts';

/** The verdict scale as numbers, best first: supported = 6 … false = 1. */
export function verdictRating(label: VerdictLabel): number {
  return VERDICT_LABELS.length - VERDICT_LABELS.indexOf(label);
}

export function reportJsonLd(report: Report, config: SiteConfig, url: string, modifiedAt?: string): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: config.siteName, url: config.baseUrl };
  const common = {
    '@context': 'https://schema.org',
    url,
    datePublished: report.checkedAt,
    ...(modifiedAt ? { dateModified: modifiedAt } : {}),
    author: publisher,
    publisher,
  };
  if (report.kind === 'claim' && report.verdict) {
    const claim = report.title.replace(/^Fact check:\s*/i, '');
    return {
      ...common,
      '@type': 'ClaimReview',
      name: report.title,
      claimReviewed: claim,
      itemReviewed: { '@type': 'Claim', name: claim },
      reviewBody: reportDescription(report, 500),
      reviewRating: { '@type': 'Rating', ratingValue: verdictRating(report.verdict.label), bestRating: VERDICT_LABELS.length, worstRating: 1, alternateName: report.verdict.label },
    };
  }
  return {
    ...common,
    '@type': 'Article',
    headline: report.title.length > 110 ? `${report.title.slice(0, 109)}…` : report.title,
    description: reportDescription(report),
    articleSection: report.category,
    citation: report.sources.slice(0, 50).map((source) => ({ '@type': 'CreativeWork', name: source.title, url: source.url, publisher: source.outlet })),
  };
}
