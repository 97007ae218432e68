// The guarded fetcher's settings from the environment, each checked, with a message naming the setting
// when a value is unusable (the default is used instead).
import { parseAllowList } from './allow-list.ts';
import type { Resolver } from './check-target.ts';
import { createGuardedFetcher, FETCH_DEFAULTS, type GuardedFetcherOptions } from './guarded-fetcher.ts';

export type Env = Record<string, string | undefined>;

/** A positive number setting; a bad value warns and falls back to the default. */
export function numberSetting(env: Env, name: string, fallback: number, warnings: string[], options: { min?: number; max?: number } = {}): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  const { min = 0, max = Number.MAX_SAFE_INTEGER } = options;
  if (!Number.isFinite(value) || value <= min || value > max) {
    warnings.push(`${name}=${raw} is not a number in (${min}, ${max}]; using ${fallback}`);
    return fallback;
  }
  return value;
}

/** on/off settings: on, true, yes, 1 / off, false, no, 0. */
export function switchSetting(env: Env, name: string, fallback: boolean, warnings: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['on', 'true', 'yes', '1'].includes(raw)) return true;
  if (['off', 'false', 'no', '0'].includes(raw)) return false;
  warnings.push(`${name}=${raw} is neither on nor off; using ${fallback ? 'on' : 'off'}`);
  return fallback;
}

export function fetcherFromEnv(env: Env, extra: { resolver?: Resolver } = {}) {
  const warnings: string[] = [];
  const allow = parseAllowList(env.CROSSCHECK_FETCH_ALLOW);
  warnings.push(...allow.errors.map((error) => `CROSSCHECK_FETCH_ALLOW: ${error}`));
  const options: GuardedFetcherOptions = {
    allow: allow.list,
    resolver: extra.resolver,
    timeoutMs: numberSetting(env, 'CROSSCHECK_FETCH_TIMEOUT_SECONDS', FETCH_DEFAULTS.timeoutMs / 1000, warnings, { max: 600 }) * 1000,
    maxBytes: Math.round(numberSetting(env, 'CROSSCHECK_FETCH_MAX_MB', FETCH_DEFAULTS.maxBytes / 1024 / 1024, warnings, { max: 1024 }) * 1024 * 1024),
    perHost: Math.max(1, Math.floor(numberSetting(env, 'CROSSCHECK_FETCH_PER_HOST', FETCH_DEFAULTS.perHost, warnings, { max: 64 }))),
    robots: switchSetting(env, 'CROSSCHECK_FETCH_ROBOTS', FETCH_DEFAULTS.robots, warnings),
    contact: env.CROSSCHECK_CONTACT?.trim() || undefined,
  };
  const fetcher = createGuardedFetcher(options);
  const allowed = allow.list.entries.map((entry) => `${entry.host}${entry.port ? `:${entry.port}` : ''}`);
  const describe = [
    `fetcher: ${options.timeoutMs! / 1000} s, ${(options.maxBytes! / 1024 / 1024).toFixed(0)} MB, ${options.perHost} per host, robots.txt ${options.robots ? 'honoured' : 'ignored'}; User-Agent "${fetcher.userAgent}"${options.contact ? '' : ' (set CROSSCHECK_CONTACT so site owners can reach you)'}`,
    ...(allowed.length > 0 ? [`fetcher allow-list (testing only): ${allowed.join(', ')}`] : []),
  ];
  return { fetcher, warnings, describe };
}
