// What changed between two versions of a report (a recheck of the same question): sources added and no
// longer cited, the verdict, the bottom line. Pure: the report page and the feeds both use it.
import type { Report, Source } from '../../../contracts/schema.ts';

export interface VersionDiff {
  /** When the earlier version was checked. */
  since: string;
  added: Source[];
  dropped: Source[];
  /** Cited in both versions, but the copy read differs (the page changed). */
  updated: Source[];
  verdict?: { from?: string; to?: string };
  bottomLine?: { from: string; to: string };
}

function urlKey(url: string): string {
  return url.trim().replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();
}

function bottomLineText(report: Report): string {
  return report.bottomLine.map((sentence) => sentence.text).join(' ').trim();
}

export function diffVersions(previous: Report, current: Report): VersionDiff {
  const before = new Map(previous.sources.map((source) => [urlKey(source.url), source]));
  const after = new Map(current.sources.map((source) => [urlKey(source.url), source]));
  const diff: VersionDiff = {
    since: previous.checkedAt,
    added: current.sources.filter((source) => !before.has(urlKey(source.url))),
    dropped: previous.sources.filter((source) => !after.has(urlKey(source.url))),
    updated: current.sources.filter((source) => {
      const old = before.get(urlKey(source.url));
      return old !== undefined && old.contentHash !== source.contentHash;
    }),
  };
  if (previous.verdict?.label !== current.verdict?.label) diff.verdict = { from: previous.verdict?.label, to: current.verdict?.label };
  const [from, to] = [bottomLineText(previous), bottomLineText(current)];
  if (from !== to) diff.bottomLine = { from, to };
  return diff;
}

export function hasChanges(diff: VersionDiff): boolean {
  return diff.added.length + diff.dropped.length + diff.updated.length > 0 || diff.verdict !== undefined || diff.bottomLine !== undefined;
}

/** One line for a feed: "Verdict changed from mixed to supported; 2 new sources, 1 no longer cited." */
export function describeChanges(diff: VersionDiff): string {
  const parts: string[] = [];
  if (diff.verdict) parts.push(`Verdict changed from ${diff.verdict.from ?? 'none'} to ${diff.verdict.to ?? 'none'}`);
  if (diff.bottomLine && !diff.verdict) parts.push('The bottom line changed');
  const counts = [
    diff.added.length > 0 ? `${diff.added.length} new source${diff.added.length === 1 ? '' : 's'}` : '',
    diff.dropped.length > 0 ? `${diff.dropped.length} no longer cited` : '',
    diff.updated.length > 0 ? `${diff.updated.length} changed since read` : '',
  ].filter(Boolean);
  if (counts.length > 0) parts.push(counts.join(', '));
  return parts.length > 0 ? `${parts.join('; ')}.` : 'No change in the sources, verdict or bottom line.';
}
