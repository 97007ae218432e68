#!/usr/bin/env node
// The installed `crosscheck` binary (also what `npm run ask` runs). Plain JavaScript so that Node's compile
// cache is on before the first TypeScript file loads: main.ts and every module after it then come stripped
// and compiled from the cache, and the type stripper itself is never loaded (about 35 ms of a warm `ask`).
// It runs the CLI bundle built at install (dist/cli/) while that is fresh, else the source (cli-bundle.ts).
import { enableCompileCache } from 'node:module';
import process from 'node:process';
import { setFlagsFromString } from 'node:v8';

// A command that runs once and ends (ask, search, --help: all but the servers) keeps V8's young generation at its
// first size instead of letting it grow to 16 MB a half: each page a process touches for the first time is a page
// fault, and a warm ask's growing young generation touched 12-15 MB that a small one reuses (about 3,000 faults,
// 40-90 ms of CPU on a busy 2-core machine). Set before the compile cache is on, as V8 keys its cache by its flags:
// these commands keep their own cache, and the servers theirs (with NODE_COMPILE_CACHE set, one shared folder).
const SERVERS = new Set(['serve', 'worker', 'mcp']);
const ownHeapFlags = /semi-space/.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`);
if (!SERVERS.has(process.argv[2] ?? '') && !ownHeapFlags) setFlagsFromString('--semi-space-growth-factor=1');
enableCompileCache();
const { cliEntry } = await import('../src/interfaces/cli/cli-bundle.ts');
const { main } = await import(cliEntry());
process.exitCode = await main(process.argv.slice(2));
