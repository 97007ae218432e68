// One spelling per page: tracking parameters and fragments dropped, host and trailing slash normalised,
// so the same article found by two providers (or twice) is read and cited once.

/** Query parameters that only say how a reader arrived, never which page it is. */
const TRACKING_PARAMETERS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'li_fat_id',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'rb_clickid',
  's_cid', 'soc_src', 'soc_trk', 'cmpid', 'ocid', 'smid', 'smtyp', 'ito', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  'ref_src', 'ref_url', 'spm', 'sr_share', 'ncid', 'taid', 'wt_mc', 'wt.mc_id', 'at_medium', 'at_campaign', 'xtor',
]);
const TRACKING_PREFIXES = ['utm_', 'ns_', 'at_custom', 'pk_', 'hsa_', 'mtm_'];

/** Host prefixes that serve the same pages as the bare site (mobile and AMP editions). */
const EDITION_PREFIX = /^(?:www\d?|m|mobile|amp)\./;

/** Second-level labels under which a country-code domain is registered (bbc.co.uk, abc.net.au, gov.uk pages). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'gob', 'gouv', 'govt', 'mil', 'nic', 'or', 'ne', 'go', 'nhs', 'sch', 'ltd', 'plc', 'info', 'biz', 'news', 'web', 'int']);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** The canonical spelling of an http(s) URL; anything else is returned unchanged. */
export function canonicalUrl(raw: string): string {
  if (!URL.canParse(raw)) return raw;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return raw;
  url.hash = '';
  url.hostname = url.hostname.replace(/\.$/, '');
  url.pathname = url.pathname.replace(/;jsessionid=[^/]*$/i, '');
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  url.search = kept.length > 0 ? new URLSearchParams(kept).toString() : '';
  return url.href;
}

/** A key under which two URLs for the same page meet: canonical, and blind to scheme and mobile/www editions. */
export function urlKey(raw: string): string {
  const canonical = canonicalUrl(raw);
  if (!URL.canParse(canonical)) return raw;
  const url = new URL(canonical);
  return `${url.hostname.replace(EDITION_PREFIX, '')}${url.port ? `:${url.port}` : ''}${url.pathname}${url.search}`;
}

export function hostOf(raw: string): string {
  return URL.canParse(raw) ? new URL(raw).hostname.replace(/\.$/, '').toLowerCase() : '';
}

/** The registered domain of a host (news.bbc.co.uk → bbc.co.uk), by a small rule rather than the full suffix list. */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^[\d.]+$/.test(host) || host.includes(':')) return labels.join('.');
  const topLevel = labels.at(-1)!;
  const second = labels.at(-2)!;
  const keep = topLevel.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Whether two URLs belong to the same site: a page may only declare a canonical URL on its own site. */
export function sameSite(left: string, right: string): boolean {
  const leftHost = hostOf(left);
  return leftHost !== '' && registrableDomain(leftHost) === registrableDomain(hostOf(right));
}
