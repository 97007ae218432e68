// What the settings catalog says about each variable: its group (a section of the docs' table), the
// command-line flag that overrides it, the kind of value (with its default) and what it does.
import type { SettingKind } from './setting-kinds.ts';

export const SETTING_GROUPS = {
  store: 'Store',
  queue: 'Queue and workers (PostgreSQL)',
  logging: 'Logs',
  model: 'Language model',
  website: 'Website',
  research: 'Web research',
  fetch: 'Guarded fetcher',
} as const;

export type SettingGroup = keyof typeof SETTING_GROUPS;

export interface SettingSpec {
  group: SettingGroup;
  /** The flag that beats the variable, e.g. `serve --port`. */
  flag?: string;
  kind: SettingKind<unknown>;
  /** What the setting does, in the words of the docs' table (Markdown). */
  description: string;
}
