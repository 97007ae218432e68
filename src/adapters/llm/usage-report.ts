// Tokens, estimated cost and time per stage as one line of text: the end of the CLI output and the
// "Stats" line of the Markdown report.
import type { ReportStats } from '../../contracts/schema.ts';

/** Made when first wanted: the first NumberFormat of a process gathers ICU's locales (about 3 ms), and an ask with no model calls formats no token counts. */
let numberFormat: Intl.NumberFormat | undefined;

function count(value: number): string {
  numberFormat ??= new Intl.NumberFormat('en-US');
  return numberFormat.format(value);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function dollars(usd: number): string {
  return usd === 0 ? '$0' : usd < 0.01 ? `$${usd.toFixed(5)}` : `$${usd.toFixed(2)}`;
}

/** "understand 0.41 s (1 call, 812 in / 95 out tokens, $0.0002); search 0.02 s; ... total 3.10 s, 5,000 in / 1,200 out tokens, about $0.0034". */
export function describeStats(stats: Pick<ReportStats, 'durationMs' | 'usage'>): string {
  const byStage = stats.usage?.byStage ?? {};
  const stages = [...new Set([...Object.keys(stats.durationMs), ...Object.keys(byStage)])];
  const parts = stages.map((stage) => {
    const usage = byStage[stage];
    const time = stats.durationMs[stage] ?? usage?.ms ?? 0;
    if (!usage) return `${stage} ${seconds(time)}`;
    return `${stage} ${seconds(time)} (${usage.calls} model call${usage.calls === 1 ? '' : 's'}, ${count(usage.inputTokens)} in / ${count(usage.outputTokens)} out tokens, ${dollars(usage.costUsd)})`;
  });
  const total = Object.values(stats.durationMs).reduce((sum, ms) => sum + ms, 0);
  const usage = stats.usage && stats.usage.calls > 0 ? `, ${count(stats.usage.inputTokens)} in / ${count(stats.usage.outputTokens)} out tokens, about ${dollars(stats.usage.costUsd)}` : ', no model calls';
  return `${parts.join('; ')}; total ${seconds(total)}${usage}`;
}
