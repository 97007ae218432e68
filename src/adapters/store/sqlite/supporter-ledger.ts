// The embedded store's supporter ledger: one row per payment event, so a retried webhook counts once.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SupporterLedger, SupportPayment } from '../../../contracts/ports.ts';

type Row = Record<string, string | number | null>;

export function createSqliteSupporterLedger(db: DatabaseSync): SupporterLedger {
  const statements = {
    record: db.prepare('INSERT OR IGNORE INTO supporters (event_id, at, amount_minor, currency, reference) VALUES (?, ?, ?, ?, ?)'),
    count: db.prepare('SELECT count(*) AS count FROM supporters'),
    totals: db.prepare('SELECT currency, sum(amount_minor) AS amount FROM supporters GROUP BY currency ORDER BY amount DESC'),
    latest: db.prepare('SELECT * FROM supporters ORDER BY at DESC, event_id LIMIT ?'),
  } satisfies Record<string, StatementSync>;

  return {
    async recordSupport(payment) {
      const { changes } = statements.record.run(payment.eventId, payment.at, payment.amountMinor, payment.currency.toLowerCase(), payment.reference ?? null);
      return { recorded: Number(changes) === 1 };
    },
    async supportTally() {
      return {
        supporters: Number((statements.count.get() as Row).count),
        totals: (statements.totals.all() as Row[]).map((row) => ({ currency: String(row.currency), amountMinor: Number(row.amount) })),
      };
    },
    async listSupport({ limit }) {
      return (statements.latest.all(limit) as Row[]).map((row): SupportPayment => ({
        eventId: String(row.event_id), at: String(row.at), amountMinor: Number(row.amount_minor), currency: String(row.currency),
        ...(row.reference === null ? {} : { reference: String(row.reference) }),
      }));
    },
  };
}
