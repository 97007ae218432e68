// Prometheus metrics in the text exposition format: counters and histograms with labels, no dependencies.
export interface Metrics {
  increment(name: string, labels?: Record<string, string>, by?: number): void;
  observe(name: string, value: number, labels?: Record<string, string>): void;
  render(): string;
}

interface Definition {
  help: string;
  type: 'counter' | 'histogram';
  buckets?: number[];
}

/** What Crosscheck reports; names follow Prometheus conventions (units in the name, _total for counters). */
export const METRIC_DEFINITIONS: Record<string, Definition> = {
  crosscheck_reports_total: { help: 'Reports finished, by outcome (done, failed).', type: 'counter' },
  crosscheck_stage_duration_seconds: { help: 'Wall time of each pipeline stage.', type: 'histogram', buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] },
  crosscheck_provider_errors_total: { help: 'Search and model provider errors, by provider.', type: 'counter' },
  crosscheck_http_requests_total: { help: 'HTTP requests served, by route and status.', type: 'counter' },
  crosscheck_jobs_total: { help: 'Report jobs by event (enqueued, started, retried, completed, failed).', type: 'counter' },
};

function labelKey(labels: Record<string, string> = {}): string {
  return Object.entries(labels)
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([key, value]) => `${key}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');
}

export function createMetrics(definitions: Record<string, Definition> = METRIC_DEFINITIONS): Metrics {
  const counters = new Map<string, Map<string, number>>();
  const histograms = new Map<string, Map<string, { counts: number[]; sum: number; count: number }>>();
  const definition = (name: string) => {
    const found = definitions[name];
    if (!found) throw new Error(`Unknown metric ${name}: add it to METRIC_DEFINITIONS`);
    return found;
  };
  return {
    increment(name, labels, by = 1) {
      definition(name);
      const series = counters.get(name) ?? new Map<string, number>();
      series.set(labelKey(labels), (series.get(labelKey(labels)) ?? 0) + by);
      counters.set(name, series);
    },
    observe(name, value, labels) {
      const buckets = definition(name).buckets ?? [];
      const series = histograms.get(name) ?? new Map();
      const key = labelKey(labels);
      const entry = series.get(key) ?? { counts: buckets.map(() => 0), sum: 0, count: 0 };
      buckets.forEach((bound, index) => {
        if (value <= bound) entry.counts[index]++;
      });
      entry.sum += value;
      entry.count++;
      series.set(key, entry);
      histograms.set(name, series);
    },
    render() {
      const lines: string[] = [];
      for (const [name, spec] of Object.entries(definitions)) {
        lines.push(`# HELP ${name} ${spec.help}`, `# TYPE ${name} ${spec.type}`);
        for (const [key, value] of counters.get(name) ?? []) lines.push(`${name}${key ? `{${key}}` : ''} ${value}`);
        for (const [key, entry] of histograms.get(name) ?? []) {
          const prefix = key ? `${key},` : '';
          (spec.buckets ?? []).forEach((bound, index) => lines.push(`${name}_bucket{${prefix}le="${bound}"} ${entry.counts[index]}`));
          lines.push(`${name}_bucket{${prefix}le="+Inf"} ${entry.count}`, `${name}_sum${key ? `{${key}}` : ''} ${entry.sum}`, `${name}_count${key ? `{${key}}` : ''} ${entry.count}`);
        }
      }
      return `${lines.join('\n')}\n`;
    },
  };
}
