// Where the embedded store lives: `--store <file>`, else CROSSCHECK_STORE, else <cwd>/data/crosscheck.db.
import path from 'node:path';
import type { CliIo } from './io.ts';

export const DEFAULT_STORE_FILE = path.join('data', 'crosscheck.db');

export function resolveStorePath(values: { store?: string }, io: CliIo): string {
  const chosen = values.store?.trim() || io.env.CROSSCHECK_STORE?.trim() || DEFAULT_STORE_FILE;
  return chosen === ':memory:' ? chosen : path.resolve(io.cwd, chosen);
}
