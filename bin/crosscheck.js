#!/usr/bin/env node
// The installed `crosscheck` binary (also what `npm run ask` runs). Plain JavaScript so that Node's compile
// cache is on before the first TypeScript file loads: main.ts and every module after it then come stripped
// and compiled from the cache, and the type stripper itself is never loaded (about 35 ms of a warm `ask`).
import { enableCompileCache } from 'node:module';
import process from 'node:process';

enableCompileCache();
const { main } = await import('../src/interfaces/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
