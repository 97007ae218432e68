// Web research from configuration: off entirely, keyed providers by their settings, keyless ones only when
// the network answers (never under the test runner unless asked), and limits with clear warnings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { webResearchFromEnv } from '../../src/runtime/web-research-from-settings.ts';
import { memoryStore } from '../support/fakes.ts';

const offline = async () => ({ online: false, detail: 'en.wikipedia.org could not be reached (ENOTFOUND)' });
const online = async () => ({ online: true, detail: 'answered' });
const noFetch = (() => Promise.reject(new Error('no network in tests'))) as typeof fetch;

test('CROSSCHECK_WEB=off turns every web provider off, keys or not', async () => {
  const web = await webResearchFromEnv({ env: { CROSSCHECK_WEB: 'off', SEARXNG_URL: 'http://localhost:8080', BRAVE_API_KEY: 'k' }, store: await memoryStore(), fetch: noFetch });
  assert.deepEqual(web.providers, []);
  assert.equal(web.readRemote, undefined);
  assert.deepEqual(web.describe, ['web search: off (CROSSCHECK_WEB=off); local corpus only']);
});

test('keyed providers are on when configured; keyless ones follow the network probe', async () => {
  const env = { SEARXNG_URL: 'http://127.0.0.1:8888', BRAVE_API_KEY: 'b', TAVILY_API_KEY: 't', GOOGLE_FACT_CHECK_API_KEY: 'g', NODE_TEST_CONTEXT: '' };
  const up = await webResearchFromEnv({ env, store: await memoryStore(), fetch: noFetch, probe: online });
  assert.deepEqual(up.providers.map((provider) => provider.id), ['searxng', 'brave', 'tavily', 'fact-check-tools', 'wikipedia', 'gdelt']);
  assert.ok(up.providers.every((provider) => provider.remote));
  assert.equal(typeof up.readRemote, 'function');
  const down = await webResearchFromEnv({ env: { ...env, BRAVE_API_KEY: '' }, store: await memoryStore(), fetch: noFetch, probe: offline });
  assert.deepEqual(down.providers.map((provider) => provider.id), ['searxng', 'tavily', 'fact-check-tools']);
  assert.ok(down.describe.includes('brave: off (set BRAVE_API_KEY)'));
  assert.ok(down.describe.includes('wikipedia: off (no network: en.wikipedia.org could not be reached (ENOTFOUND))'));
  assert.deepEqual(down.warnings, [], 'no network is not a problem to warn about in every report');
});

test('under the test runner keyless providers are never probed unless asked for', async () => {
  let probed = 0;
  const probe = async () => {
    probed += 1;
    return { online: true, detail: '' };
  };
  const quiet = await webResearchFromEnv({ env: {}, store: await memoryStore(), fetch: noFetch, probe });
  assert.deepEqual(quiet.providers, []);
  assert.equal(probed, 0);
  assert.match(quiet.describe.join('\n'), /wikipedia: off \(not probed under the test runner/);
  const asked = await webResearchFromEnv({ env: { CROSSCHECK_WEB: 'on' }, store: await memoryStore(), fetch: noFetch, probe });
  assert.deepEqual(asked.providers.map((provider) => provider.id), ['wikipedia', 'gdelt']);
  assert.equal(probed, 0, 'on means on, without a probe');
  const pointed = await webResearchFromEnv({ env: { WIKIPEDIA_URL: 'http://127.0.0.1:9999/w/api.php', GDELT_URL: 'off' }, store: await memoryStore(), fetch: noFetch, probe });
  assert.deepEqual(pointed.providers.map((provider) => provider.id), ['wikipedia']);
  assert.ok(pointed.describe.includes('gdelt: off (GDELT_URL=off)'));
});

test('limits come from settings; bad values warn and fall back', async () => {
  const good = await webResearchFromEnv({ env: { CROSSCHECK_MAX_QUERIES: '2', CROSSCHECK_MAX_PAGES: '5', CROSSCHECK_RESEARCH_SECONDS: '30' }, store: await memoryStore(), fetch: noFetch });
  assert.deepEqual(good.limits, { maxQueries: 2, maxPages: 5, maxResearchMs: 30_000 });
  const bad = await webResearchFromEnv({
    env: { CROSSCHECK_MAX_PAGES: 'lots', CROSSCHECK_FETCH_ALLOW: 'a:b:c', CROSSCHECK_FETCH_ROBOTS: 'maybe', SEARXNG_URL: 'ftp://x', CROSSCHECK_WEB: 'sometimes' },
    store: await memoryStore(),
    fetch: noFetch,
  });
  assert.equal(bad.limits.maxPages, 12);
  assert.deepEqual(bad.warnings, [
    'CROSSCHECK_WEB must be one of auto, on, off (got "sometimes"); using auto',
    'SEARXNG_URL must be an absolute http(s) URL such as http://127.0.0.1:8888 (got "ftp://x"); ignored',
    'CROSSCHECK_MAX_PAGES must be a whole number from 1 to 100 (got "lots"); using 12',
    'CROSSCHECK_FETCH_ROBOTS must be on or off (also true/false, yes/no, 1/0) (got "maybe"); using on',
    'CROSSCHECK_FETCH_ALLOW must be hosts or addresses such as "127.0.0.1:8765, localhost" (host, host:port or [ipv6]:port) (got "a:b:c"); ignored',
  ]);
});
