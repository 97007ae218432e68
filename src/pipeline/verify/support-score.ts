// The lexical support score: does a passage back a sentence? Content words, numbers, names and
// negation must agree. Fast, deterministic, and the first gate before any model judge.
import { splitSentences } from '../../shared/text/sentences.ts';
import { containment } from '../../shared/text/similarity.ts';
import { isNegation, numbersIn, STOPWORDS, stem, stems, tokenize } from '../../shared/text/tokens.ts';
import { STANCE_OPPOSE, STANCE_SUPPORT } from '../../shared/language/lexicon.ts';

export interface SupportReading {
  score: number;
  /** The passage sentences that best back the sentence, verbatim. */
  quote: string;
  reasons: string[];
  /** Content words (stems) of the sentence that the passage does not have: a paraphrase, or something added. */
  unmatched: string[];
  /** The sentence names its actors in another order than the quote ("B attacks A" for "A attacks B"). */
  reordered: boolean;
}

/** Attribution verbs a writer adds around what a source says ("X stated that ...") are not new content. */
const ATTRIBUTION = new Set(['states', 'stated', 'argues', 'argued', 'notes', 'noted', 'adds', 'added', 'claims', 'claimed', 'reports', 'reported', 'told', 'tells', 'announced', 'announces', 'reportedly'].map(stem));

const NAME = /\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*/gu;

function namesIn(text: string): string[] {
  // A capital after a sentence end may just start the sentence: there, only the words that are not stopwords count.
  return [...text.matchAll(NAME)].flatMap((match) => {
    const initial = match.index === 0 || /[.!?:"“]\s*$/.test(text.slice(0, match.index));
    const words = match[0].split(/\s+/);
    if (initial && STOPWORDS.has(words[0].toLowerCase())) words.shift();
    return words.length > 0 ? [words.join(' ').toLowerCase()] : [];
  });
}

/** Net direction of stance words: a sentence that "welcomes" what its source "blocks" is not supported. */
function polarity(text: string): number {
  let net = 0;
  for (const word of tokenize(text)) {
    if (STANCE_SUPPORT.has(word)) net++;
    else if (STANCE_OPPOSE.has(word) && !isNegation(word)) net--;
  }
  return Math.sign(net);
}

function hasNegation(text: string): boolean {
  return tokenize(text).some(isNegation);
}

export function supportScore(sentence: string, passage: string): SupportReading {
  const claim = sentence.replace(/\s*\[\d+(?:\]\s*\[\d+)*\]/g, '').trim();
  if (passage.replace(/\s+/g, ' ').includes(claim.replace(/\s+/g, ' '))) return { score: 1, quote: claim, reasons: ['verbatim'], unmatched: [], reordered: false };
  const passageSentences = splitSentences(passage);
  const claimStems = new Set(stems(claim));
  const passageStems = new Set(stems(passage));
  const unmatched = [...claimStems].filter((word) => !passageStems.has(word) && !ATTRIBUTION.has(word));
  // The quote is the best single sentence, widened to its best neighbour when that covers more.
  const scored = passageSentences.map((text, index) => ({ index, text, cover: containment(claimStems, new Set(stems(text))) }));
  const best = scored.sort((left, right) => right.cover - left.cover)[0];
  if (!best) return { score: 0, quote: '', reasons: ['empty passage'], unmatched, reordered: false };
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
  const claimPolarity = polarity(claim);
  if (claimPolarity !== 0 && claimPolarity === -polarity(quote)) [score, reasons.length] = [score * 0.5, reasons.push('stance differs from source')];
  return { score: Math.max(0, Math.min(1, score)), quote, reasons, unmatched, reordered: namesReordered(claim, quote) };
}

/** Whether the capitalised words that the sentence and the quote each use once come in a different order. */
function namesReordered(claim: string, quote: string): boolean {
  const capitalised = (text: string) => (text.match(/(?<=^|\s)[A-Z][\p{L}'’-]+/gu) ?? []).map((word) => word.toLowerCase()).filter((word) => !STOPWORDS.has(word));
  const once = (words: string[]) => words.filter((word) => words.indexOf(word) === words.lastIndexOf(word));
  const inQuote = once(capitalised(quote));
  const positions = once(capitalised(claim)).map((word) => inQuote.indexOf(word)).filter((index) => index >= 0);
  return positions.some((position, index) => index > 0 && position < positions[index - 1]);
}
