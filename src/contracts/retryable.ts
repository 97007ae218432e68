// One definition of a retryable error, for every retry loop (jobs, model calls, store waits): an error
// says whether trying again can help with `isRetryable` (the name the AI SDK's errors and ours use).
// A cancelled operation is never retried; an error that says nothing is.

/** Errors that know whether a retry can help. */
export interface RetryAware {
  readonly isRetryable: boolean;
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof Error && error.name === 'AbortError') return false;
  const marked = (error ?? {}) as { isRetryable?: unknown };
  return typeof marked.isRetryable === 'boolean' ? marked.isRetryable : true;
}
