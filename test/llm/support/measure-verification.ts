// Measures what the lexical support score catches (figures in docs/VERIFICATION.md): sentences of the demo
// corpus checked against their own passage, as written and with one controlled change each.
// Run: node test/llm/support/measure-verification.ts [sample size, default 2000]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { splitSentences } from '../../../src/shared/text/sentences.ts';
import { SUPPORT_THRESHOLD } from '../../../src/pipeline/verify/index.ts';
import { supportScore } from '../../../src/pipeline/verify/support-score.ts';

type Change = (sentence: string, other: string) => string | undefined;

const SWAPS: [RegExp, string][] = [
  [/\bwins\b/, 'loses'], [/\bwon\b/, 'lost'], [/\brises\b/, 'falls'], [/\bincreases\b/, 'decreases'], [/\bapproves\b/, 'rejects'],
  [/\bapproved\b/, 'rejected'], [/\bsupports\b/, 'opposes'], [/\barrests\b/, 'releases'], [/\bopens\b/, 'closes'], [/\bbegins\b/, 'ends'],
  [/\bacquires\b/, 'sells'], [/\braises\b/, 'cuts'], [/\bjoins\b/, 'leaves'], [/\baccepts\b/, 'refuses'], [/\bconfirms\b/, 'denies'],
  [/\bkills\b/, 'injures'], [/\battacks\b/, 'defends'], [/\bbans\b/, 'allows'], [/\bsigns\b/, 'vetoes'], [/\bextends\b/, 'shortens'],
];
const COUNTRIES = ['France', 'Brazil', 'Japan', 'Kenya', 'Canada', 'Peru', 'Norway', 'Vietnam'];

/** One controlled change per kind; `expected` is what a correct check would say. */
const CHANGES: { name: string; expected: 'supported' | 'unsupported'; change: Change }[] = [
  { name: 'as written', expected: 'supported', change: (sentence) => sentence },
  { name: 'attributed ("According to reports, ...")', expected: 'supported', change: (sentence) => `According to reports, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` },
  { name: 'first two thirds only', expected: 'supported', change: (sentence) => {
    const words = sentence.split(' ');
    return words.length >= 12 ? `${words.slice(0, Math.ceil((words.length * 2) / 3)).join(' ')}.` : undefined;
  } },
  { name: 'a number changed', expected: 'unsupported', change: (sentence) => (/\b\d+\b/.test(sentence) ? sentence.replace(/\b(\d+)\b/, (number) => String(Number(number) + 7)) : undefined) },
  { name: 'a name swapped', expected: 'unsupported', change: (sentence) => {
    const name = sentence.slice(1).match(/\b[A-Z][a-z]{3,}\b/)?.[0];
    const other = COUNTRIES.find((country) => !sentence.includes(country));
    return name && other ? sentence.replace(new RegExp(`\\b${name}\\b`), other) : undefined;
  } },
  { name: 'two names swapped (who did what to whom)', expected: 'unsupported', change: (sentence) => {
    const names = [...new Set(sentence.slice(1).match(/\b[A-Z][a-z]{3,}\b/g) ?? [])];
    if (names.length < 2) return undefined;
    const [first, second] = names;
    return sentence.replace(new RegExp(`\\b(${first}|${second})\\b`, 'g'), (name) => (name === first ? second : first));
  } },
  { name: 'negation added', expected: 'unsupported', change: (sentence) => (/\b(is|are|was|were|will|has|have)\b/.test(sentence) ? sentence.replace(/\b(is|are|was|were|will|has|have)\b/, '$1 not') : undefined) },
  { name: 'verb swapped for its opposite', expected: 'unsupported', change: (sentence) => {
    const swap = SWAPS.find(([pattern]) => pattern.test(sentence));
    return swap ? sentence.replace(swap[0], swap[1]) : undefined;
  } },
  { name: 'an event added ("..., and the government resigns")', expected: 'unsupported', change: (sentence) => `${sentence.replace(/\.$/, '')}, and the government resigns.` },
  { name: 'another passage cited', expected: 'unsupported', change: (_sentence, other) => other },
];

function sample(size: number): { sentence: string; passage: string }[] {
  const file = path.resolve(import.meta.dirname, '../../../data/demo/current-events.jsonl.gz');
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').slice(1).filter(Boolean);
  const picked: { sentence: string; passage: string }[] = [];
  // A fixed stride through the corpus: the same sample every run.
  const stride = Math.max(1, Math.floor(lines.length / size));
  for (let index = 0; index < lines.length && picked.length < size; index += stride) {
    const text = (JSON.parse(lines[index]) as { text: string }).text;
    const sentence = splitSentences(text).find((candidate) => candidate.split(' ').length >= 8);
    if (sentence) picked.push({ sentence, passage: text });
  }
  return picked;
}

function measure(size: number) {
  const items = sample(size);
  const rows = CHANGES.map(({ name, expected, change }) => {
    let cases = 0;
    let passed = 0;
    let judged = 0;
    let unseen = 0;
    items.forEach((item, index) => {
      const other = items[(index + 97) % items.length].sentence;
      const changed = change(item.sentence, other);
      if (!changed || changed === item.sentence && name !== 'as written') return;
      const reading = supportScore(changed, item.passage);
      cases++;
      if (reading.score >= SUPPORT_THRESHOLD) passed++;
      // With a judge configured, these go to it (verify/index.ts): uncertain scores, or passing ones with words the source lacks.
      if ((reading.score >= SUPPORT_THRESHOLD / 2 && reading.score < SUPPORT_THRESHOLD) || (reading.score >= SUPPORT_THRESHOLD && (reading.unmatched.length > 0 || reading.reordered))) judged++;
      // Accepted on the lexical score alone even with a judge configured.
      else if (reading.score >= SUPPORT_THRESHOLD) unseen++;
    });
    return { name, expected, cases, passed: passed / cases, judged: judged / cases, unseen: unseen / cases };
  });
  return { sentences: items.length, rows };
}

if (import.meta.main) {
  const { sentences, rows } = measure(Number(process.argv[2] ?? 2000));
  console.log(`${sentences} sentences from the demo corpus, threshold ${SUPPORT_THRESHOLD}\n`);
  console.log('| change | a correct check says | cases | lexical score alone passes it | with a judge: sent to the judge | with a judge: passed unseen |');
  console.log('|---|---|---|---|---|---|');
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  for (const row of rows) console.log(`| ${row.name} | ${row.expected} | ${row.cases} | ${percent(row.passed)} | ${percent(row.judged)} | ${percent(row.unseen)} |`);
}
