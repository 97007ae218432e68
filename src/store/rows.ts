// Database rows as the model's shapes, for every backend (SQLite gives topics as JSON text, PostgreSQL as an array).
import type { Passage, ReportSummary, StoredDocument } from '../model/types.ts';

export type Row = Record<string, unknown>;

export function optional(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

export function toDocument(row: Row): StoredDocument {
  return {
    id: String(row.id),
    url: String(row.url),
    title: String(row.title),
    outlet: String(row.outlet),
    publishedAt: optional(row.published_at),
    fetchedAt: String(row.fetched_at),
    kind: String(row.kind) as StoredDocument['kind'],
    text: String(row.text),
    byline: optional(row.byline),
    topics: typeof row.topics === 'string' ? (JSON.parse(row.topics) as string[]) : ((row.topics as string[] | null) ?? []),
    origin: String(row.origin),
    contentHash: String(row.content_hash),
  };
}

/** A passage row joined with its document's id (`id`). */
export function toPassage(row: Row): Passage {
  const documentId = String(row.id);
  return { id: `${documentId}:${row.ordinal}`, documentId, ordinal: Number(row.ordinal), text: String(row.passage_text) };
}

export function toSummary(row: Row): ReportSummary {
  return {
    id: String(row.id),
    slug: String(row.slug),
    title: String(row.title),
    question: String(row.question),
    kind: String(row.kind) as ReportSummary['kind'],
    category: String(row.category),
    checkedAt: String(row.checked_at),
    parentId: optional(row.parent_id),
    sourceCount: Number(row.source_count),
  };
}
