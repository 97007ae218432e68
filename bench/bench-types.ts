// The shapes every bench returns and the runner prints; apart from the registry so a bench never imports it.

/** One row of the summary at the top of docs/BENCHMARKS.md. */
export interface BenchSummary {
  measure: string;
  target: string;
  result: string;
  met: boolean;
  /** The best published figure beside it, when there is one. */
  anchor?: string;
}

export type BenchResult =
  | { name: string; title: string; table: string; line: string; notes?: string; summary?: BenchSummary }
  | { skipped: string };
export type Bench = (options: { dataDir: string }) => Promise<BenchResult>;

/** One fault scenario of `npm run bench -- faults` (SQLite and PostgreSQL). */
export interface FaultOutcome {
  scenario: string;
  /** From the end of the fault to the first success (ms). */
  recoveryMs: number;
  /** Acknowledged writes (jobs, events, documents, reports) missing afterwards. */
  lost: number;
  detail: string;
}
