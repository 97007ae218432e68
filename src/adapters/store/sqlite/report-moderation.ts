// The embedded store's moderation: unpublish, republish, correct (a dated note) and delete a report,
// each written to the audit log in the same transaction. Unpublishing withdraws the question: every report
// on it leaves the site, and asking it again is refused, until a moderator republishes.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { AuditEntry, ReportModeration } from '../../../contracts/ports.ts';
import { questionKey } from '../../../shared/text/question-key.ts';
import { PUBLISHED } from './report-archive.ts';
import { immediateTransaction } from './sqlite-guard.ts';

type Row = Record<string, string | number | null>;

/** `jobs`: the connection to the jobs file (jobs-file.ts), where a deleted report's job and progress events are. */
export function createSqliteReportModeration(db: DatabaseSync, jobs: DatabaseSync): ReportModeration {
  const statements = {
    report: db.prepare('SELECT id, title FROM reports WHERE id = ?'),
    // Withdrawn: this report, or any report on the same question, was unpublished.
    unpublished: db.prepare(
      `SELECT 1 FROM reports r JOIN reports w ON w.id = r.id OR (w.question_key = r.question_key AND r.question_key <> '')
       JOIN unpublished_reports u ON u.report_id = w.id WHERE r.id = ? LIMIT 1`,
    ),
    questionWithdrawn: db.prepare('SELECT 1 FROM unpublished_reports u JOIN reports w ON w.id = u.report_id WHERE w.question_key = ? LIMIT 1'),
    corrections: db.prepare('SELECT report_id, at, note FROM report_corrections WHERE report_id = ? ORDER BY at, rowid'),
    unpublish: db.prepare('INSERT OR IGNORE INTO unpublished_reports (report_id, at) VALUES (?, ?)'),
    // Republishing gives the question back: every report on it returns.
    republish: db.prepare(
      `DELETE FROM unpublished_reports WHERE report_id = ?1 OR report_id IN (
         SELECT w.id FROM reports r JOIN reports w ON w.question_key = r.question_key WHERE r.id = ?1 AND r.question_key <> '')`,
    ),
    correct: db.prepare('INSERT INTO report_corrections (report_id, at, note) VALUES (?, ?, ?)'),
    audit: db.prepare('INSERT INTO moderation_audit (at, actor, action, report_id, detail) VALUES (?, ?, ?, ?, ?)'),
    listCorrections: db.prepare(
      `SELECT c.report_id, c.at, c.note, r.slug, r.title FROM report_corrections c JOIN reports r ON r.id = c.report_id
       WHERE ${PUBLISHED} ORDER BY c.at DESC, c.rowid DESC LIMIT ?`,
    ),
    listAudit: db.prepare('SELECT * FROM moderation_audit ORDER BY at DESC, rowid DESC LIMIT ?'),
  } satisfies Record<string, StatementSync>;
  // Everything a report owns besides its row (report_sources cascades; the search index has a trigger).
  const deleteOwned = ['report_views', 'unpublished_reports', 'report_corrections'].map((table) =>
    db.prepare(`DELETE FROM ${table} WHERE report_id = ?`),
  );
  const deleteEvents = jobs.prepare('DELETE FROM report_events WHERE report_id = ?');
  const deleteJob = jobs.prepare('DELETE FROM report_jobs WHERE id = ?');
  const deleteReport = db.prepare('DELETE FROM reports WHERE id = ?');

  return {
    async moderationOf(reportId) {
      return {
        unpublished: statements.unpublished.get(reportId) !== undefined,
        corrections: (statements.corrections.all(reportId) as Row[]).map((row) => ({ reportId: String(row.report_id), at: String(row.at), note: String(row.note) })),
      };
    },
    async questionWithdrawn(question) {
      const key = questionKey(question);
      return key !== '' && statements.questionWithdrawn.get(key) !== undefined;
    },
    async moderate({ action, reportId, actor, at, note }) {
      const report = statements.report.get(reportId) as Row | undefined;
      if (!report) return false;
      immediateTransaction(db, () => {
        if (action === 'unpublish') statements.unpublish.run(reportId, at);
        else if (action === 'republish') statements.republish.run(reportId);
        else if (action === 'correct') statements.correct.run(reportId, at, note ?? '');
        else {
          for (const statement of deleteOwned) statement.run(reportId);
          deleteReport.run(reportId);
        }
        // The audit entry keeps the title, so a deleted report is still identifiable in the log.
        const detail = [`“${String(report.title)}”`, note].filter(Boolean).join(': ');
        statements.audit.run(at, actor, action, reportId, detail);
      });
      // Its job and progress, in the jobs file, go once the report is gone (left behind, they would only show a finished job).
      if (action === 'delete') {
        immediateTransaction(jobs, () => {
          deleteEvents.run(reportId);
          deleteJob.run(reportId);
        });
      }
      return true;
    },
    async listCorrections({ limit }) {
      return (statements.listCorrections.all(limit) as Row[]).map((row) => ({
        reportId: String(row.report_id), at: String(row.at), note: String(row.note), slug: String(row.slug), title: String(row.title),
      }));
    },
    async listAudit({ limit }) {
      return (statements.listAudit.all(limit) as Row[]).map((row): AuditEntry => ({
        at: String(row.at), actor: String(row.actor), action: String(row.action) as AuditEntry['action'], reportId: String(row.report_id), detail: String(row.detail),
      }));
    },
  };
}
