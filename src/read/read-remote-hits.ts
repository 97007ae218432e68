// The web part of the read stage: choose which results to read within the page budget, read them in
// parallel, drop copies of pages already read, and report each page read or skipped with its reason.
import type { DocumentInput, SearchHit } from '../model/types.ts';
import { urlKey } from '../sources/canonical-url.ts';
import { choosePages } from '../sources/choose-pages.ts';
import { findCopy, fingerprint } from '../sources/source-quality.ts';
import type { RemoteReader } from './index.ts';

export const DEFAULT_MAX_PAGES = 12;

export interface ReadRemoteHitsOptions {
  hits: SearchHit[];
  readRemote?: RemoteReader;
  maxPages?: number;
  signal?: AbortSignal;
  /** One progress event per page: `data` is { url, skipped, reason }. */
  onPage: (message: string, data: { url: string; skipped: boolean; reason: string }) => void;
}

export async function readRemoteHits(options: ReadRemoteHitsOptions): Promise<{ inputs: DocumentInput[]; skipped: { url: string; reason: string }[] }> {
  const { readRemote, onPage } = options;
  const skipped: { url: string; reason: string }[] = [];
  const skip = (url: string, reason: string) => {
    skipped.push({ url, reason });
    onPage(`Skipped ${url}: ${reason}`, { url, skipped: true, reason });
  };
  const choice = choosePages(options.hits, options.maxPages ?? DEFAULT_MAX_PAGES);
  for (const { hit, reason } of choice.skipped) skip(hit.url, reason);
  const outcomes = await Promise.all(
    choice.chosen.map(async (hit) => ({
      hit,
      outcome: readRemote ? await readRemote(hit, options.signal).catch((error: Error) => ({ ok: false as const, reason: `read failed (${error.message})` })) : { ok: false as const, reason: 'no web reader is configured' },
    })),
  );
  const inputs: DocumentInput[] = [];
  const accepted: { url: string; key: string; fingerprint: Set<string> }[] = [];
  for (const { hit, outcome } of outcomes) {
    if (!outcome.ok) {
      skip(hit.url, outcome.reason);
      continue;
    }
    const { document } = outcome;
    const key = urlKey(document.url);
    const print = fingerprint(document.text);
    const copy = accepted.find((other) => other.key === key) ?? findCopy(print, accepted);
    if (copy) {
      skip(hit.url, `duplicate of ${copy.url}`);
      continue;
    }
    accepted.push({ url: document.url, key, fingerprint: print });
    inputs.push(document);
    const reason = 'cached' in outcome && outcome.cached ? `re-used the snapshot fetched ${document.fetchedAt}` : `read ${document.text.length} characters`;
    onPage(`Read ${document.title} (${document.outlet})`, { url: document.url, skipped: false, reason });
  }
  return { inputs, skipped };
}
