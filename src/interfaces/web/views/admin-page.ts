// The moderator's page: the supporter tally, moderation of any report (unpublish, republish, correct
// with a dated note, delete), recent reports and the audit log.
import { html } from 'hono/html';
import type { AuditEntry, SupportPayment } from '../../../contracts/ports.ts';
import type { ReportSummary } from '../../../contracts/types.ts';
import { longDate } from '../../render/format.ts';
import { page } from './layout.ts';
import { reportHref } from './report-list.ts';
import { formatMoney, goalProgress, type Tally } from './support-banner.ts';
import type { Fragment, ViewContext } from './view-context.ts';

export interface AdminData {
  tally: Tally;
  payments: SupportPayment[];
  recent: ReportSummary[];
  audit: AuditEntry[];
  message?: string;
}

export function adminPage(view: ViewContext, data: AdminData): Fragment {
  const progress = goalProgress(view.config, data.tally);
  const main = html`<div class="prose">
  <h1>Moderation and supporters</h1>
  ${data.message ? html`<p class="notice" role="status">${data.message}</p>` : ''}
  <h2>Supporters</h2>
  <p><strong>${data.tally.supporters.toLocaleString('en-US')}</strong> supporters · ${data.tally.totals.map((total) => formatMoney(total.amountMinor, total.currency)).join(' + ') || 'nothing raised yet'} · ${progress.goal} (${Math.round((progress.value / progress.max) * 100)}%)</p>
  ${data.payments.length > 0 ? html`<table class="admin"><caption>Latest payments</caption><thead><tr><th scope="col">When</th><th scope="col">Amount</th><th scope="col">Reference</th></tr></thead><tbody>${data.payments.map((payment) => html`<tr><td>${longDate(payment.at)}</td><td>${formatMoney(payment.amountMinor, payment.currency)}</td><td>${payment.reference ?? payment.eventId}</td></tr>`)}</tbody></table>` : ''}

  <h2>Moderate a report</h2>
  <form class="admin-form" method="post" action="/admin/moderate">
    <label>Report id or slug <input type="text" name="report" required maxlength="200"></label>
    <label>Note (required to correct; shown on the report, dated) <input type="text" name="note" maxlength="2000"></label>
    <label><span>Confirm deletion</span><input type="checkbox" name="confirm" value="yes"></label>
    <button type="submit" name="action" value="correct">Add correction</button>
    <button type="submit" name="action" value="unpublish">Unpublish</button>
    <button type="submit" name="action" value="republish">Republish</button>
    <button type="submit" name="action" value="delete" class="danger">Delete</button>
  </form>

  <h2>Recent reports</h2>
  <table class="admin"><thead><tr><th scope="col">Checked</th><th scope="col">Report</th><th scope="col">Id</th></tr></thead><tbody>${data.recent.map((report) => html`<tr><td>${longDate(report.checkedAt)}</td><td><a href="${reportHref(report)}">${report.title}</a></td><td><code>${report.id}</code></td></tr>`)}</tbody></table>

  <h2>Audit log</h2>
  ${data.audit.length === 0 ? html`<p class="empty">No moderation yet.</p>` : html`<table class="admin"><thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Report</th><th scope="col">Detail</th></tr></thead><tbody>${data.audit.map((entry) => html`<tr><td>${entry.at.replace('T', ' ').slice(0, 16)}</td><td>${entry.actor}</td><td>${entry.action}</td><td><code>${entry.reportId}</code></td><td>${entry.detail}</td></tr>`)}</tbody></table>`}
</div>`;
  return page(view, { title: 'Moderation', description: 'Moderation of reports and the supporter tally.', path: '/admin', noindex: true }, main);
}
