// One call to a search API the operator configured: a time limit, one retry after a short 429 Retry-After,
// a bounded body, and failures turned into warnings that say which setting to check. Never throws.

export interface ProviderHttp {
  /** The fetch for operator-configured endpoints (injected in tests). */
  fetch: typeof fetch;
  timeoutMs: number;
  /** A 429 asking to wait at most this long is retried once; longer waits become a warning. */
  maxRetryWaitMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface ProviderCall {
  /** The provider's name as users know it ("Brave Search"). */
  name: string;
  url: string;
  init?: RequestInit;
  signal?: AbortSignal;
  /** The setting that holds the key, named in 401/403 warnings. */
  keySetting?: string;
  /** The setting that holds the endpoint, named when it cannot be reached. */
  urlSetting: string;
  /** Parse the body as JSON (default) or return it as text. */
  as?: 'json' | 'text';
}

export type ProviderOutcome = { ok: true; data: unknown; text: string } | { ok: false; warning: string };

export const MAX_PROVIDER_BODY_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_RETRY_WAIT_MS = 5000;

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** Brave's X-RateLimit-Reset: seconds until each window resets ("1, 1419704"); the first is the one that bites. */
export function rateLimitResetMs(header: string | null): number | undefined {
  const first = header?.split(',')[0]?.trim();
  return first && /^\d+$/.test(first) ? Number(first) * 1000 : undefined;
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export async function callProvider(http: ProviderHttp, call: ProviderCall): Promise<ProviderOutcome> {
  const maxWait = http.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    const timer = AbortSignal.timeout(http.timeoutMs);
    const signal = call.signal ? AbortSignal.any([timer, call.signal]) : timer;
    let response: Response;
    try {
      response = await http.fetch(call.url, { ...call.init, signal });
    } catch (error) {
      return { ok: false, warning: failure(call, error, timer.aborted, http.timeoutMs) };
    }
    if (response.status === 429 || (response.status === 503 && response.headers.has('retry-after'))) {
      const wait = retryAfterMs(response.headers.get('retry-after')) ?? rateLimitResetMs(response.headers.get('x-ratelimit-reset'));
      await response.body?.cancel().catch(() => undefined);
      if (attempt === 0 && wait !== undefined && wait <= maxWait) {
        try {
          await (http.sleep ?? sleep)(wait, call.signal);
          continue;
        } catch {
          return { ok: false, warning: `${call.name} asked us to wait and the report ran out of time` };
        }
      }
      const after = wait === undefined ? '' : `; it asks to retry after ${Math.ceil(wait / 1000)} s`;
      return { ok: false, warning: `${call.name} is rate-limiting requests (HTTP ${response.status})${after}` };
    }
    return readResponse(call, response, timer, http.timeoutMs);
  }
}

async function readResponse(call: ProviderCall, response: Response, timer: AbortSignal, timeoutMs: number): Promise<ProviderOutcome> {
  let text: string;
  try {
    text = await boundedText(response);
  } catch (error) {
    return { ok: false, warning: failure(call, error, timer.aborted, timeoutMs) };
  }
  if (response.status === 401 || response.status === 403) {
    const fix = call.keySetting ? `check ${call.keySetting}` : `check ${call.urlSetting}`;
    return { ok: false, warning: `${call.name} refused the request (HTTP ${response.status}${errorDetail(text)}): ${fix}` };
  }
  if (!response.ok) {
    const detail = errorDetail(text);
    // Some APIs refuse a bad key with 400 or 422 ("API key not valid", "subscription token is invalid").
    const fix = call.keySetting && /\b(api[ _-]?key|token|subscription|unauthori[sz]ed)\b/i.test(detail) ? `: check ${call.keySetting}` : '';
    return { ok: false, warning: `${call.name} answered HTTP ${response.status}${detail}${fix}` };
  }
  if (call.as === 'text') return { ok: true, data: text, text };
  try {
    return { ok: true, data: JSON.parse(text), text };
  } catch {
    return { ok: false, warning: `${call.name} answered with malformed JSON ("${snippet(text)}"): is ${call.urlSetting} the right address?` };
  }
}

async function boundedText(response: Response): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.length;
    if (total > MAX_PROVIDER_BODY_BYTES) {
      await response.body.cancel().catch(() => undefined);
      throw new Error(`the answer is larger than ${MAX_PROVIDER_BODY_BYTES / 1024 / 1024} MB`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A report stopped by its process shutting down says so; any other abort is the report's time limit. */
function stopCause(signal: AbortSignal): string {
  return (signal.reason as Error | undefined)?.name === 'ShutdownError' ? 'the server is shutting down' : 'the report ran out of time';
}

function failure(call: ProviderCall, error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `${call.name} did not answer within ${timeoutMs} ms`;
  if (call.signal?.aborted) return `${call.name} was stopped: ${stopCause(call.signal)}`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error).message;
  const origin = URL.canParse(call.url) ? new URL(call.url).origin : call.url;
  return `${call.name} could not be reached at ${origin} (${detail}): check ${call.urlSetting}`;
}

/** A short, single-line excerpt of an error body (JSON `message`/`error`/`detail` when there is one). */
function errorDetail(text: string): string {
  let message = text;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const found = [parsed.error, parsed.detail, parsed.message].find((value) => value !== undefined);
    const nested = found && typeof found === 'object' ? (found as Record<string, unknown>) : undefined;
    message = String(nested?.message ?? nested?.detail ?? nested?.error ?? nested?.info ?? found ?? text);
  } catch {
    // Not JSON: the text itself.
  }
  const short = snippet(message);
  return short ? `: ${short}` : '';
}

function snippet(text: string): string {
  const flat = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

/** Search snippets come with highlighting markup and entities; we want plain text. */
export function plainText(html: string | undefined | null): string {
  if (!html) return '';
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|nbsp|#39);/gi, (entity, name: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
      if (named[name.toLowerCase()]) return named[name.toLowerCase()];
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** An ISO date from what providers send (ISO strings, "20240115T101500Z", epoch seconds); undefined otherwise. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const compact = value.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  const parsed = Date.parse(compact ? `${compact[1]}-${compact[2]}-${compact[3]}T${compact[4]}:${compact[5]}:${compact[6]}Z` : value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}
