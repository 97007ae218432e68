// Stage 6, verify: every drafted sentence is checked against the passages it cites. Citations become
// numbered sources; unsupported sentences are repaired (when a repairer is given) or dropped.
import { BEST_RATING, gradeOf, WORST_RATING } from '../../shared/claims/verdict-scale.ts';
import type { Sentence, Source, Verdict } from '../../contracts/schema.ts';
import type { Draft, DraftSentence, Judgement, PassageRecord, StoredDocument, VerifyResult } from '../../contracts/types.ts';
import { looksLikeInjection } from './llm-injection.ts';
import { comparisonSupport } from './comparison-check.ts';
import { supportScore, type SupportReading } from './support-score.ts';
import { dayPhrase, isDayDatedItem } from '../../shared/text/day-phrase.ts';

export const SUPPORT_THRESHOLD = 0.6;
/** Sentences checked at once: a judge or a repair is a model call, and a report has dozens of sentences. */
const CHECK_CONCURRENCY = 4;

export type { Judgement, PassageRecord } from '../../contracts/types.ts';

export interface VerifyOptions {
  draft: Draft;
  passages: Map<string, PassageRecord>;
  threshold?: number;
  /** Asked about sentences whose lexical score is uncertain (an LLM judge). */
  judge?: (sentence: string, passages: PassageRecord[]) => Promise<Judgement>;
  /** Rewrites an unsupported sentence once from the passages it should rest on. */
  repair?: (sentence: DraftSentence, passages: PassageRecord[]) => Promise<DraftSentence | undefined>;
}

export type { VerifyResult } from '../../contracts/types.ts';

