// Web research from configuration: which search providers are on, the guarded fetcher that reads what
// they find, the source cache and the per-report limits. Keyed providers are on when their key or URL is
// set; keyless ones (Wikipedia, GDELT) when the network answers; CROSSCHECK_WEB=off turns all of it off.
import type { SearchProvider, Store } from '../../contracts.ts';
import type { Resolver } from '../../fetch/check-target.ts';
import { type Env, fetcherFromEnv, numberSetting } from '../../fetch/from-env.ts';
import { operatorFetch } from '../../fetch/operator-fetch.ts';
import type { RemoteReader } from '../../read/index.ts';
import { DEFAULT_MAX_PAGES } from '../../read/read-remote-hits.ts';
import { type ApiReader, createRemoteReader, DEFAULT_CACHE_TTL_MS } from '../../read/remote-reader.ts';
import { createBraveSearch } from './brave.ts';
import { createFactCheckTools } from './fact-check-tools.ts';
import { createGdelt, GDELT_DEFAULT_URL } from './gdelt.ts';
import { probeNetwork } from './network-probe.ts';
import type { ProviderHttp } from './provider-request.ts';
import { createSearxngSearch } from './searxng.ts';
import { createTavilySearch } from './tavily.ts';
import { DEFAULT_MAX_QUERIES } from './web-queries.ts';
import { createWikipedia, WIKIPEDIA_DEFAULT_URL } from './wikipedia.ts';

export interface WebResearch {
  providers: SearchProvider[];
  readRemote?: RemoteReader;
  /** Per-report limits for the engine. */
  /** Per-report limits (the same fields as the pipeline's `Engine`). */
  limits: { maxQueries?: number; maxPages?: number; maxResearchMs?: number };
  warnings: string[];
  /** One line per provider for `crosscheck doctor`. */
  describe: string[];
}

export interface WebResearchOptions {
  env: Env;
  store: Store;
  /** The fetch for operator-configured endpoints (search APIs); injected in tests. */
  fetch?: typeof fetch;
  /** Resolver for the guarded fetcher (tests). */
  resolver?: Resolver;
  /** Whether the network answers, for keyless providers (tests inject one). */
  probe?: (url: string) => Promise<{ online: boolean; detail: string }>;
}

export const DEFAULT_RESEARCH_SECONDS = 60;

export async function webResearchFromEnv(options: WebResearchOptions): Promise<WebResearch> {
  const { env } = options;
  const warnings: string[] = [];
  const limits = {
    maxQueries: Math.floor(numberSetting(env, 'CROSSCHECK_MAX_QUERIES', DEFAULT_MAX_QUERIES, warnings, { max: 20 })),
    maxPages: Math.floor(numberSetting(env, 'CROSSCHECK_MAX_PAGES', DEFAULT_MAX_PAGES, warnings, { max: 100 })),
    maxResearchMs: numberSetting(env, 'CROSSCHECK_RESEARCH_SECONDS', DEFAULT_RESEARCH_SECONDS, warnings, { max: 3600 }) * 1000,
  };
  const mode = (env.CROSSCHECK_WEB ?? 'auto').trim().toLowerCase();
  if (!['auto', 'on', 'off'].includes(mode)) warnings.push(`CROSSCHECK_WEB=${mode} is not auto, on or off; using auto`);
  if (mode === 'off') return { providers: [], limits, warnings, describe: ['web search: off (CROSSCHECK_WEB=off); local corpus only'] };

  const { fetcher, warnings: fetchWarnings, describe: fetchDescribe } = fetcherFromEnv(env, { resolver: options.resolver });
  warnings.push(...fetchWarnings);
  const http: ProviderHttp = { fetch: options.fetch ?? operatorFetch, timeoutMs: numberSetting(env, 'CROSSCHECK_SEARCH_TIMEOUT_SECONDS', 10, warnings, { max: 120 }) * 1000 };
  const describe: string[] = [];
  const providers: SearchProvider[] = [];
  const apiReaders: ApiReader[] = [];
  const endpoint = (name: string): string | undefined => {
    const value = env[name]?.trim();
    if (!value) return undefined;
    if (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)) return value;
    warnings.push(`${name}=${value} is not an http(s) URL; ignored`);
    return undefined;
  };

  const searxng = endpoint('SEARXNG_URL');
  if (searxng) providers.push(createSearxngSearch({ ...http, baseUrl: searxng }));
  describe.push(searxng ? `searxng: on (${searxng})` : 'searxng: off (set SEARXNG_URL)');
  const keyed = [
    { id: 'brave', key: 'BRAVE_API_KEY', create: (apiKey: string) => createBraveSearch({ ...http, apiKey, baseUrl: endpoint('BRAVE_URL') }) },
    { id: 'tavily', key: 'TAVILY_API_KEY', create: (apiKey: string) => createTavilySearch({ ...http, apiKey, baseUrl: endpoint('TAVILY_URL') }) },
    { id: 'fact-check-tools', key: 'GOOGLE_FACT_CHECK_API_KEY', create: (apiKey: string) => createFactCheckTools({ ...http, apiKey, baseUrl: endpoint('GOOGLE_FACT_CHECK_URL') }) },
  ];
  for (const { id, key, create } of keyed) {
    const apiKey = env[key]?.trim();
    if (apiKey) providers.push(create(apiKey));
    describe.push(apiKey ? `${id}: on` : `${id}: off (set ${key})`);
  }

  const keyless = await keylessProviders(options, mode, http, fetcher.userAgent, warnings);
  providers.push(...keyless.providers);
  apiReaders.push(...keyless.apiReaders);
  describe.push(...keyless.describe);

  const cacheMs = numberSetting(env, 'CROSSCHECK_CACHE_HOURS', DEFAULT_CACHE_TTL_MS / 3600_000, warnings, { min: -1, max: 24 * 365 }) * 3600_000;
  const readRemote = providers.length > 0 ? createRemoteReader({ fetcher, store: options.store, cacheTtlMs: cacheMs, apiReaders }) : undefined;
  describe.push(...fetchDescribe, `limits: ${limits.maxQueries} queries per provider, ${limits.maxPages} pages, ${limits.maxResearchMs / 1000} s per report; snapshots re-used for ${cacheMs / 3600_000} h`);
  return { providers, readRemote, limits, warnings, describe };
}

