// Stage 3, read: turn search hits into stored documents with passages. Local hits are read from the store;
// a hit from the web is read by `readRemote` (the guarded fetcher and extraction), or skipped with a reason.
import type { Store } from '../contracts.ts';
import type { DocumentInput, ProgressListener, ReadDocument, SearchHit } from '../model/types.ts';

export type RemoteReader = (hit: SearchHit, signal?: AbortSignal) => Promise<{ ok: true; document: DocumentInput } | { ok: false; reason: string }>;

export interface ReadOptions {
  hits: SearchHit[];
  store: Store;
  limit?: number;
  readRemote?: RemoteReader;
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
  const chosen = hits.slice(0, limit);
  const skipped: ReadResult['skipped'] = [];
  const ids = chosen.flatMap((hit) => (hit.documentId ? [hit.documentId] : []));
  const remote = chosen.filter((hit) => !hit.documentId);
  const fetched = await Promise.all(
    remote.map(async (hit) => {
      if (!options.readRemote) return { hit, outcome: { ok: false as const, reason: 'no web reader is configured' } };
      return { hit, outcome: await options.readRemote(hit, options.signal) };
    }),
  );
  const inputs: DocumentInput[] = [];
  for (const { hit, outcome } of fetched) {
    if (outcome.ok) inputs.push(outcome.document);
    else {
      skipped.push({ url: hit.url, reason: outcome.reason });
      options.onEvent?.({ type: 'read', at: now(), message: `Skipped ${hit.url}: ${outcome.reason}`, data: { url: hit.url, skipped: true, reason: outcome.reason } });
    }
  }
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
