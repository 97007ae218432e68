// Opens the store a command works on — PostgreSQL when DATABASE_URL is set, otherwise the SQLite file
// from --store / CROSSCHECK_STORE — or explains which setting to change when it cannot.
import { openConfiguredStore, redactUrl } from '../backend/create-backend.ts';
import type { Store } from '../contracts.ts';
import type { CliIo } from './io.ts';
import { resolveStorePath } from './store-path.ts';

export { redactUrl };

export type OpenedStore = { ok: true; store: Store; location: string } | { ok: false; message: string };

export async function openStore(values: { store?: string }, io: CliIo): Promise<OpenedStore> {
  const databaseUrl = io.env.DATABASE_URL?.trim();
  if (databaseUrl && !values.store) {
    try {
      const opened = await openConfiguredStore({ databaseUrl, poolSize: 4 }, '');
      return { ok: true, store: opened.store, location: opened.location };
    } catch (error) {
      return { ok: false, message: `cannot open the PostgreSQL store at ${redactUrl(databaseUrl)} (${(error as Error).message}); check DATABASE_URL, or unset it to use the SQLite file` };
    }
  }
  const location = resolveStorePath(values, io);
  try {
    return { ok: true, store: (await openConfiguredStore({ poolSize: 4 }, location)).store, location };
  } catch (error) {
    return { ok: false, message: `cannot open the store ${location} (${(error as Error).message}); choose another with --store or CROSSCHECK_STORE` };
  }
}
