// Collects the model calls of one report and sums them per stage for the report's stats.
import type { UsageMeter, UsageRecord } from '../contracts.ts';

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
  const total = (key: 'inputTokens' | 'outputTokens' | 'costUsd') => Object.values(byStage).reduce((sum, stage) => sum + stage[key], 0);
  return { inputTokens: total('inputTokens'), outputTokens: total('outputTokens'), costUsd: Number(total('costUsd').toFixed(6)), calls: records.length, byStage };
}
