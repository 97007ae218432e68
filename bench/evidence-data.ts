// The claim sets the evidence benchmark reads: SciFact dev claims with sentence-level rationales, and
// CLIMATE-FEVER claims with five labelled Wikipedia evidence sentences each.
import path from 'node:path';
import { missingData, readJsonl } from './data-files.ts';

export interface SciFactAbstract {
  id: string;
  title: string;
  sentences: string[];
}

export interface SciFactClaim {
  id: number;
  claim: string;
  label: 'SUPPORT' | 'CONTRADICT';
  /** Abstract id → indices of its sentences that belong to a gold rationale. */
  rationales: Map<string, Set<number>>;
}

export interface ClimateEvidence {
  claim: string;
  evidence: string;
  label: 'SUPPORTS' | 'REFUTES' | 'NOT_ENOUGH_INFO';
}

interface RawClaim {
  id: number;
  claim: string;
  evidence: Record<string, { sentences: number[]; label: 'SUPPORT' | 'CONTRADICT' }[]>;
}

export function loadSciFactClaims(dataDir: string): { corpus: SciFactAbstract[]; claims: SciFactClaim[] } | { skipped: string } {
  const folder = path.join(dataDir, 'claims', 'scifact');
  const skipped = missingData('evidence', folder, ['corpus.jsonl', 'claims_dev.jsonl']);
  if (skipped) return { skipped };
  const corpus = readJsonl<{ doc_id: number; title: string; abstract: string[] }>(path.join(folder, 'corpus.jsonl')).map((row) => ({
    id: String(row.doc_id), title: row.title, sentences: row.abstract,
  }));
  // Claims without evidence are "not enough info": they have no rationale to find.
  const claims = readJsonl<RawClaim>(path.join(folder, 'claims_dev.jsonl'))
    .filter((row) => Object.keys(row.evidence).length > 0)
    .map((row) => ({
      id: row.id,
      claim: row.claim,
      label: Object.values(row.evidence)[0][0].label,
      rationales: new Map(Object.entries(row.evidence).map(([document, sets]) => [document, new Set(sets.flatMap((set) => set.sentences))])),
    }));
  return { corpus, claims };
}

export function loadClimateFever(dataDir: string): ClimateEvidence[] | { skipped: string } {
  const folder = path.join(dataDir, 'claims', 'climate-fever');
  const skipped = missingData('evidence', folder, ['climate-fever.jsonl']);
  if (skipped) return { skipped };
  return readJsonl<{ claim: string; evidences: { evidence: string; evidence_label: ClimateEvidence['label'] }[] }>(
    path.join(folder, 'climate-fever.jsonl'),
  ).flatMap((row) => row.evidences.map((evidence) => ({ claim: row.claim, evidence: evidence.evidence, label: evidence.evidence_label })));
}