async function keylessProviders(options: WebResearchOptions, mode: string, http: ProviderHttp, userAgent: string, warnings: string[]) {
  const { env } = options;
  const candidates = [
    { id: 'wikipedia', setting: 'WIKIPEDIA_URL', fallback: WIKIPEDIA_DEFAULT_URL },
    { id: 'gdelt', setting: 'GDELT_URL', fallback: GDELT_DEFAULT_URL },
  ];
  const providers: SearchProvider[] = [];
  const apiReaders: ApiReader[] = [];
  const describe: string[] = [];
  // Under the test runner nothing reaches for the real internet unless a test asks for it.
  const underTests = Boolean(env.NODE_TEST_CONTEXT ?? process.env.NODE_TEST_CONTEXT) && mode !== 'on';
  const probe = options.probe ?? ((target: string) => probeNetwork({ url: target, fetch: http.fetch }));
  const planned = candidates.map(({ id, setting, fallback }) => {
    const raw = env[setting]?.trim();
    const url = raw && URL.canParse(raw) ? raw : fallback;
    if (raw && raw.toLowerCase() !== 'off' && url === fallback) warnings.push(`${setting}=${raw} is not a URL; using ${fallback}`);
    // An explicit URL or CROSSCHECK_WEB=on needs no probe; the probes run side by side.
    const needsProbe = mode !== 'on' && !raw && !underTests;
    return { id, setting, raw, url, answer: needsProbe ? probe(url) : undefined };
  });
  for (const { id, setting, raw, url, answer } of planned) {
    if (raw?.toLowerCase() === 'off') {
      describe.push(`${id}: off (${setting}=off)`);
      continue;
    }
    if (underTests && !raw && mode !== 'on') {
      describe.push(`${id}: off (not probed under the test runner; set CROSSCHECK_WEB=on or ${setting})`);
      continue;
    }
    const probed = answer ? await answer : undefined;
    if (probed && !probed.online) {
      describe.push(`${id}: off (no network: ${probed.detail})`);
      continue;
    }
    if (id === 'wikipedia') {
      const wikipedia = createWikipedia({ ...http, apiUrl: url, userAgent });
      providers.push(wikipedia);
      apiReaders.push(wikipedia);
    } else {
      providers.push(createGdelt({ ...http, baseUrl: url, userAgent }));
    }
    describe.push(`${id}: on (${url})`);
  }
  return { providers, apiReaders, describe };
}
