// One report, start to finish: understand → search → read → rank → write → verify → follow up → publish,
// with a progress event per stage and the duration of each stage in the report's stats.
import type { Clock, IdGenerator, RunContext, SearchProvider, Store, Writer } from '../contracts/ports.ts';
import { findsSomething } from './follow-up/finds.ts';
import { type FollowUpContext, followUp } from './follow-up/index.ts';
import type { Report } from '../contracts/schema.ts';
import type { DraftSentence, Plan, ProgressEvent, ProgressListener, RankedPassage } from '../contracts/types.ts';
import { assembleReport, publish } from './publish/index.ts';
import { rank } from './rank/index.ts';
import { type RemoteReader, read } from './read/index.ts';
import { search } from './search/index.ts';
import { questionKey } from '../shared/text/question-key.ts';
import { shortHash } from '../shared/text/hash.ts';
import { heuristicUnderstand } from './understand/heuristic-understand.ts';
import { understand } from './understand/index.ts';
import { type Judgement, type PassageRecord, verify } from './verify/index.ts';
import { setAsideInjectedSources } from './verify/llm-injection.ts';
import { createExtractiveWriter, write } from './write/index.ts';
import { followUpContext } from './follow-up-context.ts';
import { createUsageMeter, summarizeUsage } from './usage-meter.ts';

/** The pluggable parts of the engine: built from configuration by src/runtime/engine/create-engine.ts. */
export interface Engine {
  providers: SearchProvider[];
  writer?: Writer;
  readRemote?: RemoteReader;
  planner?: (question: string, fallback: Plan, context: RunContext) => Promise<Plan>;
  judge?: (sentence: string, passages: PassageRecord[], context: RunContext) => Promise<Judgement>;
  repair?: (sentence: DraftSentence, passages: PassageRecord[], context: RunContext) => Promise<DraftSentence | undefined>;
  generateFollowUps?: (context: FollowUpContext, run: RunContext) => Promise<string[]>;
  /** Configuration problems every report should mention (e.g. a provider that is configured but unusable). */
  warnings?: string[];
  maxSources?: number;
  /** Queries sent to each web search provider per report. */
  maxQueries?: number;
  /** Web pages read per report. */
  maxPages?: number;
  /** Time for searching and reading the web; what is not done by then is skipped with a reason. */
  maxResearchMs?: number;
  maxPassages?: number;
}

export interface RunReportOptions extends Engine {
  question: string;
  store: Store;
  clock?: Clock;
  ids?: IdGenerator;
  onEvent?: ProgressListener;
  parentId?: string;
  signal?: AbortSignal;
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
  const run: RunContext = { signal: options.signal, meter: createUsageMeter(), warnings: [] };
  const planner = options.planner;
  const plan = await timed('understand', () =>
    understand({ question: options.question, planner: planner && ((question, fallback) => planner(question, fallback, run)) }),
  );
  const ids = options.ids ?? defaultIds(plan.question, () => new Date(checkedAt));
  emit('plan', `${plan.kind === 'claim' ? 'Claim' : 'Question'} about ${plan.topic} (${plan.category})`, { plan });
  const research = researchSignal(options.signal, options.maxResearchMs);
  const found = await timed('search', () => search({ plan, providers: options.providers, maxQueries: options.maxQueries, signal: research.signal, onEvent: options.onEvent, clock }));
  const reading = await timed('read', () => read({ hits: found.hits, store: options.store, limit: options.maxSources, maxPages: options.maxPages, readRemote: options.readRemote, signal: research.signal, onEvent: options.onEvent, clock }));
  const researchWarnings = research.timedOut() ? [`Web research stopped after its time limit of ${Math.round(options.maxResearchMs! / 1000)} s; pages not read by then were skipped.`] : [];
  const rankedAll = await timed('rank', () => rank({ plan, documents: reading.documents, store: options.store, searched: found.passages, limit: options.maxPassages }));
  // A page that addresses a model, a checker or the reader (a prompt injection) reaches no writer.
  const { passages: ranked, warnings: injectionWarnings } = setAsideInjectedSources(rankedAll);
  const writer = options.writer ?? createExtractiveWriter();
  emit('write', `Writing with the ${writer.id} writer from ${ranked.length} passages`);
  const draft = await timed('write', () =>
    write({ writer, plan, passages: ranked, now: new Date(checkedAt), signal: options.signal, meter: run.meter, onSection: (section) => emit('section', section.heading, { section }) }),
  );
  const { judge, repair, generateFollowUps } = options;
  const verified = await timed('verify', () =>
    verify({
      draft,
      passages: passageIndex(ranked),
      judge: judge && ((sentence, passages) => judge(sentence, passages, run)),
      repair: repair && ((sentence, passages) => repair(sentence, passages, run)),
    }),
  );
  emit('verify', `Checked ${verified.stats.sentencesChecked} sentences: ${verified.stats.sentencesDropped} dropped, ${verified.stats.sentencesRepaired} repaired`, verified.stats);
  const followUps = await timed('followUp', () =>
    followUp({
      context: followUpContext(plan, verified, draft),
      generate: generateFollowUps && ((context) => generateFollowUps(context, run)),
      // Each follow-up is pre-checked: asking it must find something in the store.
      finds: (question) => findsSomething(options.store, heuristicUnderstand(question)),
    }),
  );
  const report = assembleReport({
    id: ids('rep'),
    plan,
    checkedAt,
    verified,
    limits: draft.limits,
    followUps,
    insufficientEvidence: draft.insufficientEvidence || verified.summary.length === 0,
    warnings: [...(options.warnings ?? []), ...run.warnings, ...found.warnings, ...researchWarnings, ...injectionWarnings, ...draft.warnings],
    parentId: options.parentId,
    stats: { passagesConsidered: ranked.length, sourcesRead: reading.documents.length, durationMs, writer: draft.writer, usage: summarizeUsage(run.meter.entries()) },
  });
  await timed('publish', () => publish(report, options.store));
  emit('done', `Report ready: ${report.sources.length} sources`, { id: report.id, slug: report.slug });
  return report;
}

/** The report's own signal, plus the research time limit when one is set. */
function researchSignal(signal: AbortSignal | undefined, maxResearchMs: number | undefined) {
  if (!maxResearchMs) return { signal, timedOut: () => false };
  const timer = AbortSignal.timeout(maxResearchMs);
  return { signal: signal ? AbortSignal.any([signal, timer]) : timer, timedOut: () => timer.aborted };
}

function passageIndex(ranked: RankedPassage[]) {
  return new Map(ranked.map((entry) => [entry.passage.id, { passage: entry.passage, document: entry.document }]));
}
