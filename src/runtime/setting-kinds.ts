// The kinds of value a setting can hold, each a zod schema over the raw environment string: blank means the
// default, a bad value is an issue that names the setting, says what it must be and what it got.
import { z } from 'zod';

/** One kind of setting: builds the schema for a named variable; `shown` is its default as the docs print it. */
export interface SettingKind<T> {
  schema(name: string): z.ZodType<T, string | undefined>;
  shown: string;
}

/** A kind from a parser that returns the value, or undefined when the text is unusable (the rule says why). */
export function kind<T>(rule: string, fallback: T, parse: (text: string) => T | undefined, shown?: string): SettingKind<T> {
  return {
    shown: shown ?? (fallback === undefined ? '—' : `\`${String(fallback)}\``),
    schema: (name) =>
      z.string().optional().transform((raw, context): T => {
        const text = raw?.trim() ?? '';
        if (text === '') return fallback;
        const value = parse(text);
        if (value === undefined) {
          context.addIssue({ code: 'custom', message: `${name} must be ${rule} (got "${raw}")` });
          return z.NEVER;
        }
        return value;
      }),
  };
}

export function wholeNumber<T extends number | undefined>(min: number, max: number, fallback: T, shown?: string): SettingKind<number | T> {
  return kind<number | T>(`a whole number from ${min} to ${max}`, fallback, (text) => {
    const value = Number(text);
    return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
  }, shown);
}

/** A number from `min` (or above it, `exclusive`) to `max`; fractions allowed: 0.5 MB, 1.5 hours. */
export function amount(min: number, max: number, fallback: number, options: { exclusive?: boolean } = {}): SettingKind<number> {
  const rule = options.exclusive ? `a number above ${min} and at most ${max}` : `a number from ${min} to ${max}`;
  return kind(rule, fallback, (text) => {
    const value = Number(text);
    const low = options.exclusive ? value > min : value >= min;
    return Number.isFinite(value) && low && value <= max ? value : undefined;
  });
}

/** on, true, yes, 1 / off, false, no, 0. */
export function onOff(fallback: boolean): SettingKind<boolean> {
  return kind('on or off (also true/false, yes/no, 1/0)', fallback, (text) => {
    const lower = text.toLowerCase();
    if (['on', 'true', 'yes', '1'].includes(lower)) return true;
    if (['off', 'false', 'no', '0'].includes(lower)) return false;
    return undefined;
  }, `\`${fallback ? 'on' : 'off'}\``);
}

export function oneOf<const T extends string, F extends T | undefined>(choices: readonly T[], fallback: F, shown?: string): SettingKind<T | F> {
  return kind<T | F>(`one of ${choices.join(', ')}`, fallback, (text) => choices.find((choice) => choice === text.toLowerCase()), shown);
}

/** Free text (a name, a key, a path); blank is the fallback. */
export function text<T extends string | undefined>(fallback: T, shown?: string): SettingKind<string | T> {
  return kind<string | T>('text', fallback, (value) => value, shown);
}

/** An absolute http(s) URL, as given without trailing slashes (`normalize`: in the URL parser's spelling). */
export function httpUrl(example: string, options: { normalize?: boolean; shown?: string } = {}): SettingKind<string | undefined> {
  return kind<string | undefined>(`an absolute http(s) URL such as ${example}`, undefined, (value) => {
    if (!URL.canParse(value)) return undefined;
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return options.normalize ? url.toString().replace(/\/$/, '') : value.replace(/\/+$/, '');
  }, options.shown);
}

/** Text that must match a pattern (a key's prefix, a schema name). */
export function matching<T extends string | undefined>(rule: string, pattern: RegExp, fallback: T, shown?: string): SettingKind<string | T> {
  return kind<string | T>(rule, fallback, (value) => (pattern.test(value) ? value : undefined), shown);
}
