// The web part of the read stage: choose which results to read within the page budget, read them in
// parallel, drop copies of pages already read, and report each page read or skipped with its reason.
import type { DocumentInput, SearchHit } from '../../contracts/types.ts';
import { urlKey } from '../../shared/sources/canonical-url.ts';
import { choosePages } from '../../shared/sources/choose-pages.ts';
import { findCopy, fingerprint } from '../../shared/sources/source-quality.ts';
import type { RemoteReader } from '../../contracts/ports.ts';

export const DEFAULT_MAX_PAGES = 12;
/** Once this share of the chosen pages is in, the rest get STRAGGLER_GRACE_MS more before they are skipped. */
export const QUORUM = 0.75;
export const STRAGGLER_GRACE_MS = 3000;

export interface ReadRemoteHitsOptions {
  hits: SearchHit[];
  readRemote?: RemoteReader;
  maxPages?: number;
  signal?: AbortSignal;
  /** How long pages still loading may hold the report once most are in (default 3 s). */
  graceMs?: number;
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
  const outcomes = await readWithGrace(choice.chosen, readRemote, options);
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

type Outcome = Awaited<ReturnType<RemoteReader>>;

/**
 * Reads pages in parallel, but one slow page must not hold the report for the fetcher's whole time limit:
 * when most pages are in, the others get a short grace period, then they are skipped with a reason.
 */
async function readWithGrace(hits: SearchHit[], readRemote: RemoteReader | undefined, options: ReadRemoteHitsOptions): Promise<{ hit: SearchHit; outcome: Outcome }[]> {
  if (!readRemote) return hits.map((hit) => ({ hit, outcome: { ok: false, reason: 'no web reader is configured' } }));
  const graceMs = options.graceMs ?? STRAGGLER_GRACE_MS;
  const quorum = Math.ceil(hits.length * QUORUM);
  const stragglers = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stragglers.signal]) : stragglers.signal;
  let settled = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cutOff: () => void = () => {};
  const cutoff = new Promise<void>((resolve) => {
    cutOff = resolve;
  });
  const reads = hits.map(async (hit) => {
    const outcome: Outcome = await readRemote(hit, signal).catch((error: Error) => ({ ok: false, reason: `read failed (${error.message})` }));
    settled++;
    if (settled >= quorum && timer === undefined && settled < hits.length) timer = setTimeout(cutOff, graceMs);
    return outcome;
  });
  const late: Outcome = { ok: false, reason: `still loading ${graceMs / 1000} s after most pages were in; skipped so the report is not held up` };
  try {
    return await Promise.all(reads.map(async (read, index) => ({ hit: hits[index], outcome: await Promise.race([read, cutoff.then(() => late)]) })));
  } finally {
    clearTimeout(timer);
    stragglers.abort();
  }
}
