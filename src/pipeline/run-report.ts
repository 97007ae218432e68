// One report, start to finish: understand → search → read → rank → write → verify → follow up → publish,
// with a progress event per stage and the duration of each stage in the report's stats.
import type { Clock, IdGenerator, SearchProvider, Store, Writer } from '../contracts.ts';
import { followUp } from '../follow-up/index.ts';
import type { Report } from '../model/schema.ts';
import type { Plan, ProgressEvent, ProgressListener, RankedPassage } from '../model/types.ts';
import { assembleReport, publish } from '../publish/index.ts';
import { rank } from '../rank/index.ts';
import { type RemoteReader, read } from '../read/index.ts';
import { search } from '../search/index.ts';
import { questionKey } from '../store/question-key.ts';
import { shortHash } from '../text/hash.ts';
import { understand } from '../understand/index.ts';
import { verify } from '../verify/index.ts';
import { createExtractiveWriter, write } from '../write/index.ts';
import { followUpContext } from './follow-up-context.ts';

export interface RunReportOptions {
  question: string;
  store: Store;
  providers: SearchProvider[];
  writer?: Writer;
  readRemote?: RemoteReader;
  planner?: (question: string, fallback: Plan) => Promise<Plan>;
  clock?: Clock;
  ids?: IdGenerator;
  onEvent?: ProgressListener;
  parentId?: string;
  signal?: AbortSignal;
  maxSources?: number;
  maxPassages?: number;
}

/** Report ids derive from the question and the time, so a fixed clock gives the same report. */
export function defaultIds(question: string, clock: Clock): IdGenerator {
  return (prefix) => `${prefix}_${shortHash(`${questionKey(question)}|${clock().toISOString()}`, 16)}`;
}

export async function runReport(options: RunReportOptions): Promise<Report> {
  const clock = options.clock ?? (() => new Date());
  const emit = (type: ProgressEvent['type'], message: string, data?: Record<string, unknown>) =>
    options.onEvent?.({ type, at: clock().toISOString(), message, data });
  const durationMs: Record<string, number> = {};
  const timed = async <T>(stage: string, work: () => Promise<T>): Promise<T> => {
    const started = clock().getTime();
    try {
      return await work();
    } finally {
      durationMs[stage] = Math.max(0, clock().getTime() - started);
    }
  };
  const checkedAt = clock().toISOString();
  const plan = await timed('understand', () => understand({ question: options.question, planner: options.planner }));
  const ids = options.ids ?? defaultIds(plan.question, () => new Date(checkedAt));
  emit('plan', `${plan.kind === 'claim' ? 'Claim' : 'Question'} about ${plan.topic} (${plan.category})`, { plan });
  const found = await timed('search', () => search({ plan, providers: options.providers, signal: options.signal, onEvent: options.onEvent, clock }));
  const reading = await timed('read', () => read({ hits: found.hits, store: options.store, limit: options.maxSources, readRemote: options.readRemote, signal: options.signal, onEvent: options.onEvent, clock }));
  const ranked = await timed('rank', () => rank({ plan, documents: reading.documents, store: options.store, limit: options.maxPassages }));
  const writer = options.writer ?? createExtractiveWriter();
  emit('write', `Writing with the ${writer.id} writer from ${ranked.length} passages`);
  const draft = await timed('write', () =>
    write({ writer, plan, passages: ranked, now: new Date(checkedAt), signal: options.signal, onSection: (section) => emit('section', section.heading, { section }) }),
  );
  const verified = await timed('verify', () => verify({ draft, passages: passageIndex(ranked) }));
  emit('verify', `Checked ${verified.stats.sentencesChecked} sentences: ${verified.stats.sentencesDropped} dropped, ${verified.stats.sentencesRepaired} repaired`, verified.stats);
  const followUps = await timed('followUp', () => followUp({ context: followUpContext(plan, verified, draft) }));
  const report = assembleReport({
    id: ids('rep'),
    plan,
    checkedAt,
    verified,
    limits: draft.limits,
    followUps,
    insufficientEvidence: draft.insufficientEvidence || verified.summary.length === 0,
    warnings: [...found.warnings, ...draft.warnings],
    parentId: options.parentId,
    stats: { passagesConsidered: ranked.length, sourcesRead: reading.documents.length, durationMs, writer: draft.writer },
  });
  await timed('publish', () => publish(report, options.store));
  emit('done', `Report ready: ${report.sources.length} sources`, { id: report.id, slug: report.slug });
  return report;
}

function passageIndex(ranked: RankedPassage[]) {
  return new Map(ranked.map((entry) => [entry.passage.id, { passage: entry.passage, document: entry.document }]));
}
