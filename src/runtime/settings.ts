// The one settings schema: every variable Crosscheck reads, its default, what it does and how a bad value
// is reported. The environment is parsed here once; adapters get explicit options built from the result.
import { z } from 'zod';
import type { SettingKind } from './setting-kinds.ts';
import { BACKEND_SETTINGS } from './settings-backend.ts';
import { FETCH_SETTINGS, MODEL_SETTINGS, RESEARCH_SETTINGS } from './settings-engine.ts';
import type { SettingGroup, SettingSpec } from './settings-spec.ts';
import { WEBSITE_SETTINGS } from './settings-website.ts';

export const SETTINGS = { ...BACKEND_SETTINGS, ...MODEL_SETTINGS, ...WEBSITE_SETTINGS, ...RESEARCH_SETTINGS, ...FETCH_SETTINGS };
export type SettingName = keyof typeof SETTINGS;
export type SettingValues = { [K in SettingName]: (typeof SETTINGS)[K]['kind'] extends SettingKind<infer T> ? T : never };
export type Env = Record<string, string | undefined>;

const NAMES = Object.keys(SETTINGS) as SettingName[];
const specOf = (name: SettingName): SettingSpec => SETTINGS[name];

/** The whole environment as one zod object: each field parses one variable (blank: its default). */
export const SettingsSchema = z.object(Object.fromEntries(NAMES.map((name) => [name, specOf(name).kind.schema(name)]))) as unknown as z.ZodType<SettingValues, Env>;

export interface SettingProblem {
  name: SettingName;
  /** "<NAME> must be <what it takes> (got "<value>")". */
  message: string;
}

export interface Settings {
  /** Every setting: the parsed value, or its default when the value was bad (the problem says so). */
  values: SettingValues;
  problems: SettingProblem[];
}

/**
 * Environments read before, by the values of their settings (nothing else is read): a command reads settings in
 * several places, each from the same environment. A few are kept, for tests and callers that change it.
 */
const readBefore = new Map<string, Settings>();
const READ_BEFORE_LIMIT = 8;
/**
 * Parsed once per environment, so without zod's compiled fast path for objects, which costs more to build (about
 * 12 ms for this schema) than it saves on a parse or two. Same values and issues.
 */
const ONCE = { jitless: true } as const;

/**
 * Parses the environment once. A bad value never hides the others: each is reported and replaced by its
 * default, and each command decides which problems stop it (the website's) and which become warnings.
 * Each call gets its own copy (lists too), so a caller that changes one cannot change another's.
 */
export function readSettings(env: Env): Settings {
  const key = JSON.stringify(NAMES.map((name) => env[name] ?? null));
  let settings = readBefore.get(key);
  if (!settings) {
    settings = parseSettings(env);
    if (readBefore.size >= READ_BEFORE_LIMIT) readBefore.delete(readBefore.keys().next().value!);
    readBefore.set(key, settings);
  }
  const values = Object.fromEntries(Object.entries(settings.values).map(([name, value]) => [name, Array.isArray(value) ? [...value] : value]));
  return { values: values as SettingValues, problems: settings.problems.map((problem) => ({ ...problem })) };
}

function parseSettings(env: Env): Settings {
  const parsed = SettingsSchema.safeParse(env, ONCE);
  if (parsed.success) return { values: parsed.data, problems: [] };
  const problems: SettingProblem[] = parsed.error.issues.map((issue) => ({ name: issue.path[0] as SettingName, message: issue.message }));
  const bad = new Set(problems.map((problem) => problem.name));
  const values = SettingsSchema.parse(Object.fromEntries(Object.entries(env).filter(([name]) => !bad.has(name as SettingName))), ONCE);
  return { values, problems };
}

/** The problems of the given groups (or names), in the catalog's order. */
export function problemsIn(settings: Settings, scope: { groups?: SettingGroup[]; names?: SettingName[] }): SettingProblem[] {
  return settings.problems.filter((problem) => scope.groups?.includes(specOf(problem.name).group) || scope.names?.includes(problem.name));
}

/** A problem as a warning: the default is used instead. */
export function asWarning(problem: SettingProblem): string {
  const shown = specOf(problem.name).kind.shown;
  return `${problem.message}; ${shown === '—' ? 'ignored' : `using ${shown.replaceAll('`', '')}`}`;
}

/** One value from a flag or the environment, e.g. `worker --concurrency`; `label` names both in the message. */
export function parseSetting<K extends SettingName>(name: K, raw: string | undefined, label: string = name): { ok: true; value: SettingValues[K] } | { ok: false; message: string } {
  const parsed = specOf(name).kind.schema(label).safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data as SettingValues[K] } : { ok: false, message: parsed.error.issues[0].message };
}

export class SettingsError extends Error {
  readonly problems: string[];
  constructor(problems: string[], what = 'The settings have') {
    super(`${what} ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

export function settingSpec(name: SettingName): SettingSpec {
  return specOf(name);
}
