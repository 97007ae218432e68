// A reports row as the summary every listing returns (shared by the store and the archive queries).
import type { ReportSummary } from '../../model/types.ts';

type Row = Record<string, string | number | null>;

export function toSummary(row: Row): ReportSummary {
  return {
    id: String(row.id),
    slug: String(row.slug),
    title: String(row.title),
    question: String(row.question),
    kind: String(row.kind) as ReportSummary['kind'],
    category: String(row.category),
    checkedAt: String(row.checked_at),
    parentId: row.parent_id === null ? undefined : String(row.parent_id),
    sourceCount: Number(row.source_count),
  };
}
