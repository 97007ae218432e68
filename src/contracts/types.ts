// Pipeline-internal shapes that flow between stages (the published shapes are in schema.ts).
import type { Report, Sentence, Source, SourceKind, Stance, Verdict, VerdictLabel } from './schema.ts';

/** A document as ingested or fetched: the snapshot a source points at. */
export interface DocumentInput {
  url: string;
  title: string;
  outlet: string;
  publishedAt?: string;
  fetchedAt: string;
  kind: SourceKind;
  text: string;
  byline?: string;
  /** Topic labels (e.g. the Current Events portal headings); searched with the text. */
  topics?: string[];
  /** Where it came from: `ingest`, `demo`, a search provider id, ... */
  origin: string;
}

export interface StoredDocument extends DocumentInput {
  id: string;
  contentHash: string;
}

export interface Passage {
  id: string;
  documentId: string;
  ordinal: number;
  text: string;
}

export interface PassageHit {
  passage: Passage;
  document: StoredDocument;
  /** Higher is better (the store turns backend scores into this direction). */
  score: number;
}

export interface Facet {
  name: string;
  query: string;
  /** Groups of alternative phrases that must all match (e.g. [["NATO", "North Atlantic Treaty Organization"]]). */
  required?: string[][];
}

export interface Plan {
  question: string;
  kind: 'question' | 'claim';
  category: string;
  entities: string[];
  /** Content words of the question, lower-cased, in order. */
  terms: string[];
  facets: Facet[];
  subQueries: string[];
  /** The thing the question is about, as a noun phrase ("Ukraine joining NATO"). */
  topic: string;
  asksPositions: boolean;
  timeFrame?: { from?: string; to?: string };
  /** A claim's time (YYYY-MM-DD interval): sources from then rank higher, others are still read and compared. */
  timeHint?: { from: string; to: string };
}

export interface SearchHit {
  url: string;
  title: string;
  snippet: string;
  outlet?: string;
  publishedAt?: string;
  kind?: SourceKind;
  provider: string;
  /** Set when the hit is already a stored document (local corpus). */
  documentId?: string;
  score: number;
}

export interface ReadDocument {
  document: StoredDocument;
  passages: Passage[];
}

export interface RankedPassage {
  passage: Passage;
  document: StoredDocument;
  score: number;
  facets: string[];
}

/** A sentence as a writer drafts it: it cites passage ids, not source numbers. */
export interface DraftSentence {
  text: string;
  passageIds: string[];
  /** A fact-checker's comparison of a claim with its source: checked for using only their words (verify/comparison-check.ts). */
  basis?: { kind: 'comparison'; claim: string };
}

export interface DraftPosition {
  actor: string;
  stance: Stance;
  reasons: DraftSentence[];
}

export interface Draft {
  summary: DraftSentence[];
  sections: { heading: string; sentences: DraftSentence[] }[];
  positions?: DraftPosition[];
  bottomLine: DraftSentence[];
  /** Claim mode: `claimReviewed` is the claim as checked (ClaimReview's field of that name). */
  verdict?: { label: VerdictLabel; reason: DraftSentence[]; claimReviewed?: string };
  /** Plain statements about coverage; they carry no citations. */
  limits: string[];
  insufficientEvidence: boolean;
  warnings: string[];
}

export const PROGRESS_TYPES = ['plan', 'search', 'source-found', 'read', 'write', 'section', 'verify', 'done', 'error'] as const;
export type ProgressType = (typeof PROGRESS_TYPES)[number];

export interface ProgressEvent {
  type: ProgressType;
  at: string;
  message: string;
  data?: Record<string, unknown>;
}

export type ProgressListener = (event: ProgressEvent) => void;

export interface ReportSummary {
  id: string;
  slug: string;
  title: string;
  question: string;
  kind: Report['kind'];
  category: string;
  checkedAt: string;
  parentId?: string;
  sourceCount: number;
}

/** A passage with the document it belongs to: what verify checks a sentence against. */
export interface PassageRecord {
  passage: Passage;
  document: StoredDocument;
}

/** A judge's reading of one sentence against the passages it cites. */
export interface Judgement {
  verdict: 'supported' | 'partly' | 'not supported';
  quote?: string;
}

/** What verify returns: the checked sentences with numbered sources, ready to publish. */
export interface VerifyResult {
  summary: Sentence[];
  sections: { heading: string; sentences: Sentence[] }[];
  positions?: { actor: string; stance: NonNullable<Draft['positions']>[number]['stance']; reasons: Sentence[] }[];
  bottomLine: Sentence[];
  verdict?: Verdict;
  sources: Source[];
  /** `citationsRemoved` (present when above 0): citations to no passage read, or to one that addresses an AI model. */
  stats: { sentencesChecked: number; sentencesRepaired: number; sentencesDropped: number; citationsRemoved?: number };
}
