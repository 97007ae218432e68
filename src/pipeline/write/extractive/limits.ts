// "What the sources do and do not say": how much evidence there is, and what no source found covers.
import { membersOf } from '../../../shared/actors/actors.ts';
import type { Plan } from '../../../contracts/types.ts';
import { stem } from '../../../shared/text/tokens.ts';
import { analyse } from '../../../shared/language/nlp.ts';
import { plainWords } from '../../../shared/language/names.ts';
import { isFactual, namesIn, type QuestionFrame } from '../../../shared/language/question-frame.ts';
import { type Candidate, STEERING } from './candidates.ts';
import { joinWords } from './sections.ts';

export interface LimitsInput {
  plan: Plan;
  question: QuestionFrame;
  used: Candidate[];
  /** Sentences that state the answer outright. */
  answers: Candidate[];
  outlets: string[];
  positionsActors: string[];
  /** The day the report is checked (YYYY-MM-DD). */
  today: string;
}

const STALE_AFTER_DAYS = 31;

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

export function describeLimits({ plan, question, used, answers, outlets, positionsActors, today }: LimitsInput): string[] {
  const limits: string[] = [];
  const dates = used.flatMap((candidate) => (candidate.publishedAt ? [candidate.publishedAt.slice(0, 10)] : [])).sort();
  const documents = new Set(used.map((candidate) => candidate.documentId)).size;
  const span = dates.length > 0 ? `, dated ${dates[0]} to ${dates.at(-1)}` : '';
  limits.push(`The report rests on ${documents} source${documents === 1 ? '' : 's'}${span}, from ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}.`);
  limits.push(...settledness(question, answers));
  // Every "no source found X" is checked against the report's own sentences, by name, lemma and event.
  const text = used.map((candidate) => candidate.text).join(' ');
  const words = new Set(plainWords(text));
  const lemmas = new Set(analyse(text).map((token) => token.lemma));
  const missingNames = question.names.filter((name) => !namesIn(words, text, name)).map((name) => name.surface.replace(/^the\s+/i, ''));
  if (missingNames.length > 0) limits.push(`No source found mentions ${joinWords(missingNames)}.`);
  const eventStated = used.some((candidate) => candidate.match.eventAny);
  const missingTerms = question.lemmas.filter(
    (lemma) => lemma.length > 3 && !lemmas.has(lemma) && !words.has(lemma) && !STEERING.some((prefix) => stem(lemma).startsWith(prefix)) &&
      !(eventStated && question.event.includes(lemma)) && !missingNames.some((name) => name.toLowerCase().includes(lemma)),
  );
  if (missingTerms.length > 0) limits.push(`No sentence in this report uses the question's words ${joinWords(missingTerms.map((term) => `"${term}"`))} or their other forms, so those aspects are not covered.`);
  if (plan.asksPositions) {
    for (const entity of plan.entities) {
      const members = membersOf(entity);
      if (!members || !/\bmembers?\b|\bcountries\b|\ballies\b|\bstates\b/i.test(plan.question)) continue;
      const silent = members.filter((member) => !positionsActors.includes(member));
      if (silent.length > 0) {
        limits.push(`No source found states the position of ${silent.length} of the ${members.length} ${entity} members: ${joinWords(silent)}.`);
      }
    }
    if (/\breasons?\b|\bwhy\b/i.test(plan.question) && !used.some((candidate) => /\b(because|citing|cites|due to|over concerns?|would|so that|in order to|warn(s|ed)?)\b/i.test(candidate.text))) {
      limits.push('No source found gives the reasons behind these positions in the actors\' own words.');
    }
  }
  const newest = dates.at(-1);
  if (newest && !plan.timeFrame?.to && daysBetween(newest, today) > STALE_AFTER_DAYS) {
    limits.push(`No source found is newer than ${newest}; anything since then is not covered.`);
  }
  return limits;
}

/** How settled a factual answer is: how many sources state it, and from when. */
function settledness(question: QuestionFrame, answers: Candidate[]): string[] {
  if (question.type === 'why' && answers.length === 0) return ['No source found states the reason in so many words; the report gives what the sources say happened.'];
  if (!isFactual(question.type) || answers.length === 0) return [];
  const documents = new Set(answers.map((answer) => answer.documentId)).size;
  const dates = answers.flatMap((answer) => (answer.publishedAt ? [answer.publishedAt.slice(0, 10)] : [])).sort();
  const when = dates.length > 0 ? ` (${dates[0]}${dates.at(-1) !== dates[0] ? ` to ${dates.at(-1)}` : ''})` : '';
  return [documents === 1 ? `One source states the answer directly${when}; no second source was found to confirm it.` : `${documents} sources state the answer directly${when}.`];
}
