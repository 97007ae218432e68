// The contracts the pipeline depends on. Plain types, no dependencies: every adapter and fake implements one.
import type { Report } from './schema.ts';
import type {
  Draft, DocumentInput, Passage, PassageHit, Plan, ProgressEvent, RankedPassage, ReportSummary, SearchHit, StoredDocument,
} from './types.ts';

export interface SearchRequest {
  query: string;
  /** Groups of alternatives that must all match; providers without boolean search may ignore it. */
  required?: string[][];
  limit: number;
  /**
   * The period a question names (YYYY-MM-DD bounds, inclusive, either open): a provider that can also searches
   * within it, so its top k is taken among sources published then (the local corpus); others may ignore it.
   */
  publishedWithin?: DateRange;
  signal?: AbortSignal;
}

/** Inclusive YYYY-MM-DD bounds; a missing end is open. */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** The scored passages behind the hits (the local corpus): the rank stage re-uses them instead of searching again. */
  passages?: PassageHit[];
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

/** Reads one web hit into a document (the guarded fetcher and extraction), or says why not; `cached`: a stored snapshot re-used. */
export type RemoteReader = (hit: SearchHit, signal?: AbortSignal) => Promise<{ ok: true; document: DocumentInput; cached?: boolean } | { ok: false; reason: string }>;

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
/** One report's run: its cancellation, its model usage, and the warnings its hooks raise along the way. */
export interface RunContext {
  signal?: AbortSignal;
  meter: UsageMeter;
  /** Notes for the report (a planner that fell back, …): published with the report's warnings. */
  warnings: string[];
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
  /** `marks` are set in the same transaction as the documents, so a mark never runs ahead of the data it describes. */
  upsertDocuments(inputs: DocumentInput[], options?: { marks?: Record<string, string> }): Promise<UpsertResult[]>;
  /** A mark set with `upsertDocuments` (how far the demo corpus load got, or that it is complete). */
  getMark(name: string): Promise<string | undefined>;
  countDocuments(): Promise<number>;
  getDocuments(ids: string[]): Promise<StoredDocument[]>;
  getPassages(documentIds: string[]): Promise<Passage[]>;
  /** The newest snapshot of a URL fetched at or after `fetchedAfter` (ISO time): the web source cache. */
  findSnapshot(url: string, options: { fetchedAfter: string }): Promise<StoredDocument | undefined>;
  /**
   * Full-text search over passages, best `limit` first; `documentIds` restricts it to those documents, `publishedWithin`
   * to documents published in that period (the top k is taken within it; documents without a date are left out).
   */
  searchPassages(query: string, options: { limit: number; documentIds?: string[]; required?: string[][]; publishedWithin?: DateRange }): Promise<PassageHit[]>;
  /**
   * Whether `searchPassages` with the same query and options would find anything, without ranking: a cheap "any match?"
   * (the follow-up stage's check). A query with no searchable words finds nothing.
   */
  hasPassages(query: string, options?: { required?: string[][]; publishedWithin?: DateRange }): Promise<boolean>;
  saveReport(report: Report): Promise<void>;
  getReport(idOrSlug: string): Promise<Report | undefined>;
  listReports(options: { limit: number; offset?: number; category?: string }): Promise<ReportSummary[]>;
  close(): Promise<void>;
}

export type Clock = () => Date;
export type IdGenerator = (prefix: string) => string;

// ── The website's contracts: report archive, jobs and their progress, moderation, supporters. ──
// Separate from Store so a backend can grow into them; SiteStore is what the website needs in full.

