// Whether a claim can be checked against sources at all: an opinion, a prediction, a question, or a
// word or two cannot, and gets a clear answer saying why instead of a verdict.
import { analyse } from '../language/nlp.ts';
import { contentWords } from '../text/tokens.ts';
import { splitClaim } from './split-claim.ts';

/** Words that judge rather than report ("the best", "overrated", "a disaster"). */
const EVALUATIVE = new Set([
  'best', 'worst', 'great', 'greatest', 'terrible', 'awful', 'amazing', 'overrated', 'underrated', 'beautiful', 'ugly', 'stupid',
  'brilliant', 'disgrace', 'disgraceful', 'disaster', 'wonderful', 'horrible', 'evil', 'good', 'bad', 'better', 'worse', 'genius',
  'idiot', 'boring', 'fantastic', 'incompetent', 'corrupt', 'shameful', 'pathetic', 'deserve', 'deserves',
]);
const MODALS = new Set(['should', 'ought', 'must']);
const FUTURE = /\b(will|shall|going to|is set to|are set to)\b/i;

export function uncheckableReason(claim: string): string | undefined {
  const text = claim.trim();
  const words = contentWords(text);
  if (words.length < 2) return 'This cannot be fact-checked: it is too short to state a claim. Write the claim as a full sentence, e.g. "Finland joined NATO in 2023."';
  // "Did North Korea really free the detainees?", "Has Finland joined NATO?": asked to be checked, a question whether
  // something happened states what it asks about.
  if (/\?\s*$/.test(text) && !/^(did|has|have|had)\s/i.test(text)) return 'This is a question, not a claim: ask it as a question for a report, or state the claim to check it.';
  const tokens = analyse(text);
  if (tokens.some((token) => MODALS.has(token.lower))) return 'This states what should happen (an opinion or a recommendation), which sources can inform but cannot prove true or false.';
  // "X won the election and will become president": a claim with a past part can be checked on that part.
  const predicts = (part: string) => FUTURE.test(part) && !/\b(said|says|announced|announces|pledged|promised|warned)\b/i.test(part);
  if (splitClaim(text).every(predicts)) return 'This is a prediction about the future; it can be checked only once it has happened.';
  const verbs = tokens.filter((token) => token.pos === 'VERB' || token.pos === 'AUX');
  const judging = tokens.filter((token) => EVALUATIVE.has(token.lower));
  if (judging.length > 0 && !tokens.some((token) => token.pos === 'NUM') && verbs.every((token) => token.pos === 'AUX' || ['deserve', 'be'].includes(token.lemma))) {
    return `This is an opinion ("${judging[0].text}"), not a checkable statement of fact.`;
  }
  return undefined;
}
