// Reads one web search result in full: a fresh-enough snapshot from the store if there is one (so a
// follow-up re-uses what its parent read), else through the guarded fetcher (or a provider's API), then
// extraction, the quality filter and source classification. Every failure is a reason, never an exception.
import type { Clock, Fetcher, RemoteReader, Store } from '../../contracts/ports.ts';
import type { DocumentInput, SearchHit, StoredDocument } from '../../contracts/types.ts';
import { canonicalUrl, sameSite } from '../../shared/sources/canonical-url.ts';
import { classifySource } from '../../shared/sources/classify-source.ts';
import { assessText } from '../../shared/sources/source-quality.ts';
import { decodePage } from './decode-page.ts';

export type RemoteOutcome = Awaited<ReturnType<RemoteReader>>;

/** A provider that serves page text through its API (Wikipedia) instead of HTML pages. */
export interface ApiReader {
  handles(url: string): boolean;
  read(hit: SearchHit, signal?: AbortSignal): Promise<RemoteOutcome>;
}

export interface RemoteReaderOptions {
  fetcher: Fetcher;
  /** Where snapshots are looked up before fetching; omit to always fetch. */
  store?: Store;
  /** How long a snapshot is re-used instead of fetching again (0 turns the cache off). */
  cacheTtlMs?: number;
  apiReaders?: ApiReader[];
  clock?: Clock;
}

export const DEFAULT_CACHE_TTL_MS = 24 * 3600_000;

export function createRemoteReader(options: RemoteReaderOptions): RemoteReader {
  const clock = options.clock ?? (() => new Date());
  const ttlMs = options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS;
  return async (hit, signal) => {
    const url = canonicalUrl(hit.url);
    if (options.store && ttlMs > 0) {
      const fetchedAfter = new Date(clock().getTime() - ttlMs).toISOString();
      const cached = await options.store.findSnapshot(url, { fetchedAfter });
      if (cached) return { ok: true, document: asInput(cached), cached: true };
    }
    const api = options.apiReaders?.find((reader) => reader.handles(url));
    const outcome = api ? await api.read({ ...hit, url }, signal) : await readPage(options.fetcher, { ...hit, url }, signal);
    if (!outcome.ok) return outcome;
    const quality = assessText(outcome.document.text);
    return quality.ok ? outcome : { ok: false, reason: quality.reason };
  };
}

async function readPage(fetcher: Fetcher, hit: SearchHit, signal?: AbortSignal): Promise<RemoteOutcome> {
  const fetched = await fetcher.fetch(hit.url, { signal });
  if (!fetched.ok) return { ok: false, reason: fetched.reason };
  let decoded: Awaited<ReturnType<typeof decodePage>>;
  try {
    decoded = await decodePage(fetched);
  } catch (error) {
    return { ok: false, reason: `the page could not be parsed (${(error as Error).message})` };
  }
  if (!decoded.ok) return decoded;
  const { page } = decoded;
  // A page may name its canonical address, but only on its own site: elsewhere it could borrow another outlet's name.
  const declared = page.declaredUrl && sameSite(page.declaredUrl, fetched.finalUrl) ? page.declaredUrl : undefined;
  const url = canonicalUrl(declared ?? fetched.finalUrl);
  const { kind, outlet } = classifySource({ url, provider: hit.provider, siteName: page.siteName ?? hit.outlet, schemaTypes: page.schemaTypes });
  const document: DocumentInput = {
    url,
    title: page.title || hit.title || url,
    outlet,
    publishedAt: page.publishedAt ?? hit.publishedAt,
    fetchedAt: fetched.fetchedAt,
    kind,
    text: page.text,
    byline: page.byline,
    origin: hit.provider,
  };
  return { ok: true, document };
}

function asInput(document: StoredDocument): DocumentInput {
  const { id: _id, contentHash: _hash, ...input } = document;
  return input;
}