/** Reading the published reports: search, the same question, categories and what readers read most. */
export interface ReportArchive {
  /** Full-text search over published reports (title, summary, sections, sources), best first. */
  searchReports(query: string, options: { limit: number; offset?: number }): Promise<ReportSummary[]>;
  /** The newest published report for the same question (same normalised words), if any. */
  findReportByQuestion(question: string): Promise<ReportSummary | undefined>;
  listCategories(): Promise<{ category: string; count: number }[]>;
  recordView(reportId: string): Promise<void>;
  listMostRead(options: { limit: number }): Promise<(ReportSummary & { views: number })[]>;
  /** Every published version of a report (the reports on the same question, each recheck one more), oldest first. */
  listVersions(reportId: string): Promise<ReportSummary[]>;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A report being made; its id is the id the report will have. */
export interface ReportJob {
  id: string;
  question: string;
  parentId?: string;
  status: JobStatus;
  /** Why it failed, in words a reader can act on. */
  reason?: string;
  attempts: number;
  createdAt: string;
  updatedAt: string;
}

/** A progress event as stored: numbered per report, so a late reader gets the events so far, in order. */
export interface StoredEvent extends ProgressEvent {
  reportId: string;
  seq: number;
}

export interface ReportJobs {
  /**
   * Queues a job. A store shared by several processes may instead return the active job another one
   * queued a moment before for the same question (its id differs from the one asked for): join that one.
   */
  createJob(job: { id: string; question: string; parentId?: string; createdAt: string }): Promise<ReportJob>;
  getJob(id: string): Promise<ReportJob | undefined>;
  /** A queued or running job for the same question (same normalised words). */
  findActiveJob(question: string): Promise<ReportJob | undefined>;
  /** Queued and running jobs, oldest first: what a restarted runner must pick up. */
  listActiveJobs(): Promise<ReportJob[]>;
  updateJob(id: string, update: { status: JobStatus; at: string; reason?: string; attempts?: number }): Promise<void>;
  appendEvent(reportId: string, event: ProgressEvent): Promise<StoredEvent>;
  /**
   * Several events of one report, numbered in order, in one write: a report's events come in bursts (fifty
   * sources found at once), and every commit to a SQLite store makes each other connection drop its page cache.
   */
  appendEvents(reportId: string, events: ProgressEvent[]): Promise<StoredEvent[]>;
  listEvents(reportId: string, options?: { after?: number }): Promise<StoredEvent[]>;
}

/** Live progress between the process making a report and the processes streaming it to readers. */
export interface EventBus {
  readonly id: string;
  publish(event: StoredEvent): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(reportId: string, listener: (event: StoredEvent) => void): () => void;
}

export interface ReportRequest {
  question: string;
  parentId?: string;
}

export interface ReportQueue {
  readonly id: string;
  /** Queues a report; the same question while one is queued or running joins that job instead. */
  enqueue(request: ReportRequest): Promise<{ job: ReportJob; joined: boolean }>;
}

export type ModerationAction = 'unpublish' | 'republish' | 'correct' | 'delete';

export interface Correction {
  reportId: string;
  at: string;
  note: string;
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: ModerationAction;
  reportId: string;
  detail: string;
}

export interface ReportModeration {
  /** `unpublished` when this report, or any report on the same question, was unpublished (withdrawn). */
  moderationOf(reportId: string): Promise<{ unpublished: boolean; corrections: Correction[] }>;
  /** Whether a report on this question (same normalised words) was unpublished: asking it again is refused. */
  questionWithdrawn(question: string): Promise<boolean>;
  /** Applies the action and writes the audit entry together; false when there is no such report. */
  moderate(request: { action: ModerationAction; reportId: string; actor: string; at: string; note?: string }): Promise<boolean>;
  listCorrections(options: { limit: number }): Promise<(Correction & { slug: string; title: string })[]>;
  listAudit(options: { limit: number }): Promise<AuditEntry[]>;
}

export interface SupportPayment {
  /** The payment provider's event id: a supporter is recorded once per event. */
  eventId: string;
  at: string;
  amountMinor: number;
  currency: string;
  reference?: string;
}

export interface SupporterLedger {
  recordSupport(payment: SupportPayment): Promise<{ recorded: boolean }>;
  supportTally(): Promise<{ supporters: number; totals: { currency: string; amountMinor: number }[] }>;
  listSupport(options: { limit: number }): Promise<SupportPayment[]>;
}

export type SiteStore = Store & ReportArchive & ReportJobs & ReportModeration & SupporterLedger;
