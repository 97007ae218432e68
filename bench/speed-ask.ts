// The speed bench's CLI part: wall time of `crosscheck --help`, the first `ask` on a fresh store with a cold
// compile cache (as on a fresh clone after npm ci), and a warm `ask` of a question and of a claim (median of five
// each), each a new process of the installed binary (bin/crosscheck.js, also what `npm run ask` runs), with the CLI
// bundle built first when it is not current (as `npm ci` leaves it; a stale one would run the source).
// `node bench/speed-ask.ts` prints these alone (about 15 s), without the rest of the speed bench or docs/BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoStoreIsCurrent } from '../src/adapters/demo-corpus/demo-store.ts';
import { checkBundle } from '../src/interfaces/cli/cli-bundle.ts';

const MAIN = path.resolve(import.meta.dirname, '../bin/crosscheck.js');
const QUESTION = 'Does Hungary support Ukraine joining NATO?';
/** A claim takes the verdict path (the claim judge) instead of the question writer. */
const CLAIM = 'Fact check: Finland joined NATO in 2020';

export interface AskMeasurement {
  helpSeconds: number;
  firstAskSeconds: number;
  warmAskSeconds: number;
  /** The fastest and slowest of the five warm asks. */
  warmAskSpread: [number, number];
  /** A claim asked warm (median of five), and the fastest and slowest. */
  warmClaimSeconds: number;
  warmClaimSpread: [number, number];
  readyStore: boolean;
  /** Whether the asks ran the CLI bundle (dist/cli/) rather than the source. */
  bundle: boolean;
}

function wall(args: string[], env: Record<string, string | undefined>): number {
  const started = performance.now();
  execFileSync(process.execPath, [MAIN, ...args], { env: { ...process.env, CROSSCHECK_MODEL: 'none', ...env }, stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

export function measureAsk(): AskMeasurement {
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../scripts/build-cli-bundle.ts')], { stdio: 'ignore' });
  const bundle = checkBundle().fresh;
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-ask-'));
  try {
    const env = { NODE_COMPILE_CACHE: path.join(folder, 'compile-cache'), DATABASE_URL: undefined };
    const store = path.join(folder, 'data', 'crosscheck.db');
    const firstAskSeconds = wall(['ask', QUESTION, '--quiet', '--store', store], env);
    const warm = [1, 2, 3, 4, 5].map(() => wall(['ask', QUESTION, '--quiet', '--store', store], env)).sort((a, b) => a - b);
    const claim = [1, 2, 3, 4, 5].map(() => wall(['ask', CLAIM, '--quiet', '--store', store], env)).sort((a, b) => a - b);
    const help = [1, 2, 3].map(() => wall(['--help'], env)).sort((a, b) => a - b);
    return { helpSeconds: help[1], firstAskSeconds, warmAskSeconds: warm[2], warmAskSpread: [warm[0], warm[4]], warmClaimSeconds: claim[2], warmClaimSpread: [claim[0], claim[4]], readyStore: demoStoreIsCurrent(), bundle };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.main) console.log(JSON.stringify(measureAsk(), null, 2));
