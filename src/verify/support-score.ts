// The lexical support score: does a passage back a sentence? Content words, numbers, names and
// negation must agree. Fast, deterministic, and the first gate before any model judge.
import { splitSentences } from '../text/sentences.ts';
import { containment } from '../text/similarity.ts';
import { isNegation, numbersIn, stems, tokenize } from '../text/tokens.ts';

export interface SupportReading {
  score: number;
  /** The passage sentences that best back the sentence, verbatim. */
  quote: string;
  reasons: string[];
}

const NAME = /\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*/gu;

function namesIn(text: string): string[] {
  // Sentence-initial capitals are not names; drop the first word when it is a common word.
  return [...text.matchAll(NAME)]
    .filter((match) => match.index > 0 && !/[.!?]\s*$/.test(text.slice(0, match.index)))
    .map((match) => match[0].toLowerCase());
}

function hasNegation(text: string): boolean {
  return tokenize(text).some(isNegation);
}

export function supportScore(sentence: string, passage: string): SupportReading {
  const claim = sentence.replace(/\s*\[\d+(?:\]\s*\[\d+)*\]/g, '').trim();
  if (passage.replace(/\s+/g, ' ').includes(claim.replace(/\s+/g, ' '))) return { score: 1, quote: claim, reasons: ['verbatim'] };
  const passageSentences = splitSentences(passage);
  const claimStems = new Set(stems(claim));
  // The quote is the best single sentence, widened to its best neighbour when that covers more.
  const scored = passageSentences.map((text, index) => ({ index, text, cover: containment(claimStems, new Set(stems(text))) }));
  const best = scored.sort((left, right) => right.cover - left.cover)[0];
  if (!best) return { score: 0, quote: '', reasons: ['empty passage'] };
  const neighbours = [passageSentences[best.index - 1], passageSentences[best.index + 1]].filter(Boolean) as string[];
  let quote = best.text;
  let cover = best.cover;
  for (const neighbour of neighbours) {
    const joined = best.index > 0 && neighbour === passageSentences[best.index - 1] ? `${neighbour} ${best.text}` : `${best.text} ${neighbour}`;
    const joinedCover = containment(claimStems, new Set(stems(joined)));
    if (joinedCover > cover + 0.1) [quote, cover] = [joined, joinedCover];
  }
  const reasons: string[] = [];
  let score = cover;
  const passageNumbers = new Set(numbersIn(passage));
  const missingNumbers = numbersIn(claim).filter((number) => !passageNumbers.has(number));
  if (missingNumbers.length > 0) [score, reasons.length] = [score * 0.4, reasons.push(`numbers not in source: ${missingNumbers.join(', ')}`)];
  const passageLower = passage.toLowerCase();
  const missingNames = namesIn(claim).filter((name) => !passageLower.includes(name));
  if (missingNames.length > 0) [score, reasons.length] = [score * 0.6, reasons.push(`names not in source: ${missingNames.join(', ')}`)];
  if (hasNegation(claim) !== hasNegation(quote)) [score, reasons.length] = [score * 0.5, reasons.push('negation differs from source')];
  return { score: Math.max(0, Math.min(1, score)), quote, reasons };
}
