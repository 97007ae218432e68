// Reading the shared evaluation data: JSON Lines files and a clear skip message when a file is absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function readLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim());
}

export function readJsonl<T>(file: string): T[] {
  return readLines(file).map((line) => JSON.parse(line) as T);
}

/** The first of `files` (relative to `folder`) that is missing, as a skip message; undefined when all exist. */
export function missingData(bench: string, folder: string, files: string[]): string | undefined {
  const missing = files.find((file) => !existsSync(path.join(folder, file)));
  if (missing === undefined) return undefined;
  return `${bench} bench skipped: no ${missing} in ${folder} (set CROSSCHECK_DATA to the shared data folder)`;
}
