#!/usr/bin/env node
// The installed `crosscheck` binary (also what `npm run ask` runs). Plain JavaScript so that Node's compile
// cache is on before the first TypeScript file loads: main.ts and every module after it then come stripped
// and compiled from the cache, and the type stripper itself is never loaded (about 35 ms of a warm `ask`).
// It runs the CLI bundle built at install (dist/cli/) while that is fresh, else the source (cli-bundle.ts).
import { enableCompileCache } from 'node:module';
import process from 'node:process';

enableCompileCache();
const { cliEntry } = await import('../src/interfaces/cli/cli-bundle.ts');
const { main } = await import(cliEntry());
process.exitCode = await main(process.argv.slice(2));
