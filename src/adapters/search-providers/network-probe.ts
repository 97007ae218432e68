// Whether the internet answers, asked once with a short time limit and remembered (in memory, and in a
// small file so each CLI run does not ask again): keyless providers are on by default only when it does.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface NetworkProbeOptions {
  /** The endpoint to try (a keyless provider's). */
  url: string;
  fetch: typeof fetch;
  timeoutMs?: number;
  /** Where answers are remembered between processes; false to keep them in memory only. */
  cacheFile?: string | false;
  /** How long an answer is trusted (default 10 minutes online, 1 minute offline). */
  onlineTtlMs?: number;
  offlineTtlMs?: number;
  clock?: () => Date;
}

export interface ProbeAnswer {
  online: boolean;
  detail: string;
  checkedAt: string;
}

export const DEFAULT_PROBE_CACHE_FILE = path.join(tmpdir(), 'crosscheck-network-probe.json');
const memory = new Map<string, ProbeAnswer>();

function fresh(answer: ProbeAnswer | undefined, now: number, options: NetworkProbeOptions): answer is ProbeAnswer {
  if (!answer) return false;
  const ttl = answer.online ? (options.onlineTtlMs ?? 10 * 60_000) : (options.offlineTtlMs ?? 60_000);
  return now - Date.parse(answer.checkedAt) < ttl;
}

function readCacheFile(file: string): Record<string, ProbeAnswer> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, ProbeAnswer>;
  } catch {
    return {};
  }
}

export async function probeNetwork(options: NetworkProbeOptions): Promise<ProbeAnswer & { cached: boolean }> {
  const clock = options.clock ?? (() => new Date());
  const now = clock().getTime();
  const file = options.cacheFile === undefined ? DEFAULT_PROBE_CACHE_FILE : options.cacheFile;
  const remembered = memory.get(options.url) ?? (file ? readCacheFile(file)[options.url] : undefined);
  if (fresh(remembered, now, options)) return { ...remembered, cached: true };
  const timeoutMs = options.timeoutMs ?? 1500;
  let answer: ProbeAnswer;
  try {
    // Any HTTP answer, even an error status, means the network reaches the provider.
    const response = await options.fetch(options.url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel().catch(() => undefined);
    answer = { online: true, detail: `${new URL(options.url).host} answered`, checkedAt: clock().toISOString() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    const host = new URL(options.url).host;
    const detail = cause === 'TimeoutError' ? `${host} did not answer within ${timeoutMs} ms` : `${host} could not be reached (${cause})`;
    answer = { online: false, detail, checkedAt: clock().toISOString() };
  }
  memory.set(options.url, answer);
  if (file) {
    try {
      writeFileSync(file, JSON.stringify({ ...readCacheFile(file), [options.url]: answer }));
    } catch {
      // A read-only temp directory only costs a probe per run.
    }
  }
  return { ...answer, cached: false };
}
