// What a report is researched and written with: the language model, web search and the guarded fetcher.
import { type AllowList, parseAllowList } from '../adapters/fetch/allow-list.ts';
import { amount, httpUrl, kind, oneOf, onOff, text, wholeNumber } from './setting-kinds.ts';
import type { SettingSpec } from './settings-spec.ts';

export const DEFAULT_OLLAMA_HOST = 'http://127.0.0.1:11434';

/** Ollama accepts `host:port` without a scheme (as `OLLAMA_HOST=0.0.0.0:11434` in its own docs) and defaults to port 11434. */
export function ollamaHost(raw: string): string | undefined {
  const withScheme = /^https?:\/\//i.test(raw) ? raw : `http://${raw}`;
  if (!URL.canParse(withScheme)) return undefined;
  const parsed = new URL(withScheme);
  // 0.0.0.0 is where a server listens, not an address to call.
  if (parsed.hostname === '0.0.0.0') parsed.hostname = '127.0.0.1';
  const explicitPort = /^https?:\/\/[^/]*:\d+/i.test(withScheme);
  if (!explicitPort && parsed.protocol === 'http:') parsed.port = '11434';
  return parsed.toString().replace(/\/+$/, '');
}

const allowList = kind<AllowList>('hosts or addresses such as "127.0.0.1:8765, localhost" (host, host:port or [ipv6]:port)', parseAllowList('').list, (value) => {
  const parsed = parseAllowList(value);
  return parsed.errors.length > 0 ? undefined : parsed.list;
}, '—');

/** A keyless provider's endpoint: blank probes the default, `off` turns it off. */
const endpointOrOff = (shown: string) => kind<string | undefined>('a URL, or off', undefined, (value) => (value.toLowerCase() === 'off' ? 'off' : URL.canParse(value) ? value : undefined), shown);

const secret = text(undefined);

export const MODEL_SETTINGS = {
  CROSSCHECK_MODEL: { group: 'model', kind: text(undefined, 'a local Ollama if one answers, else none (extractive writer)'), description: 'the language model that writes and checks reports: `openai:<model>`, `anthropic:<model>`, `openai-compatible:<model>`, `ollama:<model>`, or `none` ([docs/MODELS.md](docs/MODELS.md))' },
  OPENAI_API_KEY: { group: 'model', kind: secret, description: 'OpenAI\'s key' },
  OPENAI_BASE_URL: { group: 'model', kind: httpUrl('https://api.openai.com/v1', { shown: 'the provider\'s' }), description: 'OpenAI\'s API address (proxies)' },
  ANTHROPIC_API_KEY: { group: 'model', kind: secret, description: 'Anthropic\'s key' },
  ANTHROPIC_BASE_URL: { group: 'model', kind: httpUrl('https://api.anthropic.com/v1', { shown: 'the provider\'s' }), description: 'Anthropic\'s API address (proxies)' },
  CROSSCHECK_MODEL_BASE_URL: { group: 'model', kind: httpUrl('http://127.0.0.1:8000/v1', { shown: 'the provider\'s' }), description: 'the model server\'s base URL (required for `openai-compatible`: vLLM, llama.cpp, LM Studio, OpenRouter)' },
  CROSSCHECK_MODEL_API_KEY: { group: 'model', kind: secret, description: 'the key of that server' },
  OLLAMA_HOST: { group: 'model', kind: kind('an http(s) URL or host:port such as 127.0.0.1:11434', DEFAULT_OLLAMA_HOST, ollamaHost), description: 'where Ollama listens' },
  CROSSCHECK_MODEL_TIMEOUT_MS: { group: 'model', kind: wholeNumber(1000, 3_600_000, undefined, '60000 (180000 local)'), description: 'per-attempt timeout of a model call' },
  CROSSCHECK_MODEL_RETRIES: { group: 'model', kind: wholeNumber(0, 10, 2), description: 'retries after timeouts, 429, 5xx and malformed JSON' },
  CROSSCHECK_MODEL_SOURCE_CHARS: { group: 'model', kind: wholeNumber(2000, 2_000_000, undefined, '48000 (16000 local)'), description: 'source text per writing call' },
  CROSSCHECK_MODEL_STRUCTURED_OUTPUTS: { group: 'model', kind: onOff(true), description: '`false` for servers without `json_schema` output (JSON mode instead)' },
  CROSSCHECK_PRICES: { group: 'model', kind: text(undefined, 'built-in list prices'), description: 'USD per million tokens, inline JSON or a JSON file: `{"openai:gpt-4o-mini": {"input": 0.15, "output": 0.6}}`' },
  CROSSCHECK_CASSETTE: { group: 'model', kind: text(undefined, 'off'), description: 'a JSON file to record a run\'s model calls to, or replay them from' },
  CROSSCHECK_CASSETTE_MODE: { group: 'model', kind: oneOf(['record', 'replay'], undefined, '`replay`'), description: '`record` or `replay` (needs `CROSSCHECK_CASSETTE`)' },
} satisfies Record<string, SettingSpec>;

