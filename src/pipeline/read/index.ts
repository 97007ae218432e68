// Stage 3, read: turn search hits into stored documents with passages. Local hits are read from the store;
// a hit from the web is read by `readRemote` (the guarded fetcher and extraction), or skipped with a reason.
import type { RemoteReader, Store } from '../../contracts/ports.ts';
import type { ProgressListener, ReadDocument, SearchHit } from '../../contracts/types.ts';
import { readRemoteHits } from './read-remote-hits.ts';

// The port lives with the other contracts so the helpers beside this file need not import it back.
export type { RemoteReader } from '../../contracts/ports.ts';

export interface ReadOptions {
  hits: SearchHit[];
  store: Store;
  limit?: number;
  readRemote?: RemoteReader;
  /** Web pages read per report (the best, diverse results first); the rest are skipped with a reason. */
  maxPages?: number;
  signal?: AbortSignal;
  onEvent?: ProgressListener;
  clock?: () => Date;
}

export interface ReadResult {
  documents: ReadDocument[];
  skipped: { url: string; reason: string }[];
}

export async function read(options: ReadOptions): Promise<ReadResult> {
  const { hits, store, limit = 80 } = options;
  const now = () => (options.clock ?? (() => new Date()))().toISOString();
  const skipped: ReadResult['skipped'] = [];
  // `limit` bounds the stored documents and `maxPages` the web pages, so many local matches never crowd out the web.
  const ids = hits.flatMap((hit) => (hit.documentId ? [hit.documentId] : [])).slice(0, limit);
  const remote = hits.filter((hit) => !hit.documentId);
  const { inputs, skipped: notRead } = await readRemoteHits({
    hits: remote,
    readRemote: options.readRemote,
    maxPages: options.maxPages,
    signal: options.signal,
    onPage: (message, data) => options.onEvent?.({ type: 'read', at: now(), message, data }),
  });
  skipped.push(...notRead);
  if (inputs.length > 0) ids.push(...(await store.upsertDocuments(inputs)).map((result) => result.document.id));
  const unique = [...new Set(ids)];
  const [documents, passages] = await Promise.all([store.getDocuments(unique), store.getPassages(unique)]);
  const byDocument = Map.groupBy(passages, (passage) => passage.documentId);
  options.onEvent?.({ type: 'read', at: now(), message: `Read ${documents.length} source(s)`, data: { count: documents.length } });
  return {
    documents: documents.map((document) => ({ document, passages: byDocument.get(document.id) ?? [] })),
    skipped,
  };
}
