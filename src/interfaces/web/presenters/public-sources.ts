// Sources ingested from disk carry `file:///home/.../notes.md` URLs: on public pages, in the API and in
// progress events they show only the file name, or the file under CROSSCHECK_FILES_BASE_URL when set.
import type { Report } from '../../../contracts/schema.ts';

const FILE_URL = /\bfile:\/\/[^\s"'<>]*/gi;

/** A `file:` URL as the public may see it; any other URL unchanged. */
export function publicUrl(url: string, filesBaseUrl: string | undefined): string {
  if (!/^file:/i.test(url.trim())) return url;
  const last = url.trim().replace(/[?#].*$/, '').split('/').filter(Boolean).at(-1) ?? 'file';
  let name: string;
  try {
    name = decodeURIComponent(last);
  } catch {
    name = last;
  }
  return filesBaseUrl ? `${filesBaseUrl}/${encodeURIComponent(name)}` : name;
}

/** Every `file:` URL inside the text (a progress message, a warning) made public. */
export function publicText(text: string, filesBaseUrl: string | undefined): string {
  return text.replace(FILE_URL, (url) => publicUrl(url, filesBaseUrl));
}

/** Any JSON value with every string's `file:` URLs made public (event data, a report for the API). */
export function publicJson<T>(value: T, filesBaseUrl: string | undefined): T {
  if (typeof value === 'string') return publicText(value, filesBaseUrl) as T;
  if (Array.isArray(value)) return value.map((item) => publicJson(item, filesBaseUrl)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, publicJson(inner, filesBaseUrl)])) as T;
  }
  return value;
}

/** The report as pages, JSON-LD and the API show it. */
export function publicReport(report: Report, filesBaseUrl: string | undefined): Report {
  return publicJson(report, filesBaseUrl);
}
