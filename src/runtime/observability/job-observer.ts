// Report jobs seen from outside: JSON log lines carrying the report id, and the Prometheus counters
// and histograms (reports by outcome, stage durations, provider errors, job events). Used by the
// web process and `crosscheck worker` alike.
import type { JobDefinition } from '../../contracts/job.ts';
import type { JobOutcome, ReportJobProps } from '../jobs/report-job.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

/** "brave: search failed …" → brave; model failures → model; other warnings are not provider errors. */
export function providerOfWarning(warning: string): string | undefined {
  const prefixed = /^([a-z][a-z0-9-]{1,30}): /.exec(warning);
  if (prefixed) return prefixed[1];
  return /\bmodel\b/i.test(warning) && /(fail|error|invalid|timed out)/i.test(warning) ? 'model' : undefined;
}

export function createJobObserver(options: { metrics: Metrics; logger: Logger }) {
  const { metrics, logger } = options;
  return {
    onEnqueued(reportId: string) {
      metrics.increment('crosscheck_jobs_total', { event: 'enqueued' });
      logger.info('report queued', { reportId });
    },
    onFinished(props: ReportJobProps, outcome: JobOutcome) {
      const log = logger.child({ reportId: props.id });
      metrics.increment('crosscheck_jobs_total', { event: outcome.status === 'done' ? 'completed' : 'failed' });
      metrics.increment('crosscheck_reports_total', { outcome: outcome.status });
      if (outcome.status === 'failed') {
        log.warn('report failed', { reason: outcome.reason });
        return;
      }
      const report = outcome.report;
      for (const [stage, ms] of Object.entries(report?.stats.durationMs ?? {})) metrics.observe('crosscheck_stage_duration_seconds', ms / 1000, { stage });
      for (const warning of report?.warnings ?? []) {
        const provider = providerOfWarning(warning);
        if (provider) metrics.increment('crosscheck_provider_errors_total', { provider });
      }
      log.info('report done', { attempt: outcome.attempt, sources: report?.sources.length, slug: report?.slug, durationMs: report?.stats.durationMs });
    },
    /** The same job, with a log line and a counter for every attempt and every failed attempt. */
    wrap(job: JobDefinition<ReportJobProps>): JobDefinition<ReportJobProps> {
      return {
        ...job,
        async perform(props, context) {
          const log = logger.child({ reportId: props.id });
          metrics.increment('crosscheck_jobs_total', { event: context.attempt > 1 ? 'retried' : 'started' });
          log.info('report started', { attempt: context.attempt, question: props.question });
          try {
            await job.perform(props, context);
          } catch (error) {
            log.warn('report attempt failed', { attempt: context.attempt, error: (error as Error).message });
            throw error;
          }
        },
        onFailed: (props, error) => job.onFailed(props, error),
      };
    },
  };
}

export type JobObserver = ReturnType<typeof createJobObserver>;
