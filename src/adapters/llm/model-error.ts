// The typed failure of a model call after its retries, and how any error from the AI SDK is classified:
// which failures are worth another attempt (timeouts, 429, 5xx, malformed JSON) and how long to wait.
import { APICallError, JSONParseError, NoObjectGeneratedError, NoOutputGeneratedError, TypeValidationError } from 'ai';

export type FailureKind = 'timeout' | 'rate-limit' | 'server' | 'malformed' | 'network' | 'auth' | 'request' | 'aborted' | 'cassette' | 'unknown';

export interface Failure {
  kind: FailureKind;
  retryable: boolean;
  message: string;
  statusCode?: number;
  /** What the server asked us to wait (retry-after / retry-after-ms), in milliseconds. */
  retryAfterMs?: number;
}

export class ModelCallError extends Error {
  readonly stage: string;
  readonly model: string;
  readonly kind: FailureKind;
  readonly attempts: number;
  readonly statusCode?: number;
  readonly isRetryable: boolean;

  constructor(options: { stage: string; model: string; failure: Failure; attempts: number; cause?: unknown }) {
    const { stage, model, failure, attempts } = options;
    super(`${model} failed at ${stage} after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${failure.message}`, { cause: options.cause });
    this.name = 'ModelCallError';
    this.stage = stage;
    this.model = model;
    this.kind = failure.kind;
    this.attempts = attempts;
    this.statusCode = failure.statusCode;
    this.isRetryable = failure.retryable;
  }
}

/** Raised when a replayed run asks for a call the cassette does not hold: never retried. */
export class CassetteMissError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CassetteMissError';
  }
}

/** Raised by our own per-attempt timer, told apart from the caller's cancellation. */
export class ModelTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms (CROSSCHECK_MODEL_TIMEOUT_MS)`);
    this.name = 'ModelTimeoutError';
  }
}

export function classifyFailure(error: unknown): Failure {
  if (error instanceof ModelTimeoutError) return { kind: 'timeout', retryable: true, message: error.message };
  if (error instanceof CassetteMissError) return { kind: 'cassette', retryable: false, message: error.message };
  if (APICallError.isInstance(error)) return classifyApiError(error);
  if (NoObjectGeneratedError.isInstance(error) || NoOutputGeneratedError.isInstance(error) || JSONParseError.isInstance(error) || TypeValidationError.isInstance(error)) {
    return { kind: 'malformed', retryable: true, message: `the answer was not the JSON asked for (${firstLine(error)})` };
  }
  const cause = (error as { cause?: unknown })?.cause;
  if (cause && cause !== error && (APICallError.isInstance(cause) || cause instanceof ModelTimeoutError)) return classifyFailure(cause);
  const name = (error as Error)?.name;
  if (name === 'AbortError') return { kind: 'aborted', retryable: false, message: 'cancelled' };
  if (error instanceof TypeError && /fetch failed|network|socket|ECONN/i.test(`${error.message} ${String((error as { cause?: unknown }).cause ?? '')}`)) {
    return { kind: 'network', retryable: true, message: `cannot reach the model server (${firstLine(error)})` };
  }
  return { kind: 'unknown', retryable: false, message: firstLine(error) };
}

function classifyApiError(error: APICallError): Failure {
  const status = error.statusCode;
  const retryAfterMs = retryAfter(error.responseHeaders);
  const detail = firstLine(error);
  if (status === undefined) return { kind: 'network', retryable: true, message: `cannot reach ${error.url} (${detail})` };
  if (status === 429) return { kind: 'rate-limit', retryable: true, statusCode: status, retryAfterMs, message: `rate limited (HTTP 429${retryAfterMs !== undefined ? `, retry after ${retryAfterMs} ms` : ''})` };
  if (status >= 500 || status === 408 || status === 409) return { kind: 'server', retryable: true, statusCode: status, retryAfterMs, message: `server error (HTTP ${status}: ${detail})` };
  if (status === 401 || status === 403) return { kind: 'auth', retryable: false, statusCode: status, message: `the key was refused (HTTP ${status}): check the API key variable named by crosscheck doctor` };
  if (status === 404) return { kind: 'request', retryable: false, statusCode: status, message: `not found (HTTP 404 at ${error.url}): check the model name in CROSSCHECK_MODEL and the base URL` };
  return { kind: 'request', retryable: false, statusCode: status, message: `request refused (HTTP ${status}: ${detail})` };
}

/** `retry-after-ms` (OpenAI), `retry-after` in seconds or as an HTTP date. */
export function retryAfter(headers: Record<string, string> | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const lower = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  const ms = Number(lower['retry-after-ms']);
  if (lower['retry-after-ms'] !== undefined && Number.isFinite(ms) && ms >= 0) return Math.round(ms);
  const raw = lower['retry-after'];
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 200);
}
