// Stage 6, verify: every drafted sentence is checked against the passages it cites. Citations become
// numbered sources; unsupported sentences are repaired (when a repairer is given) or dropped.
import type { Sentence, Source } from '../model/schema.ts';
import type { Draft, DraftSentence, Passage, StoredDocument } from '../model/types.ts';
import { supportScore } from './support-score.ts';

export const SUPPORT_THRESHOLD = 0.6;

export interface PassageRecord {
  passage: Passage;
  document: StoredDocument;
}

export interface Judgement {
  verdict: 'supported' | 'partly' | 'not supported';
  quote?: string;
}

export interface VerifyOptions {
  draft: Draft;
  passages: Map<string, PassageRecord>;
  threshold?: number;
  /** Asked about sentences whose lexical score is uncertain (an LLM judge). */
  judge?: (sentence: string, passages: PassageRecord[]) => Promise<Judgement>;
  /** Rewrites an unsupported sentence once from the passages it should rest on. */
  repair?: (sentence: DraftSentence, passages: PassageRecord[]) => Promise<DraftSentence | undefined>;
}

export interface VerifyResult {
  summary: Sentence[];
  sections: { heading: string; sentences: Sentence[] }[];
  positions?: { actor: string; stance: NonNullable<Draft['positions']>[number]['stance']; reasons: Sentence[] }[];
  bottomLine: Sentence[];
  verdict?: { label: NonNullable<Draft['verdict']>['label']; reason: Sentence[] };
  sources: Source[];
  stats: { sentencesChecked: number; sentencesRepaired: number; sentencesDropped: number };
}

export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const { draft } = options;
  const numbering = new Map<string, number>();
  const sources: Source[] = [];
  const stats = { sentencesChecked: 0, sentencesRepaired: 0, sentencesDropped: 0 };
  const numberFor = (document: StoredDocument): number => {
    let n = numbering.get(document.id);
    if (n === undefined) {
      n = sources.length + 1;
      numbering.set(document.id, n);
      const { url, title, outlet, publishedAt, fetchedAt, kind, contentHash, id } = document;
      sources.push({ n, url, title, outlet, publishedAt, fetchedAt, kind, contentHash, documentId: id });
    }
    return n;
  };
  const check = async (sentences: DraftSentence[]): Promise<Sentence[]> => {
    const kept: Sentence[] = [];
    for (const sentence of sentences) {
      stats.sentencesChecked++;
      const result = await checkSentence(sentence, options);
      if (!result) {
        stats.sentencesDropped++;
        continue;
      }
      if (result.repaired) stats.sentencesRepaired++;
      kept.push({
        text: result.sentence.text,
        cites: [...new Set(result.records.map((record) => numberFor(record.document)))],
        support: { score: result.score, quotes: result.quotes.map(({ record, text }) => ({ source: numberFor(record.document), text })) },
      });
    }
    return kept;
  };
  const summary = await check(draft.summary);
  const sections = [];
  for (const section of draft.sections) {
    const sentences = await check(section.sentences);
    if (sentences.length > 0) sections.push({ heading: section.heading, sentences });
  }
  const positions = [];
  for (const position of draft.positions ?? []) {
    const reasons = await check(position.reasons);
    if (reasons.length > 0) positions.push({ actor: position.actor, stance: position.stance, reasons });
  }
  const bottomLine = await check(draft.bottomLine);
  const verdictReason = draft.verdict ? await check(draft.verdict.reason) : [];
  return {
    summary,
    sections,
    positions: draft.positions ? positions : undefined,
    bottomLine,
    verdict: draft.verdict && verdictReason.length > 0 ? { label: draft.verdict.label, reason: verdictReason } : undefined,
    sources,
    stats,
  };
}

interface Checked {
  sentence: DraftSentence;
  records: PassageRecord[];
  score: number;
  quotes: { record: PassageRecord; text: string }[];
  repaired: boolean;
}

async function checkSentence(sentence: DraftSentence, options: VerifyOptions, repaired = false): Promise<Checked | undefined> {
  const threshold = options.threshold ?? SUPPORT_THRESHOLD;
  // A citation that points at no passage we read is removed before anything else: it can never be published.
  const records = sentence.passageIds.flatMap((id) => options.passages.get(id) ?? []);
  const readings = records.map((record) => ({ record, reading: supportScore(sentence.text, record.passage.text) }));
  const supporting = readings.filter(({ reading }) => reading.score >= threshold);
  let score = Math.max(0, ...readings.map(({ reading }) => reading.score));
  if (supporting.length === 0 && records.length > 0 && options.judge && score >= threshold / 2) {
    const judgement = await options.judge(sentence.text, records);
    if (judgement.verdict === 'supported' && judgement.quote) {
      const record = records.find((candidate) => candidate.passage.text.includes(judgement.quote!));
      if (record) return { sentence, records: [record], score: threshold, quotes: [{ record, text: judgement.quote }], repaired };
    }
  }
  if (supporting.length > 0) {
    score = Math.max(...supporting.map(({ reading }) => reading.score));
    const kept = supporting.map(({ record }) => record);
    return { sentence: { ...sentence, passageIds: kept.map((record) => record.passage.id) }, records: kept, score, quotes: supporting.map(({ record, reading }) => ({ record, text: reading.quote })), repaired };
  }
  if (!repaired && options.repair && records.length > 0) {
    const rewritten = await options.repair(sentence, records);
    if (rewritten) return checkSentence(rewritten, options, true);
  }
  return undefined;
}
