// Expands the paths given to `ingest` into files: folders walked recursively in sorted order (so
// a run is deterministic), dotfiles skipped, unreadable paths reported instead of thrown.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export type CollectedFile =
  | { ok: true; file: string; path: string }
  | { ok: false; file: string; reason: string };

export async function collectFiles(input: string, cwd: string): Promise<CollectedFile[]> {
  const absolute = path.resolve(cwd, input);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) return [{ ok: false, file: input, reason: pathFailure(info) }];
  if (info.isFile()) return [{ ok: true, file: input, path: absolute }];
  if (!info.isDirectory()) return [{ ok: false, file: input, reason: 'not a regular file or folder' }];
  const files: CollectedFile[] = [];
  await walk(absolute, input, files, new Set());
  if (files.length === 0) return [{ ok: false, file: input, reason: 'folder has no files (dotfiles are skipped)' }];
  return files;
}

async function walk(directory: string, shown: string, files: CollectedFile[], visited: Set<string>): Promise<void> {
  const real = await realpath(directory).catch(() => directory);
  if (visited.has(real)) return; // a symlink loop
  visited.add(real);
  const entries = await readdir(directory).catch((error: NodeJS.ErrnoException) => error);
  if (entries instanceof Error) {
    files.push({ ok: false, file: shown, reason: `cannot list folder: ${pathFailure(entries)}` });
    return;
  }
  for (const name of entries.filter((entry) => !entry.startsWith('.')).sort(byCodePoint)) {
    const absolute = path.join(directory, name);
    const file = path.join(shown, name);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) files.push({ ok: false, file, reason: pathFailure(info) });
    else if (info.isDirectory()) await walk(absolute, file, files, visited);
    else if (info.isFile()) files.push({ ok: true, file, path: absolute });
    else files.push({ ok: false, file, reason: 'not a regular file' });
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function pathFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'not found (no such file or folder)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read)';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot read (${error.code ?? error.message})`;
  }
}
