// Assembles the engine from configuration: the local corpus always, web research and a language model
// when configured. The CLI, the web server and workers all build their engine here.
import type { Store } from '../../contracts/ports.ts';
import { modelFromEnv } from '../model-from-settings.ts';
import type { Engine } from '../../pipeline/run-report.ts';
import { type Env, readSettings, type Settings } from '../settings.ts';
import { createLocalCorpusSearch } from '../../adapters/search-providers/local-corpus.ts';
import { webResearchFromEnv } from '../web-research-from-settings.ts';

export interface EngineOptions {
  /** The parsed settings (the composition root's); else `env` is parsed by the one settings schema. */
  settings?: Settings;
  env?: Env;
  store: Store;
  /** Injected for tests; adapters default to the global fetch (through the guarded fetcher for outside URLs). */
  fetch?: typeof fetch;
}

export async function createEngine(options: EngineOptions): Promise<Engine & { describe: string[] }> {
  const settings = options.settings ?? readSettings(options.env ?? {});
  const [web, model] = await Promise.all([webResearchFromEnv({ ...options, settings }), modelFromEnv({ ...options, settings })]);
  return {
    providers: [createLocalCorpusSearch({ store: options.store }), ...web.providers],
    readRemote: web.readRemote,
    ...web.limits,
    ...model.hooks,
    warnings: [...web.warnings, ...model.warnings],
    describe: ['local corpus: always on', ...web.describe, ...model.describe],
  };
}
