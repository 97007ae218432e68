// Web research from configuration: which search providers are on, the guarded fetcher that reads what
// they find, the source cache and the per-report limits. Keyed providers are on when their key or URL is
// set; keyless ones (Wikipedia, GDELT) when the network answers; CROSSCHECK_WEB=off turns all of it off.
import type { SearchProvider, Store } from '../contracts/ports.ts';
import type { Resolver } from '../adapters/fetch/check-target.ts';
import type { GuardedFetcherOptions } from '../adapters/fetch/guarded-fetcher.ts';
import { operatorFetch } from '../adapters/fetch/operator-fetch.ts';
import type { RemoteReader } from '../pipeline/read/index.ts';
import type { ApiReader } from '../adapters/page-reader/remote-reader.ts';
import { fetcherSettings } from './fetcher-from-settings.ts';
import { asWarning, type Env, problemsIn, readSettings, type Settings } from './settings.ts';
import { GDELT_DEFAULT_URL, WIKIPEDIA_DEFAULT_URL } from '../adapters/search-providers/keyless-urls.ts';
import { probeNetwork } from '../adapters/search-providers/network-probe.ts';
import type { ProviderHttp } from '../adapters/search-providers/provider-request.ts';

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
  /** The parsed settings (the composition root's); else `env` is parsed by the same schema. */
  settings?: Settings;
  env?: Env;
  store: Store;
  /** The fetch for operator-configured endpoints (search APIs); injected in tests. */
  fetch?: typeof fetch;
  /** Resolver for the guarded fetcher (tests). */
  resolver?: Resolver;
  /** Whether the network answers, for keyless providers (tests inject one). */
  probe?: (url: string) => Promise<{ online: boolean; detail: string }>;
}

export async function webResearchFromEnv(options: WebResearchOptions): Promise<WebResearch> {
  const settings = options.settings ?? readSettings(options.env ?? {});
  const values = settings.values;
  const warnings = problemsIn(settings, { groups: ['research'] }).map(asWarning);
  const limits = { maxQueries: values.CROSSCHECK_MAX_QUERIES, maxPages: values.CROSSCHECK_MAX_PAGES, maxResearchMs: values.CROSSCHECK_RESEARCH_SECONDS * 1000 };
  const mode = values.CROSSCHECK_WEB;
  if (mode === 'off') return { providers: [], limits, warnings, describe: ['web search: off (CROSSCHECK_WEB=off); local corpus only'] };

  // Each provider's module, the guarded fetcher's and the page reader's load only when a provider is on: an offline
  // `ask` (no key, no network) never loads them.
  const fetching = fetcherSettings(settings, { resolver: options.resolver });
  warnings.push(...fetching.warnings);
  const http: ProviderHttp = { fetch: options.fetch ?? operatorFetch, timeoutMs: values.CROSSCHECK_SEARCH_TIMEOUT_SECONDS * 1000 };
  const describe: string[] = [];
  const providers: SearchProvider[] = [];
  const apiReaders: ApiReader[] = [];

  const searxng = values.SEARXNG_URL;
  if (searxng) providers.push((await import('../adapters/search-providers/searxng.ts')).createSearxngSearch({ ...http, baseUrl: searxng }));
  describe.push(searxng ? `searxng: on (${searxng})` : 'searxng: off (set SEARXNG_URL)');
  const keyed = [
    { id: 'brave', key: 'BRAVE_API_KEY', apiKey: values.BRAVE_API_KEY, create: async (apiKey: string) => (await import('../adapters/search-providers/brave.ts')).createBraveSearch({ ...http, apiKey, baseUrl: values.BRAVE_URL }) },
    { id: 'tavily', key: 'TAVILY_API_KEY', apiKey: values.TAVILY_API_KEY, create: async (apiKey: string) => (await import('../adapters/search-providers/tavily.ts')).createTavilySearch({ ...http, apiKey, baseUrl: values.TAVILY_URL }) },
    { id: 'fact-check-tools', key: 'GOOGLE_FACT_CHECK_API_KEY', apiKey: values.GOOGLE_FACT_CHECK_API_KEY, create: async (apiKey: string) => (await import('../adapters/search-providers/fact-check-tools.ts')).createFactCheckTools({ ...http, apiKey, baseUrl: values.GOOGLE_FACT_CHECK_URL }) },
  ];
  for (const { id, key, apiKey, create } of keyed) {
    if (apiKey) providers.push(await create(apiKey));
    describe.push(apiKey ? `${id}: on` : `${id}: off (set ${key})`);
  }

  const keyless = await keylessProviders(options, settings, http, fetching.userAgent);
  providers.push(...keyless.providers);
  apiReaders.push(...keyless.apiReaders);
  describe.push(...keyless.describe);

  const cacheMs = values.CROSSCHECK_CACHE_HOURS * 3600_000;
  const readRemote = providers.length > 0 ? await remoteReader(fetching.options, { store: options.store, cacheTtlMs: cacheMs, apiReaders }) : undefined;
  describe.push(...fetching.describe, `limits: ${limits.maxQueries} queries per provider, ${limits.maxPages} pages, ${limits.maxResearchMs / 1000} s per report; snapshots re-used for ${cacheMs / 3600_000} h`);
  return { providers, readRemote, limits, warnings, describe };
}

