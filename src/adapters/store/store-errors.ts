// Store failures a caller can act on, whichever database is behind the store: busy or unreachable for a
// while (answer 503 with Retry-After, retry the job later), or out of disk (fail the job with the cause).

/** The store cannot answer now (SQLite locked by another process, PostgreSQL unreachable); try again later. */
export class StoreUnavailableError extends Error {
  readonly retryAfterSeconds: number;
  readonly isRetryable = true;
  constructor(message: string, options: { retryAfterSeconds: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'StoreUnavailableError';
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** The disk under the store is full: retrying will not help until space is freed. */
export class StoreFullError extends Error {
  readonly isRetryable = false;
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'StoreFullError';
  }
}

export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return error instanceof StoreUnavailableError;
}