export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const { draft } = options;
  const numbering = new Map<string, number>();
  const sources: Source[] = [];
  const stats = { sentencesChecked: 0, sentencesRepaired: 0, sentencesDropped: 0 };
  const counts = { citationsRemoved: 0 };
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
  // Checked concurrently, then numbered in reading order, so the result does not depend on which call ends first.
  const drafted = [...draft.summary, ...draft.sections.flatMap((section) => section.sentences), ...(draft.positions ?? []).flatMap((position) => position.reasons), ...draft.bottomLine, ...(draft.verdict?.reason ?? [])];
  const checked = new Map(await mapConcurrently(drafted, CHECK_CONCURRENCY, async (sentence) => [sentence, await checkSentence(sentence, options, counts)] as const));
  const check = async (sentences: DraftSentence[]): Promise<Sentence[]> => {
    const kept: Sentence[] = [];
    for (const sentence of sentences) {
      stats.sentencesChecked++;
      const result = checked.get(sentence);
      // A repair can land on a sentence the block already says: once is enough.
      if (!result || kept.some((earlier) => earlier.text === result.sentence.text)) {
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
    verdict: draft.verdict && verdictReason.length > 0 ? verdictOf(draft.verdict, verdictReason) : undefined,
    sources,
    stats: counts.citationsRemoved > 0 ? { ...stats, ...counts } : stats,
  };
}

async function mapConcurrently<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The verdict with its ClaimReview-ready rating (src/shared/claims/verdict-scale.ts). */
function verdictOf(verdict: NonNullable<Draft['verdict']>, reason: Sentence[]): Verdict {
  const rating = { value: gradeOf(verdict.label).rating, best: BEST_RATING, worst: WORST_RATING, alternateName: verdict.label };
  return { label: verdict.label, reason, ...(verdict.claimReviewed ? { claimReviewed: verdict.claimReviewed } : {}), rating };
}

interface Checked {
  sentence: DraftSentence;
  records: PassageRecord[];
  score: number;
  quotes: { record: PassageRecord; text: string }[];
  repaired: boolean;
}

async function checkSentence(sentence: DraftSentence, options: VerifyOptions, counts: { citationsRemoved: number }, repaired = false): Promise<Checked | undefined> {
  const threshold = options.threshold ?? SUPPORT_THRESHOLD;
  // A citation that points at no passage we read, or at a passage that addresses an AI model (a prompt
  // injection), is removed before anything else: it can never be published.
  const cited = [...new Set(sentence.passageIds)];
  const records = cited.flatMap((id) => {
    const record = options.passages.get(id);
    return record && !looksLikeInjection(record.passage.text) ? [record] : [];
  });
  counts.citationsRemoved += cited.length - records.length;
  const readings = records.map((record) => ({ record, reading: readingFor(sentence, record) }));
  let supporting = readings.filter(({ reading }) => reading.score >= threshold);
  let score = Math.max(0, ...readings.map(({ reading }) => reading.score));
  // With a judge at hand, lexical support is trusted only when the source has every content word of the
  // sentence (one that adds a word, "NATO has dissolved ...", may keep the rest) and names the actors in
  // the same order (the words of "B attacks A" are all in "A attacks B").
  const confident = options.judge ? supporting.filter(({ reading }) => reading.unmatched.length === 0 && !reading.reordered) : supporting;
  if (confident.length === 0 && records.length > 0 && options.judge && score >= threshold / 2) {
    const judgement = await options.judge(sentence.text, records).catch(() => undefined);
    // "partly" is not enough: the sentence goes on to repair, which can keep the part that is supported.
    const quote = judgement?.verdict === 'supported' ? judgement.quote?.replace(/\s+/g, ' ').trim() : undefined;
    if (quote && quote.split(' ').length >= 3) {
      const record = records.find((candidate) => candidate.passage.text.replace(/\s+/g, ' ').includes(quote));
      if (record) return { sentence, records: [record], score: Math.max(threshold, score), quotes: [{ record, text: quote }], repaired };
    }
    // A judge that could not be asked leaves the lexical reading in charge.
    if (judgement) supporting = [];
  }
  if (supporting.length > 0) {
    score = Math.max(...supporting.map(({ reading }) => reading.score));
    const kept = supporting.map(({ record }) => record);
    return { sentence: { ...sentence, passageIds: kept.map((record) => record.passage.id) }, records: kept, score, quotes: supporting.map(({ record, reading }) => ({ record, text: reading.quote })), repaired };
  }
  if (!repaired && options.repair) {
    const candidates = repairCandidates(sentence, records, options, threshold);
    const rewritten = candidates.length > 0 ? await options.repair(sentence, candidates) : undefined;
    if (rewritten) return checkSentence(rewritten, options, counts, true);
  }
  return undefined;
}

/**
 * A dated news item's day is part of what it says ("On 4 April 2023, Finland joins NATO"), so a sentence
 * may carry that date; a comparison sentence is checked by its own rule.
 */
function readingFor(sentence: DraftSentence, record: PassageRecord): SupportReading {
  const dated = datedText(record);
  if (sentence.basis?.kind === 'comparison') {
    const reading = comparisonSupport(sentence.text, sentence.basis.claim, dated, record.document.publishedAt);
    return { score: reading.score, quote: record.passage.text, reasons: reading.unexplained.length > 0 ? [`words in neither claim nor source: ${reading.unexplained.join(', ')}`] : [], unmatched: reading.unexplained, reordered: false };
  }
  return supportScore(sentence.text, dated);
}

/** A day-dated event item (Wikipedia's Current Events) reports what happened on its day. */
export function datedText(record: PassageRecord): string {
  const { publishedAt, kind } = record.document;
  return isDayDatedItem(kind, publishedAt) ? `On ${dayPhrase(publishedAt)}, ${record.passage.text}` : record.passage.text;
}

/** "The right passages" for a rewrite: those it cited, then the few read passages that bear on it most. */
function repairCandidates(sentence: DraftSentence, cited: PassageRecord[], options: VerifyOptions, threshold: number): PassageRecord[] {
  const nearest = [...options.passages.values()]
    .filter((record) => !cited.includes(record) && !looksLikeInjection(record.passage.text))
    .map((record) => ({ record, score: supportScore(sentence.text, record.passage.text).score }))
    .filter((entry) => entry.score >= threshold / 2)
    .sort((left, right) => right.score - left.score)
    .slice(0, 3);
  return [...cited, ...nearest.map((entry) => entry.record)];
}
