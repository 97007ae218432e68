// Collects the model calls of one report and sums them per stage for the report's stats.
import type { UsageMeter, UsageRecord } from '../contracts/ports.ts';

export function createUsageMeter(): UsageMeter {
  const records: UsageRecord[] = [];
  return {
    record: (entry) => {
      records.push(entry);
    },
    entries: () => [...records],
  };
}

export interface UsageSummary {
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  calls: number;
  byStage: Record<string, { inputTokens: number; outputTokens: number; costUsd: number; ms: number; calls: number }>;
}

export function summarizeUsage(records: UsageRecord[]): UsageSummary {
  const byStage: UsageSummary['byStage'] = {};
  for (const record of records) {
    const stage = (byStage[record.stage] ??= { inputTokens: 0, outputTokens: 0, costUsd: 0, ms: 0, calls: 0 });
    stage.inputTokens += record.inputTokens;
    stage.outputTokens += record.outputTokens;
    stage.costUsd += record.costUsd ?? 0;
    stage.ms += record.ms;
    stage.calls++;
  }
  for (const stage of Object.values(byStage)) stage.costUsd = roundCost(stage.costUsd);
  const total = (key: 'inputTokens' | 'outputTokens' | 'costUsd') => Object.values(byStage).reduce((sum, stage) => sum + stage[key], 0);
  return { inputTokens: total('inputTokens'), outputTokens: total('outputTokens'), costUsd: roundCost(total('costUsd')), calls: records.length, byStage };
}

/** Dollars to a millionth of a cent's precision, without float noise (0.00041999999999999996 → 0.00042). */
function roundCost(value: number): number {
  return Number(value.toFixed(8));
}
