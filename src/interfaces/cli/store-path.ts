// Where the embedded store lives: `--store <file>`, else CROSSCHECK_STORE, else <cwd>/data/crosscheck.db.
import path from 'node:path';
import { readSettings } from '../../runtime/settings.ts';
import type { CliIo } from './io.ts';

export { DEFAULT_STORE_FILE } from '../../runtime/settings-backend.ts';

export function resolveStorePath(values: { store?: string }, io: CliIo): string {
  const chosen = values.store?.trim() || readSettings(io.env).values.CROSSCHECK_STORE;
  return chosen === ':memory:' ? chosen : path.resolve(io.cwd, chosen);
}
