// Question answering on the dev set in data/dev/questions.jsonl (factual, why, what-happened, positions and
// unanswerable questions over the demo corpus): whole reports through runReport, offline and extractive,
// scored by automatic proxies: a gold answer in the summary or bottom line, declines, stances, headings,
// follow-ups (well formed and finding something in the store) and the share of on-topic sentences.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Store } from '../src/contracts/ports.ts';
import { ensureDemoCorpus } from '../src/adapters/demo-corpus/demo-corpus.ts';
import type { Report } from '../src/contracts/schema.ts';
import { findsSomething } from '../src/pipeline/follow-up/finds.ts';
import { isSoundFollowUp } from '../src/pipeline/follow-up/sound.ts';
import { runReport } from '../src/pipeline/run-report.ts';
import { createLocalCorpusSearch } from '../src/adapters/search-providers/local-corpus.ts';
import { createSqliteStore } from '../src/adapters/store/sqlite/sqlite-store.ts';
import { jaccard } from '../src/shared/text/similarity.ts';
import { findActors } from '../src/shared/actors/actors.ts';
import { frameOf } from '../src/shared/language/event-frame.ts';
import { heuristicUnderstand } from '../src/pipeline/understand/heuristic-understand.ts';
import { plainWords } from '../src/shared/language/names.ts';
import { createExtractiveWriter } from '../src/pipeline/write/index.ts';
import type { BenchResult } from './bench-types.ts';
import { markdownTable } from './report-format.ts';

export const QUESTIONS_FILE = path.resolve(import.meta.dirname, '../data/dev/questions.jsonl');

export interface DevQuestion { id: string; question: string; type: string; answers: string[]; stances?: Record<string, string> }
export interface QuestionOutcome extends DevQuestion { report: Report; followUpsFinding: boolean[] }

export function loadQuestions(file = QUESTIONS_FILE): DevQuestion[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as DevQuestion);
}

