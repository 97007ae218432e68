// A PostgreSQL reports row as the summary every listing returns (shared by the store and the archive).
import type { ReportSummary } from '../../model/types.ts';
import { optional, type Row } from './pg-session.ts';

/** What a listing reads of each report (never the body). */
export const SUMMARY_COLUMNS = 'r.id, r.slug, r.title, r.question, r.kind, r.category, r.checked_at, r.parent_id, r.source_count';

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
