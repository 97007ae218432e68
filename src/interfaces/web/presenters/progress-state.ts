// Turns a report's progress events into what the progress page shows: each stage done, active or
// waiting, the queries, the sources found, the sections written. static/progress.js mirrors it.
import type { JobStatus, StoredEvent } from '../../../contracts/ports.ts';

export const STAGES = [
  { key: 'plan', label: 'Understanding the question' },
  { key: 'search', label: 'Searching' },
  { key: 'read', label: 'Reading the sources in full' },
  { key: 'write', label: 'Writing, citing every sentence' },
  { key: 'verify', label: 'Checking each sentence against its sources' },
] as const;

export type StageKey = (typeof STAGES)[number]['key'];
export type StageState = 'done' | 'active' | 'waiting';

export interface ProgressState {
  stages: { key: StageKey; label: string; state: StageState; detail?: string }[];
  queries: string[];
  sources: { title: string; url: string }[];
  sections: string[];
  lastSeq: number;
  finished: boolean;
  failure?: string;
}

/** The stage an event belongs to (source-found is part of searching, a section part of writing). */
export function stageOf(type: string): StageKey | undefined {
  if (type === 'source-found') return 'search';
  if (type === 'section') return 'write';
  return STAGES.some((stage) => stage.key === type) ? (type as StageKey) : undefined;
}

export function progressState(events: StoredEvent[], status: JobStatus, reason?: string): ProgressState {
  const details = new Map<StageKey, string>();
  const queries: string[] = [];
  const sources: { title: string; url: string }[] = [];
  const sections: string[] = [];
  let reached = -1;
  let failure: string | undefined;
  for (const event of events) {
    const stage = stageOf(event.type);
    if (stage) reached = Math.max(reached, STAGES.findIndex((entry) => entry.key === stage));
    if (event.type === 'plan' || event.type === 'read' || event.type === 'write' || event.type === 'verify') details.set(event.type, event.message);
    if (event.type === 'search') {
      for (const query of stringList(event.data?.queries)) if (!queries.some((seen) => seen.toLowerCase() === query.toLowerCase())) queries.push(query);
    }
    if (event.type === 'source-found') sources.push({ title: event.message, url: typeof event.data?.url === 'string' ? event.data.url : '' });
    if (event.type === 'section') sections.push(event.message);
    if (event.type === 'error') failure = event.message;
  }
  const finished = status === 'done' || events.some((event) => event.type === 'done');
  if (status === 'failed') failure ??= reason ?? 'The report could not be made.';
  if (sources.length > 0) details.set('search', `${sources.length} source${sources.length === 1 ? '' : 's'} found`);
  return {
    stages: STAGES.map((stage, index) => ({
      key: stage.key,
      label: stage.label,
      state: finished || index < reached ? 'done' : index === reached && !failure ? 'active' : 'waiting',
      ...(details.has(stage.key) ? { detail: details.get(stage.key) } : {}),
    })),
    queries,
    sources,
    sections,
    lastSeq: events.at(-1)?.seq ?? 0,
    finished,
    ...(failure ? { failure } : {}),
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
