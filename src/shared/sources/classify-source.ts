// The kind (official, news, analysis, encyclopedia, fact-checker, social, other) and outlet of a source,
// from its address, the page's own metadata and the provider that found it, strongest evidence first.
import type { SourceKind } from '../../contracts/schema.ts';
import { hostOf, registrableDomain } from './canonical-url.ts';
import { KNOWN_OUTLETS } from './known-outlets.ts';

export interface SourceEvidence {
  url: string;
  /** The search provider that found it (`fact-check-tools`, `wikipedia`, `gdelt`, ...). */
  provider?: string;
  /** og:site_name or the publisher the page names. */
  siteName?: string;
  /** schema.org types declared in the page's JSON-LD (`NewsArticle`, `ClaimReview`, ...). */
  schemaTypes?: string[];
}

export interface SourceClass {
  kind: SourceKind;
  outlet: string;
}

/** Hosts that belong to governments or intergovernmental bodies by their suffix. */
const OFFICIAL_SUFFIX = /(?:\.gov|\.mil|\.int|\.gov\.[a-z]{2}|\.gouv\.[a-z]{2}|\.gob\.[a-z]{2}|\.go\.[a-z]{2}|\.govt\.[a-z]{2}|\.gc\.ca|\.admin\.ch|\.bund\.de|\.europa\.eu|\.parliament\.uk)$/;
const ACADEMIC_SUFFIX = /(?:\.edu|\.ac\.[a-z]{2}|\.edu\.[a-z]{2})$/;
/** A fact-checking desk inside a news site (reuters.com/fact-check, usatoday.com/story/news/factcheck, ...). */
const FACT_CHECK_PATH = /\/(?:fact-?check(?:er|ing|s)?|reality[-_]check|ap-fact-check)(?:\/|$|-)/i;

const PROVIDER_KINDS: Record<string, SourceKind> = { 'fact-check-tools': 'fact-checker', wikipedia: 'encyclopedia' };

function known(host: string) {
  return KNOWN_OUTLETS.get(host) ?? KNOWN_OUTLETS.get(host.replace(/^www\./, '')) ?? KNOWN_OUTLETS.get(registrableDomain(host));
}

export function classifySource(evidence: SourceEvidence): SourceClass {
  const host = hostOf(evidence.url);
  const entry = known(host);
  const outlet = entry?.name ?? cleanSiteName(evidence.siteName) ?? (registrableDomain(host) || 'unknown');
  return { kind: kindOf(evidence, host, entry?.kind), outlet };
}

function kindOf(evidence: SourceEvidence, host: string, knownKind: SourceKind | undefined): SourceKind {
  const path = URL.canParse(evidence.url) ? new URL(evidence.url).pathname : '';
  const types = (evidence.schemaTypes ?? []).map((type) => type.toLowerCase());
  if ((knownKind === 'news' || knownKind === undefined) && FACT_CHECK_PATH.test(path)) return 'fact-checker';
  if (knownKind) return knownKind;
  if (types.includes('claimreview')) return 'fact-checker';
  const fromProvider = evidence.provider ? PROVIDER_KINDS[evidence.provider] : undefined;
  if (fromProvider) return fromProvider;
  if (host === 'wikipedia.org' || host.endsWith('.wikipedia.org')) return 'encyclopedia';
  if (OFFICIAL_SUFFIX.test(`.${host}`)) return 'official';
  if (ACADEMIC_SUFFIX.test(`.${host}`)) return 'analysis';
  if (evidence.provider === 'gdelt') return 'news';
  if (types.some((type) => /newsarticle$/.test(type))) return 'news';
  if (types.some((type) => type === 'governmentorganization' || type === 'governmentservice')) return 'official';
  return 'other';
}

/** og:site_name is often "Site | Tagline" or a whole sentence; keep it only when it reads as a name. */
function cleanSiteName(name: string | undefined): string | undefined {
  const cleaned = name?.split(/\s[|–—-]\s/)[0].trim();
  return cleaned && cleaned.length <= 60 ? cleaned : undefined;
}
