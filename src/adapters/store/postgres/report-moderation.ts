// The PostgreSQL moderation: unpublish, republish, correct (a dated note) and delete a report, each
// written to the audit log in the same transaction. Unpublishing withdraws the question: every report on it
// leaves the site, and asking it again is refused, until a moderator republishes.
import type { AuditEntry, ReportModeration } from '../../../contracts/ports.ts';
import { questionKey } from '../../../shared/text/question-key.ts';
import type { PgSession } from './pg-session.ts';
import { PUBLISHED } from './report-archive.ts';

/** Everything a report owns besides its row (report_sources cascades). */
const OWNED_TABLES = ['report_views', 'unpublished_reports', 'report_corrections', 'report_events'];

export function createPostgresReportModeration(session: PgSession): ReportModeration {
  const { query, transaction } = session;
  return {
    async moderationOf(reportId) {
      const [unpublished, corrections] = await Promise.all([
        // Withdrawn: this report, or any report on the same question, was unpublished.
        query(
          `SELECT 1 FROM reports r JOIN reports w ON w.id = r.id OR (w.question_key = r.question_key AND r.question_key <> '')
           JOIN unpublished_reports u ON u.report_id = w.id WHERE r.id = $1 LIMIT 1`,
          [reportId],
        ),
        query('SELECT report_id, at, note FROM report_corrections WHERE report_id = $1 ORDER BY at, rowid', [reportId]),
      ]);
      return {
        unpublished: unpublished.length > 0,
        corrections: corrections.map((row) => ({ reportId: String(row.report_id), at: String(row.at), note: String(row.note) })),
      };
    },
    async questionWithdrawn(question) {
      const key = questionKey(question);
      if (key === '') return false;
      const rows = await query('SELECT 1 FROM unpublished_reports u JOIN reports w ON w.id = u.report_id WHERE w.question_key = $1 LIMIT 1', [key]);
      return rows.length > 0;
    },
    moderate: ({ action, reportId, actor, at, note }) =>
      transaction(async (client) => {
        const { rows } = await client.query('SELECT id, title FROM reports WHERE id = $1 FOR UPDATE', [reportId]);
        if (rows.length === 0) return false;
        if (action === 'unpublish') await client.query('INSERT INTO unpublished_reports (report_id, at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [reportId, at]);
        else if (action === 'republish') {
          // Republishing gives the question back: every report on it returns.
          await client.query(
            `DELETE FROM unpublished_reports WHERE report_id = $1 OR report_id IN (
               SELECT w.id FROM reports r JOIN reports w ON w.question_key = r.question_key WHERE r.id = $1 AND r.question_key <> '')`,
            [reportId],
          );
        }
        else if (action === 'correct') await client.query('INSERT INTO report_corrections (report_id, at, note) VALUES ($1, $2, $3)', [reportId, at, note ?? '']);
        else {
          for (const table of OWNED_TABLES) await client.query(`DELETE FROM ${table} WHERE report_id = $1`, [reportId]);
          await client.query('DELETE FROM report_jobs WHERE id = $1', [reportId]);
          await client.query('DELETE FROM reports WHERE id = $1', [reportId]);
        }
        // The audit entry keeps the title, so a deleted report is still identifiable in the log.
        const detail = [`“${String(rows[0].title)}”`, note].filter(Boolean).join(': ');
        await client.query('INSERT INTO moderation_audit (at, actor, action, report_id, detail) VALUES ($1, $2, $3, $4, $5)', [at, actor, action, reportId, detail]);
        return true;
      }),
    async listCorrections({ limit }) {
      const rows = await query(
        `SELECT c.report_id, c.at, c.note, r.slug, r.title FROM report_corrections c JOIN reports r ON r.id = c.report_id
         WHERE ${PUBLISHED} ORDER BY c.at DESC, c.rowid DESC LIMIT $1`,
        [limit],
      );
      return rows.map((row) => ({ reportId: String(row.report_id), at: String(row.at), note: String(row.note), slug: String(row.slug), title: String(row.title) }));
    },
    async listAudit({ limit }) {
      const rows = await query('SELECT * FROM moderation_audit ORDER BY at DESC, rowid DESC LIMIT $1', [limit]);
      return rows.map((row): AuditEntry => ({
        at: String(row.at), actor: String(row.actor), action: String(row.action) as AuditEntry['action'], reportId: String(row.report_id), detail: String(row.detail),
      }));
    },
  };
}
