// The check for a fact-checker's comparison sentence ("The source dates this event to 4 April 2023, not
// 2020."): it may only use the claim's words, the cited source's words and date, and the template's
// own few words (src/shared/claims/explain.ts). Anything else — a name, a number, a verb from nowhere — fails.
import { EXPLANATION_WORDS } from '../../shared/claims/explain.ts';
import { dayPhrase, isFullDay } from '../../shared/text/day-phrase.ts';

function words(text: string): string[] {
  return (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.replace(/^0+(?=\d)/, ''));
}

export interface ComparisonReading {
  score: number;
  /** Words of the sentence found in none of the allowed places. */
  unexplained: string[];
}

export function comparisonSupport(sentence: string, claim: string, passage: string, publishedAt?: string): ComparisonReading {
  const allowed = new Set([...EXPLANATION_WORDS, ...words(claim), ...words(passage), ...(isFullDay(publishedAt) ? words(dayPhrase(publishedAt)) : [])]);
  // "2023-04" and "4 April 2023" are the same date written two ways; both come from the source's date or the claim.
  const unexplained = words(sentence.replace(/\s*\[\d+\]/g, '')).filter((word) => !allowed.has(word));
  return { score: unexplained.length === 0 ? 1 : 0, unexplained };
}
