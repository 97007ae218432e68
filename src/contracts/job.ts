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
  readonly isRetryable = false;
}

export { isRetryable } from './retryable.ts';

/** Why a running job was stopped when its process shuts down: the job is handed back, never finished half-made. */
export class ShutdownError extends Error {
  constructor(message = 'the server is shutting down') {
    super(message);
    this.name = 'ShutdownError';
  }
}

/** The cause of an aborted job's signal, as an error that names it (a shutdown unless the signal says otherwise). */
export function interruption(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof ShutdownError) return reason;
  const detail = reason instanceof Error && reason.name !== 'AbortError' ? reason.message : 'its process is stopping';
  return new ShutdownError(`the report was interrupted: ${detail}`);
}

/** What a queued report job carries. */
export interface ReportJobProps {
  /** The job id, which becomes the report's id. */
  id: string;
  question: string;
  parentId?: string;
}
