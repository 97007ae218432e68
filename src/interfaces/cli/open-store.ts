// Opens the store a command works on — PostgreSQL when DATABASE_URL is set, otherwise the SQLite file
// from --store / CROSSCHECK_STORE — or explains which setting to change when it cannot.
import type { SiteStore } from '../../contracts/ports.ts';
import { problemsIn, readSettings } from '../../runtime/settings.ts';
import type { CliIo } from './io.ts';
import { resolveStorePath } from './store-path.ts';
import { redactUrl } from '../../shared/text/redact-url.ts';

/** `file`: the SQLite store's file (none for PostgreSQL or `:memory:`). */
export type OpenedStore = { ok: true; store: SiteStore; location: string; file?: string } | { ok: false; message: string };

// Each backend loads only when chosen: an offline command on the SQLite file never loads pg or pg-boss.
export async function openStore(values: { store?: string }, io: CliIo, options: { seedDemoCorpus?: boolean } = {}): Promise<OpenedStore> {
  const settings = readSettings(io.env);
  const [badUrl] = values.store ? [] : problemsIn(settings, { names: ['DATABASE_URL'] });
  if (badUrl) return { ok: false, message: `${badUrl.message}; fix it, or unset it to use the SQLite file` };
  const databaseUrl = settings.values.DATABASE_URL;
  if (databaseUrl && !values.store) {
    try {
      const { openConfiguredStore } = await import('../../runtime/backend/create-backend.ts');
      const opened = await openConfiguredStore({ databaseUrl, poolSize: 4 }, '');
      return { ok: true, store: opened.store, location: opened.location };
    } catch (error) {
      return { ok: false, message: `cannot open the PostgreSQL store at ${redactUrl(databaseUrl)} (${(error as Error).message}); check DATABASE_URL, or unset it to use the SQLite file` };
    }
  }
  const location = resolveStorePath(values, io);
  try {
    const { createSqliteStore } = await import('../../adapters/store/sqlite/sqlite-store.ts');
    // A new store file starts as a copy of the ready demo store built at install, when there is one (ask only).
    if (options.seedDemoCorpus) (await import('../../adapters/demo-corpus/demo-store.ts')).seedFromDemoStore(location);
    return { ok: true, store: createSqliteStore({ file: location }), location, file: location === ':memory:' ? undefined : location };
  } catch (error) {
    return { ok: false, message: `cannot open the store ${location} (${(error as Error).message}); choose another with --store or CROSSCHECK_STORE` };
  }
}
