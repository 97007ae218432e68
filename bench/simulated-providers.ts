// Simulated web research and model for the pipeline-speed benchmark: search providers, a page reader and a
// writer that implement the real contracts and wait on seeded real timers, recording what they waited for.
import type { SearchProvider, Writer } from '../src/contracts/ports.ts';
import { extractArticle } from '../src/adapters/extract/extract-article.ts';
import type { SearchHit } from '../src/contracts/types.ts';
import type { RemoteReader } from '../src/pipeline/read/index.ts';
import { createExtractiveWriter } from '../src/pipeline/write/index.ts';
import { between, delay, LATENCY, modelMs, uniform } from './simulated-latency.ts';

export interface PoolPage {
  url: string;
  html: string;
}

/** What one report waited for, in simulated latencies (not observed times, which include queueing). */
export interface Trace {
  searches: { latencyMs: number; urls: string[] }[];
  pages: { url: string; latencyMs: number; ok: boolean; timedOut: boolean }[];
  model?: { ms: number; tokens: number; draftingMs: number };
}

export interface SimulatedWebOptions {
  seed: string;
  /** Distinguishes reports, so each draws its own latencies. */
  report: string;
  pool: PoolPage[];
  trace: Trace;
  providers?: number;
  hitsPerQuery?: number;
}

export function createSimulatedWeb(options: SimulatedWebOptions): { providers: SearchProvider[]; readRemote: RemoteReader } {
  const { seed, report, pool, trace } = options;
  const byUrl = new Map(pool.map((page) => [page.url, page]));
  const provider = (id: string) => ({
    id,
    remote: true,
    async search({ query, limit, signal }: { query: string; limit: number; signal?: AbortSignal }) {
      const key = `${report}|${id}|${query}`;
      const latencyMs = between(seed, `${key}|latency`, LATENCY.search);
      await delay(latencyMs, signal);
      const count = Math.min(limit, options.hitsPerQuery ?? 8);
      const picked = [...new Set(Array.from({ length: count }, (_, at) => pool[Math.floor(uniform(seed, `${key}|hit${at}`) * pool.length)]))];
      trace.searches.push({ latencyMs, urls: picked.map((page) => page.url) });
      const hits: SearchHit[] = picked.map((page, rank) => ({ url: page.url, title: `Result ${rank + 1} for ${query}`, snippet: '', provider: id, score: 1 / (rank + 1) }));
      return { hits, warnings: [] };
    },
  });
  const providers: SearchProvider[] = Array.from({ length: options.providers ?? 2 }, (_, at) => provider(`web${at + 1}`));
  const readRemote: RemoteReader = async (hit, signal) => {
    const key = `${report}|page|${hit.url}`;
    const timedOut = uniform(seed, `${key}|timeout`) < LATENCY.page.timeoutShare;
    const latencyMs = timedOut ? LATENCY.pageTimeoutMs : between(seed, `${key}|latency`, LATENCY.page);
    const record = { url: hit.url, latencyMs, ok: false, timedOut };
    trace.pages.push(record);
    try {
      await delay(latencyMs, signal);
    } catch {
      return { ok: false, reason: 'stopped' };
    }
    if (timedOut) return { ok: false, reason: `timed out after ${LATENCY.pageTimeoutMs} ms` };
    const page = byUrl.get(hit.url);
    const article = extractArticle(page?.html ?? '', { url: hit.url });
    if (!article.text) return { ok: false, reason: 'no main text' };
    record.ok = true;
    const outlet = new URL(hit.url).hostname;
    return {
      ok: true,
      document: { url: hit.url, title: article.title || hit.title, outlet, publishedAt: article.publishedAt, fetchedAt: new Date().toISOString(), kind: 'news', text: article.text, byline: article.byline, origin: hit.provider },
    };
  };
  return { providers, readRemote };
}

/**
 * A model writer stand-in: the extractive writer drafts the report (so later stages get real work), then the
 * draft is "streamed" at the model's pace: first token after 500 ms, then 60 tokens/s, sections as they end.
 */
export function createSimulatedModelWriter(trace: Trace): Writer {
  const extractive = createExtractiveWriter();
  return {
    id: 'simulated-model',
    async write(input) {
      const started = performance.now();
      const draft = await extractive.write({ ...input, onSection: undefined });
      const draftingMs = performance.now() - started;
      const tokensOf = (value: unknown) => Math.ceil(JSON.stringify(value).length / 4);
      const tokens = tokensOf(draft);
      const ms = modelMs(tokens);
      trace.model = { ms, tokens, draftingMs };
      let elapsed: number = LATENCY.model.firstTokenMs;
      await delay(elapsed, input.signal);
      let streamed = tokensOf(draft.summary);
      for (const section of draft.sections) {
        streamed += tokensOf(section);
        const due = modelMs(streamed);
        await delay(Math.max(0, due - elapsed), input.signal);
        elapsed = due;
        input.onSection?.(section);
      }
      await delay(Math.max(0, ms - elapsed), input.signal);
      return draft;
    },
  };
}
