// The versions of the analysing code, the frame code and wordnet.ts without hashing their sources on every ask (4-8 ms): the
// cache file keeps the versions it last computed with the size and modification time of every file they came from
// (the sources frame-version.ts follows, analysis-version.ts and frame-version.ts themselves, the packages' manifests
// and npm's record of node_modules) and the runtime's versions; while all of them are as recorded, so are the versions.
// Files are stamped before the versions are computed, so a file edited meanwhile makes the record stale, never wrong.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { analysisVersion } from '../../shared/language/analysis-version.ts';
import { frameSources, frameVersion, WORDNET_ENTRY, wordNetVersion } from './frame-version.ts';

export interface CodeVersions {
  analysis: string;
  frame: string;
  /** wordNetVersion(): the WordNet memo's. */
  wordnet: string;
}

interface Recorded extends CodeVersions {
  runtime: string;
  /** Absolute path → [size in bytes, modification time in ms]; [-1, -1] for a file that was missing. */
  files: Record<string, [number, number]>;
}

const OWN_FILES = [
  path.resolve(import.meta.dirname, '../../shared/language/analysis-version.ts'),
  path.resolve(import.meta.dirname, 'frame-version.ts'),
  path.resolve(import.meta.dirname, 'code-versions.ts'),
  path.resolve(import.meta.dirname, '../../../node_modules/.package-lock.json'),
];

/** This code's versions, from `recorded` (a record this function returned before) when it still holds. */
export function codeVersions(recorded: string | undefined): { versions: CodeVersions; record?: string } {
  return versionsByStamps(recorded, versionInputs, () => {
    const analysis = analysisVersion();
    return { analysis, frame: frameVersion(analysis), wordnet: wordNetVersion() };
  });
}

/** The files the versions are computed from (read here, so this costs what one version costs: only when recording). */
function versionInputs(): string[] {
  const frame = frameSources();
  const wordnet = frameSources(WORDNET_ENTRY);
  const files = [...new Set([...frame.files, ...wordnet.files])];
  const packages = [...new Set([...frame.packages, ...wordnet.packages])];
  const require = createRequire(files[0]);
  const manifests = packages.flatMap((name) => {
    try {
      return [require.resolve(`${name}/package.json`)];
    } catch {
      return [];
    }
  });
  return [...files, ...OWN_FILES, ...manifests];
}

/** The versions `compute` gives, taken from `recorded` while the runtime and every recorded file are as they were. */
export function versionsByStamps(recorded: string | undefined, inputs: () => string[], compute: () => CodeVersions): { versions: CodeVersions; record?: string } {
  const previous = parseRecord(recorded);
  if (previous && previous.runtime === runtime() && Object.entries(previous.files).every(([file, stamp]) => sameStamp(stampOf(file), stamp))) {
    return { versions: { analysis: previous.analysis, frame: previous.frame, wordnet: previous.wordnet } };
  }
  const files = Object.fromEntries(inputs().map((file) => [file, stampOf(file)]));
  const versions = compute();
  return { versions, record: JSON.stringify({ runtime: runtime(), files, ...versions } satisfies Recorded) };
}

function runtime(): string {
  const { node, v8, icu, unicode } = process.versions;
  return JSON.stringify({ node, v8, icu, unicode });
}

function stampOf(file: string): [number, number] {
  try {
    const stat = statSync(file);
    return [stat.size, stat.mtimeMs];
  } catch {
    return [-1, -1];
  }
}

function sameStamp(left: [number, number], right: unknown): boolean {
  return Array.isArray(right) && right.length === 2 && left[0] === right[0] && left[1] === right[1];
}

function parseRecord(text: string | undefined): Recorded | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Recorded> | null;
    const valid = typeof value?.analysis === 'string' && typeof value.frame === 'string' && typeof value.wordnet === 'string' && typeof value.runtime === 'string'
      && typeof value.files === 'object' && value.files !== null && Object.keys(value.files).length > 0;
    return valid ? (value as Recorded) : undefined;
  } catch {
    return undefined;
  }
}