/** The guarded fetcher and the page reader on top of it. */
async function remoteReader(fetcherOptions: GuardedFetcherOptions, options: { store: Store; cacheTtlMs: number; apiReaders: ApiReader[] }): Promise<RemoteReader> {
  const [{ createGuardedFetcher }, { createRemoteReader }] = await Promise.all([import('../adapters/fetch/guarded-fetcher.ts'), import('../adapters/page-reader/remote-reader.ts')]);
  return createRemoteReader({ fetcher: createGuardedFetcher(fetcherOptions), ...options });
}

async function keylessProviders(options: WebResearchOptions, settings: Settings, http: ProviderHttp, userAgent: string) {
  const mode = settings.values.CROSSCHECK_WEB;
  const candidates = [
    { id: 'wikipedia', setting: 'WIKIPEDIA_URL', raw: settings.values.WIKIPEDIA_URL, fallback: WIKIPEDIA_DEFAULT_URL },
    { id: 'gdelt', setting: 'GDELT_URL', raw: settings.values.GDELT_URL, fallback: GDELT_DEFAULT_URL },
  ];
  const providers: SearchProvider[] = [];
  const apiReaders: ApiReader[] = [];
  const describe: string[] = [];
  // Under the test runner nothing reaches for the real internet unless a test asks for it.
  const underTests = Boolean(options.env?.NODE_TEST_CONTEXT ?? process.env.NODE_TEST_CONTEXT) && mode !== 'on';
  const probe = options.probe ?? ((target: string) => probeNetwork({ url: target, fetch: http.fetch }));
  const planned = candidates.map(({ id, setting, raw, fallback }) => {
    const url = raw && raw !== 'off' ? raw : fallback;
    // An explicit URL or CROSSCHECK_WEB=on needs no probe; the probes run side by side.
    const needsProbe = mode !== 'on' && !raw && !underTests;
    return { id, setting, raw, url, answer: needsProbe ? probe(url) : undefined };
  });
  for (const { id, setting, raw, url, answer } of planned) {
    if (raw === 'off') {
      describe.push(`${id}: off (${setting}=off)`);
      continue;
    }
    if (underTests && !raw) {
      describe.push(`${id}: off (not probed under the test runner; set CROSSCHECK_WEB=on or ${setting})`);
      continue;
    }
    const probed = answer ? await answer : undefined;
    if (probed && !probed.online) {
      describe.push(`${id}: off (no network: ${probed.detail})`);
      continue;
    }
    if (id === 'wikipedia') {
      const wikipedia = (await import('../adapters/search-providers/wikipedia.ts')).createWikipedia({ ...http, apiUrl: url, userAgent });
      providers.push(wikipedia);
      apiReaders.push(wikipedia);
    } else {
      providers.push((await import('../adapters/search-providers/gdelt.ts')).createGdelt({ ...http, baseUrl: url, userAgent }));
    }
    describe.push(`${id}: on (${url})`);
  }
  return { providers, apiReaders, describe };
}
