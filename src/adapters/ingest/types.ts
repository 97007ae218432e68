// Shapes shared by the ingest readers and the orchestrator: what a reader gets and what it returns.
import type { DocumentInput } from '../../contracts/types.ts';

/** A document as a reader produces it; the orchestrator adds fetchedAt and origin. */
export type FileDocument = Omit<DocumentInput, 'fetchedAt' | 'origin'>;

export interface ReaderInput {
  /** Absolute path. */
  path: string;
  /** `file://` URL of the path. */
  url: string;
  bytes: Uint8Array;
  /** The decoded text, for text formats. */
  text: string;
}

export type ReadOutcome =
  | { ok: true; documents: FileDocument[]; warnings: string[] }
  | { ok: false; reason: string };

export type IngestResult =
  | { file: string; ok: true; documents: number; created: number; duplicates: number; warnings: string[] }
  | { file: string; ok: false; reason: string };

export function rejected(reason: string): ReadOutcome {
  return { ok: false, reason };
}

export function accepted(documents: FileDocument[], warnings: string[] = []): ReadOutcome {
  return { ok: true, documents, warnings };
}