export const RESEARCH_SETTINGS = {
  CROSSCHECK_WEB: { group: 'research', kind: oneOf(['auto', 'on', 'off'], 'auto'), description: 'web research: `auto` (configured providers, plus Wikipedia and GDELT when the network answers), `on` (Wikipedia and GDELT without probing), `off` (local corpus only)' },
  SEARXNG_URL: { group: 'research', kind: httpUrl('http://127.0.0.1:8888'), description: 'a SearXNG instance to search (its `settings.yml` must enable the `json` format)' },
  BRAVE_API_KEY: { group: 'research', kind: secret, description: 'Brave Search API key' },
  BRAVE_URL: { group: 'research', kind: httpUrl('https://api.search.brave.com', { shown: '`https://api.search.brave.com`' }), description: 'Brave Search API base URL (proxies, tests)' },
  TAVILY_API_KEY: { group: 'research', kind: secret, description: 'Tavily API key' },
  TAVILY_URL: { group: 'research', kind: httpUrl('https://api.tavily.com', { shown: '`https://api.tavily.com`' }), description: 'Tavily API base URL' },
  GOOGLE_FACT_CHECK_API_KEY: { group: 'research', kind: secret, description: 'Google Fact Check Tools key: existing professional fact-checks (ClaimReview)' },
  GOOGLE_FACT_CHECK_URL: { group: 'research', kind: httpUrl('https://factchecktools.googleapis.com', { shown: '`https://factchecktools.googleapis.com`' }), description: 'Fact Check Tools base URL' },
  WIKIPEDIA_URL: { group: 'research', kind: endpointOrOff('`https://en.wikipedia.org/w/api.php`, when the network answers'), description: 'the MediaWiki `api.php` to search and read articles from; `off` disables it' },
  GDELT_URL: { group: 'research', kind: endpointOrOff('`https://api.gdeltproject.org/api/v2/doc/doc`, when the network answers'), description: 'the GDELT DOC 2.0 endpoint (news, no key); `off` disables it' },
  CROSSCHECK_SEARCH_TIMEOUT_SECONDS: { group: 'research', kind: amount(0, 120, 10, { exclusive: true }), description: 'time limit per search API request (one retry after a short 429 `Retry-After`)' },
  CROSSCHECK_MAX_QUERIES: { group: 'research', kind: wholeNumber(1, 20, 3), description: 'queries sent to each web search provider per report' },
  CROSSCHECK_MAX_PAGES: { group: 'research', kind: wholeNumber(1, 100, 12), description: 'web pages read per report (best first, primary sources nudged up, no outlet over a third)' },
  CROSSCHECK_RESEARCH_SECONDS: { group: 'research', kind: amount(0, 3600, 60, { exclusive: true }), description: 'time for searching and reading the web per report; pages not read by then are skipped' },
  CROSSCHECK_CACHE_HOURS: { group: 'research', kind: amount(0, 24 * 365, 24), description: 'a page read this recently is re-used from its stored snapshot instead of fetched again (`0`: always fetch)' },
} satisfies Record<string, SettingSpec>;

export const FETCH_SETTINGS = {
  CROSSCHECK_FETCH_TIMEOUT_SECONDS: { group: 'fetch', kind: amount(0, 600, 15, { exclusive: true }), description: 'total time per page fetch: DNS, robots.txt, redirects and body' },
  CROSSCHECK_FETCH_MAX_MB: { group: 'fetch', kind: amount(0, 1024, 10, { exclusive: true }), description: 'largest page body, counted after decompression' },
  CROSSCHECK_FETCH_PER_HOST: { group: 'fetch', kind: wholeNumber(1, 64, 2), description: 'page requests in flight per host' },
  CROSSCHECK_FETCH_ROBOTS: { group: 'fetch', kind: onOff(true), description: 'honour robots.txt' },
  CROSSCHECK_CONTACT: { group: 'fetch', kind: text(undefined), description: 'a URL or e-mail address added to the fetcher\'s User-Agent so site owners can reach you' },
  CROSSCHECK_FETCH_ALLOW: { group: 'fetch', kind: allowList, description: '**testing only**: hosts or addresses (`127.0.0.1:8765`, `localhost`) the fetcher may reach although they are not public ([docs/SECURITY.md](docs/SECURITY.md))' },
} satisfies Record<string, SettingSpec>;
