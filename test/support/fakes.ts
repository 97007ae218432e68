// Fakes for the pipeline's contracts: one place, used by every test.
import type { Fetcher, FetchOutcome, SearchProvider, Writer } from '../../src/contracts/ports.ts';
import type { Draft, DocumentInput, SearchHit } from '../../src/contracts/types.ts';
import { createSqliteStore } from '../../src/adapters/store/sqlite/sqlite-store.ts';

/** An in-memory SQLite store, optionally filled with documents. */
export async function memoryStore(documents: DocumentInput[] = []) {
  const store = createSqliteStore({ file: ':memory:' });
  if (documents.length > 0) await store.upsertDocuments(documents);
  return store;
}

/** A SQLite store file filled with documents and closed again, for a test that opens it in another process or thread. */
export async function storeFileWith(file: string, documents: DocumentInput[]): Promise<string> {
  const store = createSqliteStore({ file });
  await store.upsertDocuments(documents);
  await store.close();
  return file;
}

/** A search provider that answers from a fixed list, recording the queries it was sent. */
export function fakeSearchProvider(options: { id?: string; hits?: SearchHit[]; fail?: Error }): SearchProvider & { queries: string[] } {
  const queries: string[] = [];
  return {
    id: options.id ?? 'fake',
    queries,
    async search({ query, limit }) {
      queries.push(query);
      if (options.fail) throw options.fail;
      return { hits: (options.hits ?? []).slice(0, limit), warnings: [] };
    },
  };
}

/** A fetcher serving fixture pages by URL. */
export function fakeFetcher(pages: Record<string, { body: string; contentType?: string; status?: number }>): Fetcher {
  return {
    id: 'fake-fetcher',
    async fetch(url): Promise<FetchOutcome> {
      const page = pages[url];
      if (!page) return { ok: false, url, reason: 'not found in fixtures' };
      return { ok: true, url, finalUrl: url, status: page.status ?? 200, contentType: page.contentType ?? 'text/html', body: new TextEncoder().encode(page.body), fetchedAt: '2026-11-22T10:00:00.000Z' };
    },
  };
}

/** A writer that returns a fixed draft, or fails. */
export function fakeWriter(draft: Partial<Draft> | Error, id = 'fake-writer'): Writer {
  return {
    id,
    async write() {
      if (draft instanceof Error) throw draft;
      return { summary: [], sections: [], bottomLine: [], limits: [], insufficientEvidence: false, warnings: [], ...draft };
    },
  };
}

/** The AI SDK's mock model behind a scripted "brain" that answers every model stage (test/llm/support/). */
export { scriptedHandle, scriptedModel } from '../llm/support/scripted-model.ts';
