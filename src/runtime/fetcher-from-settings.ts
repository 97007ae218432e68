// The guarded fetcher's options from the parsed settings (src/runtime/settings.ts): a bad value becomes a
// warning naming the setting, and its default is used instead. Described without loading the fetcher, whose
// modules load only when a web provider is on (web-research-from-settings.ts).
import type { Resolver } from '../adapters/fetch/check-target.ts';
import type { GuardedFetcherOptions } from '../adapters/fetch/guarded-fetcher.ts';
import { userAgent } from '../adapters/fetch/user-agent.ts';
import { asWarning, problemsIn, type Settings } from './settings.ts';

export function fetcherSettings(settings: Settings, extra: { resolver?: Resolver } = {}) {
  const warnings = problemsIn(settings, { groups: ['fetch'] }).map(asWarning);
  const values = settings.values;
  const options: GuardedFetcherOptions = {
    allow: values.CROSSCHECK_FETCH_ALLOW,
    resolver: extra.resolver,
    timeoutMs: values.CROSSCHECK_FETCH_TIMEOUT_SECONDS * 1000,
    maxBytes: Math.round(values.CROSSCHECK_FETCH_MAX_MB * 1024 * 1024),
    perHost: values.CROSSCHECK_FETCH_PER_HOST,
    robots: values.CROSSCHECK_FETCH_ROBOTS,
    contact: values.CROSSCHECK_CONTACT,
  };
  // The User-Agent the fetcher made from these options will send.
  const agent = userAgent(options.contact);
  const allowed = values.CROSSCHECK_FETCH_ALLOW.entries.map((entry) => `${entry.host}${entry.port ? `:${entry.port}` : ''}`);
  const describe = [
    `fetcher: ${options.timeoutMs! / 1000} s, ${(options.maxBytes! / 1024 / 1024).toFixed(0)} MB, ${options.perHost} per host, robots.txt ${options.robots ? 'honoured' : 'ignored'}; User-Agent "${agent}"${options.contact ? '' : ' (set CROSSCHECK_CONTACT so site owners can reach you)'}`,
    ...(allowed.length > 0 ? [`fetcher allow-list (testing only): ${allowed.join(', ')}`] : []),
  ];
  return { options, userAgent: agent, warnings, describe };
}
