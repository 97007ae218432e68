// The shape of a typed job: its props, the work, how often to retry, and what to do when it gives up.
// The in-process queue runs these; a pg-boss worker can run the same definitions.
export interface JobDefinition<Props> {
  readonly name: string;
  /** Further attempts after the first one fails (errors marked not retryable are not retried). */
  readonly retries: number;
  perform(props: Props, context: { attempt: number; signal?: AbortSignal }): Promise<void>;
  onFailed(props: Props, error: unknown): Promise<void>;
}

/** An error that retrying cannot fix (bad input, a missing setting). */
export class PermanentJobError extends Error {
  readonly retryable = false;
}

export function isRetryable(error: unknown): boolean {
  return !(error instanceof Error && 'retryable' in error && error.retryable === false) && !(error instanceof Error && error.name === 'AbortError');
}
