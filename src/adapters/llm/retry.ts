// Retries with exponential backoff for model calls: the server's retry-after when it gives one, never past
// a ceiling, and the sleep injected so tests do not wait.
import { classifyFailure, type Failure } from './model-error.ts';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryPolicy {
  /** Extra attempts after the first. */
  retries: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A retry-after longer than this is not waited for: the call fails and the report falls back. */
  maxRetryAfterMs?: number;
  sleep?: Sleep;
}

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** The wait before attempt `attempt + 1` (0-based): 0.5 s, 1 s, 2 s ... up to the ceiling, or what the server asked. */
export function backoffDelay(attempt: number, failure: Failure, policy: RetryPolicy): number | undefined {
  const base = policy.baseDelayMs ?? 500;
  const ceiling = policy.maxDelayMs ?? 20_000;
  if (failure.retryAfterMs !== undefined) return failure.retryAfterMs <= (policy.maxRetryAfterMs ?? 60_000) ? failure.retryAfterMs : undefined;
  return Math.min(ceiling, base * 2 ** attempt);
}

export interface RetryOutcome<T> {
  ok: true;
  value: T;
  attempts: number;
}

export interface RetryFailure {
  ok: false;
  failure: Failure;
  error: unknown;
  attempts: number;
}

/** Runs `attempt` until it succeeds, fails for good, or the retries are spent; never throws. */
export async function withRetries<T>(attempt: (index: number) => Promise<T>, policy: RetryPolicy, options: { signal?: AbortSignal; onRetry?: (failure: Failure, waitMs: number) => void } = {}): Promise<RetryOutcome<T> | RetryFailure> {
  const sleep = policy.sleep ?? realSleep;
  for (let index = 0; ; index++) {
    try {
      return { ok: true, value: await attempt(index), attempts: index + 1 };
    } catch (error) {
      const failure = options.signal?.aborted ? { kind: 'aborted' as const, retryable: false, message: 'cancelled' } : classifyFailure(error);
      const wait = failure.retryable && index < policy.retries ? backoffDelay(index, failure, policy) : undefined;
      if (wait === undefined) return { ok: false, failure, error, attempts: index + 1 };
      options.onRetry?.(failure, wait);
      try {
        await sleep(wait, options.signal);
      } catch (abort) {
        return { ok: false, failure: { kind: 'aborted', retryable: false, message: 'cancelled' }, error: abort, attempts: index + 1 };
      }
    }
  }
}
