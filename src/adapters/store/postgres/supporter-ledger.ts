// The PostgreSQL supporter ledger: one row per payment event, so a retried webhook counts once.
import type { SupporterLedger, SupportPayment } from '../../../contracts/ports.ts';
import type { PgSession } from './pg-session.ts';

export function createPostgresSupporterLedger(session: PgSession): SupporterLedger {
  const { query } = session;
  return {
    async recordSupport(payment) {
      const rows = await query(
        'INSERT INTO supporters (event_id, at, amount_minor, currency, reference) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING RETURNING event_id',
        [payment.eventId, payment.at, payment.amountMinor, payment.currency.toLowerCase(), payment.reference ?? null],
      );
      return { recorded: rows.length === 1 };
    },
    async supportTally() {
      const [[count], totals] = await Promise.all([
        query('SELECT count(*)::int AS count FROM supporters'),
        query('SELECT currency, sum(amount_minor)::bigint AS amount FROM supporters GROUP BY currency ORDER BY amount DESC'),
      ]);
      return { supporters: Number(count.count), totals: totals.map((row) => ({ currency: String(row.currency), amountMinor: Number(row.amount) })) };
    },
    async listSupport({ limit }) {
      const rows = await query('SELECT * FROM supporters ORDER BY at DESC, event_id LIMIT $1', [limit]);
      return rows.map((row): SupportPayment => ({
        eventId: String(row.event_id), at: String(row.at), amountMinor: Number(row.amount_minor), currency: String(row.currency),
        ...(row.reference === null ? {} : { reference: String(row.reference) }),
      }));
    },
  };
}
