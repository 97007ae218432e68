// The supporter campaign banner: "Keep <site> independent", the statement, the goal with a progress
// bar and the time left, and a way to give (Stripe Checkout, or the configured donation link).
import { html } from 'hono/html';
import type { SiteConfig } from '../config.ts';
import type { Fragment } from './view-context.ts';

export interface Tally {
  supporters: number;
  totals: { currency: string; amountMinor: number }[];
}

export function formatMoney(amountMinor: number, currency: string): string {
  const major = amountMinor / 100;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase(), maximumFractionDigits: Number.isInteger(major) ? 0 : 2 }).format(major);
}

export function timeLeft(deadline: string | undefined, now: Date): string | undefined {
  if (!deadline) return undefined;
  const ms = Date.parse(deadline) - now.getTime();
  if (ms <= 0) return 'The campaign has ended';
  const days = Math.floor(ms / 86_400_000);
  if (days >= 2) return `${days} days left`;
  const hours = Math.max(1, Math.floor(ms / 3_600_000));
  return hours >= 24 ? '1 day left' : `${hours} hour${hours === 1 ? '' : 's'} left`;
}

/** Progress toward the goal: what has been reached, the target, and the words for both. */
export function goalProgress(config: SiteConfig, tally: Tally): { value: number; max: number; reached: string; goal: string } {
  const goal = config.support.goal;
  if (goal.kind === 'supporters') {
    return { value: Math.min(tally.supporters, goal.count), max: goal.count, reached: tally.supporters === 0 ? 'Be the first supporter' : `${tally.supporters.toLocaleString('en-US')} supporter${tally.supporters === 1 ? '' : 's'}`, goal: `Goal: ${goal.count.toLocaleString('en-US')} supporters` };
  }
  const raised = tally.totals.find((total) => total.currency === goal.currency)?.amountMinor ?? 0;
  return { value: Math.min(raised, goal.amountMinor), max: goal.amountMinor, reached: raised === 0 ? 'Be the first to give' : `${formatMoney(raised, goal.currency)} raised`, goal: `Goal: ${formatMoney(goal.amountMinor, goal.currency)}` };
}

export function supportBanner(config: SiteConfig, tally: Tally, now: Date): Fragment {
  const progress = goalProgress(config, tally);
  const left = timeLeft(config.support.deadline, now);
  const { support } = config;
  return html`<aside class="support-banner" id="support" aria-labelledby="support-title">
  <h2 id="support-title">Keep ${config.siteName} independent</h2>
  <p>${support.statement}</p>
  <div class="support-progress">
    <label for="support-meter">${progress.reached}</label>
    <progress id="support-meter" max="${progress.max}" value="${progress.value}">${Math.round((progress.value / progress.max) * 100)}%</progress>
    <p class="support-goal">${progress.goal}${left ? html` · <span class="support-left">${left}</span>` : ''}</p>
  </div>
  ${config.stripe
    ? html`<form class="support-form" method="post" action="/support/checkout">
    <fieldset><legend>Give once</legend>
    ${support.amountsMinor.map((amount, index) => html`<label class="amount"><input type="radio" name="amount" value="${amount}"${index === 0 ? html` checked` : ''}> ${formatMoney(amount, support.currency)}</label>`)}
    </fieldset>
    <button type="submit">Donate</button>
  </form>`
    : html`<p><a class="button" href="${support.donationUrl}" rel="noopener">Donate</a></p>`}
</aside>`;
}