export async function evaluateQuestions(store: Store, questions: DevQuestion[]): Promise<QuestionOutcome[]> {
  const providers = [createLocalCorpusSearch({ store })];
  const outcomes: QuestionOutcome[] = [];
  for (const question of questions) {
    const report = await runReport({ question: question.question, providers, store, writer: createExtractiveWriter(), clock: () => new Date('2026-12-01T00:00:00Z') });
    // A follow-up is useful only if asking it finds something: searched in the same store with its names required.
    const followUpsFinding = await Promise.all(report.followUps.map((followUp) => findsSomething(store, heuristicUnderstand(followUp))));
    outcomes.push({ ...question, report, followUpsFinding });
  }
  return outcomes;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function answeredBy(report: Report, answers: string[]): boolean {
  const text = fold([...report.summary, ...report.bottomLine].map((sentence) => sentence.text).join(' '));
  return answers.some((answer) => text.includes(fold(answer)));
}

/** 2–7 words, and not a list of phrases hung on an actor ("Russia (opposes): membership, alliance and summit"). */
export function isReadableHeading(heading: string): boolean {
  const words = heading.split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 7 && !/\((supports|opposes|mixed|cautious|unclear)\)/.test(heading) && !/:.*,.*\band\b/.test(heading);
}

/**
 * A question ending in "?", starting with a question word, without doubled words or unfilled slots, no name
 * asked about itself ("What is Germany's current position on Germany?"), and not a generic filler that would
 * fit any report ("What do critics say about X?").
 */
export function isWellFormedFollowUp(question: string, others: string[] = []): boolean {
  if (!isSoundFollowUp(question)) return false;
  if (/^(What is the background to|Who are the main actors involved in|What are the latest developments on|What do critics say about|What happens next on|Which sources have reported on|How has coverage of)\b/.test(question)) return false;
  // Distinct: not the same question as another follow-up of the report with one word changed.
  const words = new Set(plainWords(question));
  return !others.some((other) => other !== question && jaccard(words, new Set(plainWords(other))) >= 0.8);
}

/**
 * A sentence is on topic when it names one of the question's names — as written, or as the same actor under
 * another of its names ("Argentine", "Milei" for Argentina; "UK" for the United Kingdom) — or, when the
 * question has no names, shares a content lemma with it.
 */
export function onTopicCounts(report: Report, question: string): { on: number; all: number } {
  const frame = frameOf(question);
  const names = frame.names.map((name) => name.words).filter((words) => words.length > 0);
  const actors = new Set(frame.names.flatMap((name) => (name.actor ? [name.actor] : [])));
  const sentences = [...report.summary, ...report.sections.flatMap((section) => section.sentences), ...report.bottomLine];
  const on = sentences.filter((sentence) => {
    const words = new Set(plainWords(sentence.text));
    if (findActors(sentence.text).some((mention) => actors.has(mention.actor.name))) return true;
    if (names.length > 0) return names.some((name) => name.every((word) => words.has(word)) || name.some((word) => word.length > 3 && words.has(word)));
    const content = frameOf(sentence.text).content;
    return [...frame.content].some((lemma) => content.has(lemma));
  }).length;
  return { on, all: sentences.length };
}

function share(part: number, whole: number): string {
  return whole === 0 ? '—' : `${part}/${whole} (${((100 * part) / whole).toFixed(0)} %)`;
}

export function scoreQuestions(outcomes: QuestionOutcome[]) {
  const answerable = outcomes.filter((outcome) => outcome.answers.length > 0);
  const unanswerable = outcomes.filter((outcome) => outcome.answers.length === 0);
  const answered = answerable.filter((outcome) => answeredBy(outcome.report, outcome.answers));
  const falseDeclines = answerable.filter((outcome) => outcome.report.insufficientEvidence);
  const correctDeclines = unanswerable.filter((outcome) => outcome.report.insufficientEvidence);
  const stancePairs = outcomes.flatMap((outcome) => Object.entries(outcome.stances ?? {}).map(([actor, stance]) => ({ outcome, actor, stance })));
  // A superseded row ("NATO (superseded, 2008)") is history, not the actor's position: it never scores.
  const stanceRight = stancePairs.filter(({ outcome, actor, stance }) => outcome.report.positions?.some((position) => !position.actor.includes('(superseded') && fold(position.actor).startsWith(fold(actor)) && position.stance === stance));
  const headings = outcomes.flatMap((outcome) => outcome.report.sections.map((section) => section.heading));
  const followUps = outcomes.flatMap((outcome) => outcome.report.followUps.map((question, index) => ({ question, finds: outcome.followUpsFinding[index], others: outcome.report.followUps })));
  const validFollowUps = followUps.filter(({ question, finds, others }) => finds && isWellFormedFollowUp(question, others));
  const topic = outcomes.map((outcome) => onTopicCounts(outcome.report, outcome.question)).reduce((sum, counts) => ({ on: sum.on + counts.on, all: sum.all + counts.all }), { on: 0, all: 0 });
  return { answerable, unanswerable, answered, falseDeclines, correctDeclines, stancePairs, stanceRight, headings, readable: headings.filter(isReadableHeading), followUps, validFollowUps, topic };
}

export function formatQuestions(outcomes: QuestionOutcome[]): BenchResult {
  const s = scoreQuestions(outcomes);
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const rows: [string, string, string, boolean][] = [
    ['answered (gold string in summary or bottom line)', share(s.answered.length, s.answerable.length), '≥ 90 %', ratio(s.answered.length, s.answerable.length) >= 0.9],
    ['false declines', share(s.falseDeclines.length, s.answerable.length), '≤ 5 %', ratio(s.falseDeclines.length, s.answerable.length) <= 0.05],
    ['correct declines', share(s.correctDeclines.length, s.unanswerable.length), '100 %', s.correctDeclines.length === s.unanswerable.length],
    ['stance accuracy', share(s.stanceRight.length, s.stancePairs.length), '≥ 85 %', ratio(s.stanceRight.length, s.stancePairs.length) >= 0.85],
    ['readable headings (2–7 words, no "Actor (stance): a, b and c")', share(s.readable.length, s.headings.length), '≥ 95 %', ratio(s.readable.length, s.headings.length) >= 0.95],
    ['valid follow-ups (well formed, no self-reference or filler, distinct, a search with their names finds something)', share(s.validFollowUps.length, s.followUps.length), '≥ 95 %', ratio(s.validFollowUps.length, s.followUps.length) >= 0.95],
    ['on-topic sentences', share(s.topic.on, s.topic.all), '≥ 95 %', ratio(s.topic.on, s.topic.all) >= 0.95],
  ];
  const table = markdownTable(['measure', 'result', 'target', 'met'], rows.map(([measure, result, target, met]) => [measure, result, target, met ? 'yes' : '**no**']));
  const byType = [...new Set(outcomes.map((outcome) => outcome.type))].map((type) => {
    const ofType = outcomes.filter((outcome) => outcome.type === type);
    const right = ofType.filter((outcome) => (outcome.answers.length === 0 ? outcome.report.insufficientEvidence : answeredBy(outcome.report, outcome.answers)));
    return [type, share(right.length, ofType.length)];
  });
  const misses = outcomes
    .filter((outcome) => (outcome.answers.length === 0 ? !outcome.report.insufficientEvidence : !answeredBy(outcome.report, outcome.answers)))
    .map((outcome) => `- ${outcome.id} (${outcome.type}${outcome.report.insufficientEvidence ? ', declined' : ''}): ${outcome.question}`);
  const met = rows.every((row) => row[3]);
  return {
    name: 'questions',
    title: 'Question answering (dev set data/dev/questions.jsonl, offline extractive engine)',
    table: `${table}\n\n${markdownTable(['question type', 'right'], byType)}`,
    line: `questions: answered ${rows[0][1]}, false declines ${rows[1][1]}, correct declines ${rows[2][1]}, stance ${rows[3][1]}, headings ${rows[4][1]}, follow-ups ${rows[5][1]}, on-topic ${rows[6][1]}`,
    notes: misses.length > 0 ? `Misses:\n${misses.join('\n')}` : undefined,
    summary: { measure: 'questions answered / stance accuracy', target: '≥ 90 % / ≥ 85 %', result: `${rows[0][1]} / ${rows[3][1]}`, met },
  };
}

export async function runQuestionsBench(): Promise<BenchResult> {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-questions-'));
  const store = createSqliteStore({ file: process.env.CROSSCHECK_BENCH_STORE ?? path.join(folder, 'store.db') });
  try {
    await ensureDemoCorpus(store);
    return formatQuestions(await evaluateQuestions(store, loadQuestions()));
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
