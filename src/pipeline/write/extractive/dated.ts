// A source sentence dated in the text: "On 4 April 2023, Finland joins NATO." Only for day-dated event
// items (Wikipedia's Current Events), whose date is the day the event was reported; verify reads the
// same date as part of the source (verify/index.ts, datedText).
import { analyse } from '../../../shared/language/nlp.ts';
import { dayPhrase, isDayDatedItem } from '../../../shared/text/day-phrase.ts';

export function datedSentence(text: string, publishedAt: string | undefined, kind: string | undefined): string {
  if (!isDayDatedItem(kind, publishedAt)) return text;
  if (/^(on|in)\s+\d|^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}/.test(text)) return text;
  const first = analyse(text)[0];
  // "The court rules …" → "On 4 April 2023, the court rules …"; names keep their capital.
  const body = first && first.pos !== 'PROPN' && !/^[A-Z]{2,}/.test(first.text) && first.text !== 'I' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  return `On ${dayPhrase(publishedAt)}, ${body}`;
}
