// A normalised form of a question, so the same question asked twice finds the same report.
import { tokenize } from './tokens.ts';

export function questionKey(question: string): string {
  return tokenize(question).join(' ');
}
