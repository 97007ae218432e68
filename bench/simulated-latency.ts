// Seeded latencies for the simulated providers: each draw depends only on the seed and a key (the
// report and the query or page), so a run is reproducible whatever order concurrent reports interleave in.
import { createHash } from 'node:crypto';

export const LATENCY = {
  search: { minMs: 300, maxMs: 800 },
  page: { minMs: 200, maxMs: 2000, timeoutShare: 0.05 },
  /** What a timed-out page costs: the guarded fetcher's default timeout (src/fetch, 15 s). */
  pageTimeoutMs: 15_000,
  model: { firstTokenMs: 500, tokensPerSecond: 60 },
} as const;

/** A uniform number in [0, 1) from the seed and a key. */
export function uniform(seed: string, key: string): number {
  return createHash('sha256').update(`${seed}\u0000${key}`).digest().readUInt32BE(0) / 2 ** 32;
}

export function between(seed: string, key: string, range: { minMs: number; maxMs: number }): number {
  return Math.round(range.minMs + uniform(seed, key) * (range.maxMs - range.minMs));
}

/** Model time for a streamed answer of `tokens` tokens. */
export function modelMs(tokens: number): number {
  return LATENCY.model.firstTokenMs + (tokens / LATENCY.model.tokensPerSecond) * 1000;
}

/** Waits on a real timer; an abort ends the wait early with the signal's reason (the model adapters' sleep). */
export { realSleep as delay } from '../src/adapters/llm/retry.ts';
