// The contracts the pipeline depends on. Plain types, no dependencies: every adapter and fake implements one.
import type { Report } from './model/schema.ts';
import type {
  Draft, DocumentInput, Passage, PassageHit, Plan, RankedPassage, ReportSummary, SearchHit, StoredDocument,
} from './model/types.ts';

export interface SearchRequest {
  query: string;
  /** Groups of alternatives that must all match; providers without boolean search may ignore it. */
  required?: string[][];
  limit: number;
  signal?: AbortSignal;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Options the provider could not honour, partial failures: shown in the report, never thrown. */
  warnings: string[];
}

export interface SearchProvider {
  readonly id: string;
  /** A web provider: sent the plan's web queries within the per-report query budget (the local corpus gets every facet). */
  readonly remote?: boolean;
  search(request: SearchRequest): Promise<SearchResponse>;
}

export type FetchOutcome =
  | { ok: true; url: string; finalUrl: string; status: number; contentType: string; body: Uint8Array; fetchedAt: string }
  | { ok: false; url: string; reason: string };

export interface Fetcher {
  readonly id: string;
  fetch(url: string, options?: { signal?: AbortSignal }): Promise<FetchOutcome>;
}

/** One model call (or other metered provider call), for the token, cost and time figures in a report's stats. */
export interface UsageRecord {
  stage: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  ms: number;
  costUsd?: number;
}

export interface UsageMeter {
  record(entry: UsageRecord): void;
  entries(): UsageRecord[];
}

/** What every model-backed hook receives besides its own input. */
export interface RunContext {
  signal?: AbortSignal;
  meter: UsageMeter;
}

export interface WriterInput {
  plan: Plan;
  passages: RankedPassage[];
  /** When the report is checked: writers date their coverage notes against it. */
  now: Date;
  signal?: AbortSignal;
  meter?: UsageMeter;
  /** Called with each section as soon as it is written. */
  onSection?: (section: Draft['sections'][number]) => void;
}

export interface Writer {
  readonly id: string;
  write(input: WriterInput): Promise<Draft>;
}

export interface UpsertResult {
  document: StoredDocument;
  created: boolean;
}

export interface Store {
  readonly id: string;
  /** Documents (snapshots) with their passages; the same content is stored once. */
  upsertDocuments(inputs: DocumentInput[]): Promise<UpsertResult[]>;
  countDocuments(): Promise<number>;
  getDocuments(ids: string[]): Promise<StoredDocument[]>;
  getPassages(documentIds: string[]): Promise<Passage[]>;
  /** The newest snapshot of a URL fetched at or after `fetchedAfter` (ISO time): the web source cache. */
  findSnapshot(url: string, options: { fetchedAfter: string }): Promise<StoredDocument | undefined>;
  /** Full-text search over passages; `documentIds` restricts it to those documents. */
  searchPassages(query: string, options: { limit: number; documentIds?: string[]; required?: string[][] }): Promise<PassageHit[]>;
  saveReport(report: Report): Promise<void>;
  getReport(idOrSlug: string): Promise<Report | undefined>;
  listReports(options: { limit: number; offset?: number; category?: string }): Promise<ReportSummary[]>;
  close(): Promise<void>;
}

export type Clock = () => Date;
export type IdGenerator = (prefix: string) => string;
