// The PostgreSQL report jobs and their numbered progress events, safe across processes: one active job
// per question (a unique partial index), and event numbers taken in the insert itself.
import type { ReportJobs } from '../../../contracts/ports.ts';
import { questionKey } from '../../../shared/text/question-key.ts';
import { toEvent, toJob } from '../rows.ts';
import { isUniqueViolation, type PgSession } from './pg-session.ts';

const ACTIVE = "status IN ('queued', 'running')";
const APPEND_ATTEMPTS = 5;

export function createPostgresReportJobs(session: PgSession): ReportJobs {
  const { query } = session;
  const findActive = async (key: string) => {
    const [row] = await query(`SELECT * FROM report_jobs WHERE question_key = $1 AND ${ACTIVE} ORDER BY created_at DESC LIMIT 1`, [key]);
    return row ? toJob(row) : undefined;
  };
  return {
    async createJob({ id, question, parentId, createdAt }) {
      const key = questionKey(question);
      const [row] = await query(
        `INSERT INTO report_jobs (id, question, question_key, parent_id, status, attempts, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'queued', 0, $5, $5)
         ON CONFLICT (question_key) WHERE ${ACTIVE} DO NOTHING RETURNING *`,
        [id, question, key, parentId ?? null, createdAt],
      );
      if (row) return toJob(row);
      // Another process queued the same question a moment ago: that job is the one to join.
      const active = await findActive(key);
      if (active) return active;
      throw new Error(`Could not queue the job for "${question}": retry the request`);
    },
    async getJob(id) {
      const [row] = await query('SELECT * FROM report_jobs WHERE id = $1', [id]);
      return row ? toJob(row) : undefined;
    },
    findActiveJob: (question) => findActive(questionKey(question)),
    async listActiveJobs() {
      return (await query(`SELECT * FROM report_jobs WHERE ${ACTIVE} ORDER BY created_at, id`)).map(toJob);
    },
    async updateJob(id, { status, at, reason, attempts }) {
      await query('UPDATE report_jobs SET status = $1, reason = $2, attempts = coalesce($3, attempts), updated_at = $4 WHERE id = $5', [status, reason ?? null, attempts ?? null, at, id]);
    },
    async appendEvent(reportId, event) {
      const data = event.data === undefined ? null : JSON.stringify(event.data);
      // The next number and the insert in one statement; two writers racing for a number retry.
      for (let attempt = 1; ; attempt++) {
        try {
          const [row] = await query<{ seq: number }>(
            `INSERT INTO report_events (report_id, seq, type, at, message, data)
             SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5::jsonb FROM report_events WHERE report_id = $1 RETURNING seq`,
            [reportId, event.type, event.at, event.message, data],
          );
          return { ...event, reportId, seq: Number(row.seq) };
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= APPEND_ATTEMPTS) throw error;
        }
      }
    },
    async appendEvents(reportId, events) {
      if (events.length === 0) return [];
      const column = (pick: (event: (typeof events)[number]) => string | null) => events.map(pick);
      // The numbers after the report's last and the inserts in one statement, as appendEvent does; racing writers retry.
      for (let attempt = 1; ; attempt++) {
        try {
          const rows = await query<{ seq: number }>(
            `INSERT INTO report_events (report_id, seq, type, at, message, data)
             SELECT $1, (SELECT coalesce(max(seq), 0) FROM report_events WHERE report_id = $1) + added.n, added.type, added.at, added.message, added.data
             FROM unnest($2::text[], $3::text[], $4::text[], $5::jsonb[]) WITH ORDINALITY AS added(type, at, message, data, n) RETURNING seq`,
            [reportId, column((event) => event.type), column((event) => event.at), column((event) => event.message),
              column((event) => (event.data === undefined ? null : JSON.stringify(event.data)))],
          );
          const numbers = rows.map((row) => Number(row.seq)).sort((left, right) => left - right);
          return events.map((event, index) => ({ ...event, reportId, seq: numbers[index] }));
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= APPEND_ATTEMPTS) throw error;
        }
      }
    },
    async listEvents(reportId, options = {}) {
      return (await query('SELECT * FROM report_events WHERE report_id = $1 AND seq > $2 ORDER BY seq', [reportId, options.after ?? 0])).map(toEvent);
    },
  };
}
