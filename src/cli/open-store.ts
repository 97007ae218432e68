// Opens the store a command works on, or explains which setting to change when it cannot.
import type { Store } from '../contracts.ts';
import { createSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { CliIo } from './io.ts';
import { resolveStorePath } from './store-path.ts';

export type OpenedStore = { ok: true; store: Store; location: string } | { ok: false; message: string };

export function openStore(values: { store?: string }, io: CliIo): OpenedStore {
  const location = resolveStorePath(values, io);
  try {
    return { ok: true, store: createSqliteStore({ file: location }), location };
  } catch (error) {
    return { ok: false, message: `cannot open the store ${location} (${(error as Error).message}); choose another with --store or CROSSCHECK_STORE` };
  }
}
