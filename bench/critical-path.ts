// The critical-path bounds of one simulated report, from the latencies its providers drew (bench/simulated-providers.ts).
import { QUORUM, STRAGGLER_GRACE_MS } from '../src/pipeline/read/read-remote-hits.ts';
import type { Trace } from './simulated-providers.ts';

/** When the read stage ends: when the slowest page is in, or STRAGGLER_GRACE_MS after three quarters are (src/read). */
function readEnd(latencies: number[]): number {
  if (latencies.length === 0) return 0;
  const sorted = [...latencies].sort((left, right) => left - right);
  const quorum = Math.ceil(sorted.length * QUORUM);
  const slowest = sorted.at(-1)!;
  return quorum < sorted.length ? Math.min(slowest, sorted[quorum - 1] + STRAGGLER_GRACE_MS) : slowest;
}

export interface Bounds {
  /** Latest (fastest search finding a page + its latency) over pages read, plus the model: no barriers, free CPU. */
  criticalPathMs: number;
  /** Slowest search + slowest page read successfully + model: stage barriers, no timeouts, free CPU. */
  stagedMs: number;
  /** Slowest search + the read stage's end (the slowest page, or the straggler cut-off when that comes first) + model. */
  stagedWithTimeoutsMs: number;
  timedOutPages: number;
}

export function boundsOf(trace: Trace): Bounds {
  const model = trace.model?.ms ?? 0;
  const foundAt = new Map<string, number>();
  for (const search of trace.searches) {
    for (const url of search.urls) foundAt.set(url, Math.min(foundAt.get(url) ?? Infinity, search.latencyMs));
  }
  const read = trace.pages.filter((page) => page.ok);
  const slowestSearch = Math.max(0, ...trace.searches.map((search) => search.latencyMs));
  const criticalResearch = Math.max(0, ...read.map((page) => (foundAt.get(page.url) ?? 0) + page.latencyMs));
  return {
    criticalPathMs: criticalResearch + model,
    stagedMs: slowestSearch + Math.max(0, ...read.map((page) => page.latencyMs)) + model,
    stagedWithTimeoutsMs: slowestSearch + readEnd(trace.pages.map((page) => page.latencyMs)) + model,
    timedOutPages: trace.pages.filter((page) => page.timedOut).length,
  };
}
