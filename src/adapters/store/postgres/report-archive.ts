// The PostgreSQL report archive: full-text search over published reports (title weighted over the
// body), the same question, categories and view counts. Unpublished reports (and questions) are invisible
// here; reports without evidence are shown to whoever has their link but never listed.
import type { ReportArchive } from '../../../contracts/ports.ts';
import type { Report } from '../../../contracts/schema.ts';
import type { ReportSummary } from '../../../contracts/types.ts';
import { contentWords, tokenize } from '../../../shared/text/tokens.ts';
import { questionKey } from '../../../shared/text/question-key.ts';
import type { PgSession, Row } from './pg-session.ts';
import { SUMMARY_COLUMNS, toSummary } from './summary-row.ts';

/** A question rechecked more often than this lists its first versions only (as on SQLite). */
const MAX_VERSIONS = 200;

/** Moderation sticks to the question: a report is withdrawn when any report on the same question was unpublished. */
export const PUBLISHED = `r.question_key NOT IN (SELECT w.question_key FROM unpublished_reports u JOIN reports w ON w.id = u.report_id)`;
/** What the archive, feeds, sitemap, categories and "most read" show: published and resting on evidence. */
export const LISTED = `${PUBLISHED} AND r.source_count > 0 AND coalesce((r.body->>'insufficientEvidence')::boolean, false) = false`;
const MAX_TERMS = 16;

/** Every word must match (the archive narrows as you type); the last word also matches as a prefix. */
export function toReportTsQuery(text: string): string | undefined {
  const words = [...new Set(contentWords(text))]
    .map((word) => tokenize(word).map((part) => part.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean).join(' <-> '))
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  if (words.length === 0) return undefined;
  return words.map((word, index) => (index === words.length - 1 ? `(${word}:*)` : `(${word})`)).join(' & ');
}

/** What the archive search reads of a report: its sentences, headings, actors, and its sources' titles and outlets. */
export function reportSearchText(report: Report): string {
  const parts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (key === 'support' || key === 'sources' || key === 'stats') return;
    if (typeof value === 'string') {
      if (key === 'text' || key === 'heading' || key === 'actor') parts.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) walk(inner, name);
    }
  };
  walk(report, '');
  for (const source of report.sources) parts.push(source.title, source.outlet);
  return parts.join(' ');
}

export function createPostgresReportArchive(session: PgSession, clock: () => Date = () => new Date()): ReportArchive {
  const { query } = session;
  return {
    async searchReports(text, { limit, offset = 0 }) {
      const tsQuery = toReportTsQuery(text);
      if (!tsQuery || limit <= 0) return [];
      const rows = await query(
        `SELECT ${SUMMARY_COLUMNS} FROM reports r, to_tsquery('english', $1) q
         WHERE r.tsv @@ q AND ${LISTED} ORDER BY ts_rank(r.tsv, q) DESC, r.checked_at DESC, r.id LIMIT $2 OFFSET $3`,
        [tsQuery, limit, offset],
      );
      return rows.map(toSummary);
    },
    async findReportByQuestion(question) {
      const key = questionKey(question);
      if (!key) return undefined;
      const [row] = await query(`SELECT ${SUMMARY_COLUMNS} FROM reports r WHERE r.question_key = $1 AND ${PUBLISHED} ORDER BY r.checked_at DESC LIMIT 1`, [key]);
      return row ? toSummary(row) : undefined;
    },
    async listVersions(reportId) {
      const rows = await query(
        `SELECT ${SUMMARY_COLUMNS} FROM reports r WHERE r.question_key = (SELECT question_key FROM reports WHERE id = $1 OR slug = $1 LIMIT 1)
         AND r.question_key <> '' AND ${PUBLISHED} ORDER BY r.checked_at, r.id LIMIT ${MAX_VERSIONS}`,
        [reportId],
      );
      return rows.map(toSummary);
    },
    async listCategories() {
      const rows = await query(`SELECT r.category, count(*)::int AS count FROM reports r WHERE ${LISTED} GROUP BY r.category ORDER BY count DESC, r.category`);
      return rows.map((row) => ({ category: String(row.category), count: Number(row.count) }));
    },
    async recordView(reportId) {
      await query(
        `INSERT INTO report_views (report_id, views, last_viewed_at) VALUES ($1, 1, $2)
         ON CONFLICT (report_id) DO UPDATE SET views = report_views.views + 1, last_viewed_at = EXCLUDED.last_viewed_at`,
        [reportId, clock().toISOString()],
      );
    },
    async listMostRead({ limit }) {
      const rows = await query<Row>(
        `SELECT ${SUMMARY_COLUMNS}, v.views FROM report_views v JOIN reports r ON r.id = v.report_id
         WHERE ${LISTED} ORDER BY v.views DESC, r.checked_at DESC LIMIT $1`,
        [limit],
      );
      return rows.map((row): ReportSummary & { views: number } => ({ ...toSummary(row), views: Number(row.views) }));
    },
  };
}
