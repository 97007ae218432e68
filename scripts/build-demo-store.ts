// Builds the demo corpus as a ready SQLite store at install (npm's postinstall), so the first `crosscheck ask`
// on a fresh clone copies it instead of loading 109k documents. Never fails the install: a store that cannot be
// built here is loaded on the first ask as before. CROSSCHECK_SKIP_DEMO_STORE=1 skips it (e.g. PostgreSQL-only images).
import { existsSync } from 'node:fs';
import { DEFAULT_DEMO_CORPUS_FILE } from '../src/adapters/demo-corpus/demo-corpus.ts';
import { buildDemoStore } from '../src/adapters/demo-corpus/demo-store.ts';

if (process.env.CROSSCHECK_SKIP_DEMO_STORE === '1') {
  console.log('crosscheck: demo store skipped (CROSSCHECK_SKIP_DEMO_STORE=1)');
} else if (!existsSync(DEFAULT_DEMO_CORPUS_FILE)) {
  console.log(`crosscheck: no demo corpus at ${DEFAULT_DEMO_CORPUS_FILE}; the demo store is not built`);
} else {
  const started = performance.now();
  try {
    const { built, file } = await buildDemoStore();
    console.log(built ? `crosscheck: demo store built in ${((performance.now() - started) / 1000).toFixed(1)} s (${file})` : `crosscheck: demo store is current (${file})`);
  } catch (error) {
    console.warn(`crosscheck: the demo store could not be built (${(error as Error).message}); the first ask will load the demo corpus instead`);
  }
}
