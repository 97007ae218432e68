// Database rows as the model's shapes, for every backend (SQLite gives topics as JSON text, PostgreSQL as an array).
import type { JobStatus, ReportJob, StoredEvent } from '../../contracts/ports.ts';
import type { Passage, ProgressEvent, ReportSummary, StoredDocument } from '../../contracts/types.ts';

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

export function toJob(row: Row): ReportJob {
  return {
    id: String(row.id),
    question: String(row.question),
    ...(row.parent_id === null || row.parent_id === undefined ? {} : { parentId: String(row.parent_id) }),
    status: String(row.status) as JobStatus,
    ...(row.reason === null || row.reason === undefined ? {} : { reason: String(row.reason) }),
    attempts: Number(row.attempts),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}

/** `data` is JSON text in SQLite and already parsed (JSONB) in PostgreSQL. */
export function toEvent(row: Row): StoredEvent {
  const data = row.data === null || row.data === undefined ? undefined : typeof row.data === 'string' ? JSON.parse(row.data) : row.data;
  return {
    reportId: String(row.report_id),
    seq: Number(row.seq),
    type: String(row.type) as ProgressEvent['type'],
    at: String(row.at),
    message: String(row.message),
    ...(data === undefined ? {} : { data: data as Record<string, unknown> }),
  };
}
