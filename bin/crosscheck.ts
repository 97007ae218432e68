#!/usr/bin/env node
// The installed `crosscheck` binary.
import { main } from '../src/interfaces/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
