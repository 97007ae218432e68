// The embedded store's report jobs and their numbered progress events.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { ReportJobs, StoredEvent } from '../../../contracts/ports.ts';
import type { ProgressEvent } from '../../../contracts/types.ts';
import { questionKey } from '../../../shared/text/question-key.ts';
import { type Row, toEvent, toJob } from '../rows.ts';
import { immediateTransaction } from './sqlite-guard.ts';


export function createSqliteReportJobs(db: DatabaseSync): ReportJobs {
  const statements = {
    insert: db.prepare(
      `INSERT INTO report_jobs (id, question, question_key, parent_id, status, attempts, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'queued', 0, ?, ?)`,
    ),
    byId: db.prepare('SELECT * FROM report_jobs WHERE id = ?'),
    active: db.prepare(`SELECT * FROM report_jobs WHERE question_key = ? AND status IN ('queued', 'running') ORDER BY created_at DESC LIMIT 1`),
    allActive: db.prepare(`SELECT * FROM report_jobs WHERE status IN ('queued', 'running') ORDER BY created_at, id`),
    update: db.prepare('UPDATE report_jobs SET status = ?, reason = ?, attempts = coalesce(?, attempts), updated_at = ? WHERE id = ?'),
    // The next number and the insert in one statement, so two writers cannot take the same number.
    appendEvent: db.prepare(
      `INSERT INTO report_events (report_id, seq, type, at, message, data)
       SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ? FROM report_events WHERE report_id = ? RETURNING seq`,
    ),
    events: db.prepare('SELECT * FROM report_events WHERE report_id = ? AND seq > ? ORDER BY seq'),
  } satisfies Record<string, StatementSync>;
  const append = (reportId: string, event: ProgressEvent): StoredEvent => {
    const data = event.data === undefined ? null : JSON.stringify(event.data);
    const { seq } = statements.appendEvent.get(reportId, event.type, event.at, event.message, data, reportId) as { seq: number };
    return { ...event, reportId, seq };
  };

  return {
    async createJob({ id, question, parentId, createdAt }) {
      statements.insert.run(id, question, questionKey(question), parentId ?? null, createdAt, createdAt);
      return toJob(statements.byId.get(id) as Row);
    },
    async getJob(id) {
      const row = statements.byId.get(id) as Row | undefined;
      return row ? toJob(row) : undefined;
    },
    async findActiveJob(question) {
      const row = statements.active.get(questionKey(question)) as Row | undefined;
      return row ? toJob(row) : undefined;
    },
    async listActiveJobs() {
      return (statements.allActive.all() as Row[]).map(toJob);
    },
    async updateJob(id, { status, at, reason, attempts }) {
      statements.update.run(status, reason ?? null, attempts ?? null, at, id);
    },
    async appendEvent(reportId, event) {
      return append(reportId, event);
    },
    async appendEvents(reportId, events) {
      if (events.length <= 1) return events.map((event) => append(reportId, event));
      return immediateTransaction(db, () => events.map((event) => append(reportId, event)));
    },
    async listEvents(reportId, options = {}) {
      return (statements.events.all(reportId, options.after ?? 0) as Row[]).map(toEvent);
    },
  };
}
