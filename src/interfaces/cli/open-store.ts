// Opens the store a command works on — PostgreSQL when DATABASE_URL is set, otherwise the SQLite file
// from --store / CROSSCHECK_STORE — or explains which setting to change when it cannot.
import type { SiteStore } from '../../contracts/ports.ts';
import { problemsIn, readSettings } from '../../runtime/settings.ts';
import type { CliIo } from './io.ts';
import { resolveStorePath } from './store-path.ts';
import { redactUrl } from '../../shared/text/redact-url.ts';

/** `file`: the SQLite store's file (none for PostgreSQL or `:memory:`). */
export type OpenedStore = { ok: true; store: SiteStore; location: string; file?: string } | { ok: false; message: string };

/** The most of a store file one report maps (the demo store is 52 MB). */
const ONE_REPORT_MMAP_BYTES = 256 * 1024 * 1024;

// Each backend loads only when chosen: an offline command on the SQLite file never loads pg or pg-boss.
/** `seedDemoCorpus`: start a new store file as a copy of the ready demo store; `oneReport`: tune the connection for one report. */
export async function openStore(values: { store?: string }, io: CliIo, options: { seedDemoCorpus?: boolean; oneReport?: boolean } = {}): Promise<OpenedStore> {
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
    const store = createSqliteStore({ file: location });
    // A process making one report (ask) reads the store's pages where the file is mapped instead of copying each into
    // fresh page-cache memory: on a warm ask about 1,200 fewer page faults (4.8 MB), 20 ms of CPU. (A file cut shorter
    // under a mapping ends the process with SIGBUS rather than an error; nothing here shrinks a store, and an ask is short.)
    if (options.oneReport) store.db.exec(`PRAGMA mmap_size = ${ONE_REPORT_MMAP_BYTES}`);
    return { ok: true, store, location, file: location === ':memory:' ? undefined : location };
  } catch (error) {
    return { ok: false, message: `cannot open the store ${location} (${(error as Error).message}); choose another with --store or CROSSCHECK_STORE` };
  }
}
