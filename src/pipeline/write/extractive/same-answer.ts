// Whether a second source confirms the lead answer rather than answering something else: it must state the
// same thing the question asks for (a name or number the question does not contain, or the same day).
import { plainWords } from '../../../shared/language/names.ts';
import type { QuestionFrame } from '../../../shared/language/question-frame.ts';
import type { Candidate } from './candidates.ts';

const CONFIRM_DAYS = 3;

/** Capitalised words and numbers of a sentence that the question does not contain: its answer's name, number or date. */
export function answerTerms(question: QuestionFrame, text: string): Set<string> {
  const asked = new Set(plainWords(question.frame.text));
  const words = [...text.matchAll(/(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]*|\d[\d.,%]*)/gu)].map((match) => plainWords(match[0])[0]).filter((word) => word !== undefined);
  // The sentence's first word is capitalised by position, not because it names something.
  return new Set(words.filter((word, index) => !asked.has(word) && word.length > 1 && (index > 0 || /\d/.test(word) || !/^[a-z]+$/.test(word) || /^\p{Lu}/u.test(text) === false)));
}

function dayOf(candidate: Candidate): number | undefined {
  const day = candidate.publishedAt?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) / 86_400_000 : undefined;
}

export function statesSameAnswer(question: QuestionFrame, lead: Candidate, other: Candidate): boolean {
  if (question.type === 'when') {
    const [left, right] = [dayOf(lead), dayOf(other)];
    if (left !== undefined && right !== undefined && Math.abs(left - right) <= CONFIRM_DAYS) return true;
  }
  const leadTerms = answerTerms(question, lead.text);
  const otherWords = new Set(plainWords(other.text));
  return [...leadTerms].some((term) => otherWords.has(term));
}
