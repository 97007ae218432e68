// A PostgreSQL reports row as the summary every listing returns (shared by the store and the archive).

/** What a listing reads of each report (never the body). */
export const SUMMARY_COLUMNS = 'r.id, r.slug, r.title, r.question, r.kind, r.category, r.checked_at, r.parent_id, r.source_count';

export { toSummary } from '../rows.ts';
