// The embedded store's report archive: full-text search over published reports, the same question,
// categories and view counts. Unpublished reports (and questions) are invisible here; reports without
// evidence are shown to whoever has their link but never listed.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { ReportArchive } from '../../../contracts/ports.ts';
import type { ReportSummary } from '../../../contracts/types.ts';
import { contentWords } from '../../../shared/text/tokens.ts';
import { questionKey } from '../../../shared/text/question-key.ts';
import { toSummary } from '../rows.ts';

type Row = Record<string, string | number | null>;

/** Moderation sticks to the question: a report is withdrawn when any report on the same question was unpublished. */
export const PUBLISHED = `r.question_key NOT IN (SELECT w.question_key FROM unpublished_reports u JOIN reports w ON w.id = u.report_id)`;
/** What the archive, feeds, sitemap, categories and "most read" show: published and resting on evidence. */
export const LISTED = `${PUBLISHED} AND r.source_count > 0 AND coalesce(json_extract(r.body, '$.insufficientEvidence'), 0) = 0`;
const MAX_TERMS = 16;
/** A question rechecked more often than this lists its first versions only. */
export const MAX_VERSIONS = 200;

/** Every word must match (the archive narrows as you type); the last word also matches as a prefix. */
export function toReportQuery(text: string): string | undefined {
  const words = [...new Set(contentWords(text))].slice(0, MAX_TERMS);
  if (words.length === 0) return undefined;
  return words.map((word, index) => `"${word.replace(/"/g, '""')}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}

export function createSqliteReportArchive(db: DatabaseSync, clock: () => Date = () => new Date()): ReportArchive {
  const statements = {
    search: db.prepare(
      `SELECT r.* FROM reports_fts JOIN reports r ON r.id = reports_fts.report_id
       WHERE reports_fts MATCH ? AND ${LISTED} ORDER BY bm25(reports_fts, 0, 4.0, 1.0), r.checked_at DESC LIMIT ? OFFSET ?`,
    ),
    byQuestion: db.prepare(`SELECT r.* FROM reports r WHERE r.question_key = ? AND ${PUBLISHED} ORDER BY r.checked_at DESC LIMIT 1`),
    versions: db.prepare(
      `SELECT r.* FROM reports r WHERE r.question_key = (SELECT question_key FROM reports WHERE id = ? OR slug = ?)
       AND r.question_key <> '' AND ${PUBLISHED} ORDER BY r.checked_at, r.id LIMIT ${MAX_VERSIONS}`,
    ),
    categories: db.prepare(`SELECT r.category, count(*) AS count FROM reports r WHERE ${LISTED} GROUP BY r.category ORDER BY count DESC, r.category`),
    view: db.prepare(
      `INSERT INTO report_views (report_id, views, last_viewed_at) VALUES (?, 1, ?)
       ON CONFLICT(report_id) DO UPDATE SET views = views + 1, last_viewed_at = excluded.last_viewed_at`,
    ),
    mostRead: db.prepare(
      `SELECT r.*, v.views FROM report_views v JOIN reports r ON r.id = v.report_id
       WHERE ${LISTED} ORDER BY v.views DESC, r.checked_at DESC LIMIT ?`,
    ),
  } satisfies Record<string, StatementSync>;

  return {
    async searchReports(query, { limit, offset = 0 }) {
      const match = toReportQuery(query);
      if (!match || limit <= 0) return [];
      return (statements.search.all(match, limit, offset) as Row[]).map(toSummary);
    },
    async findReportByQuestion(question) {
      const key = questionKey(question);
      if (!key) return undefined;
      const row = statements.byQuestion.get(key) as Row | undefined;
      return row ? toSummary(row) : undefined;
    },
    async listVersions(reportId) {
      return (statements.versions.all(reportId, reportId) as Row[]).map(toSummary);
    },
    async listCategories() {
      return (statements.categories.all() as Row[]).map((row) => ({ category: String(row.category), count: Number(row.count) }));
    },
    async recordView(reportId) {
      statements.view.run(reportId, clock().toISOString());
    },
    async listMostRead({ limit }) {
      return (statements.mostRead.all(limit) as Row[]).map((row): ReportSummary & { views: number } => ({ ...toSummary(row), views: Number(row.views) }));
    },
  };
}
