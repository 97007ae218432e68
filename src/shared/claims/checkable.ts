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
const FUTURE = /\b(will|shall|going to|is set to|are set to)\b/;
/** Who reports what someone else said or plans: a claim about the saying ("pledged to …", "according to Yahoo, …"). */
const REPORTED = /\b(said|says|announced|announces|pledged|promised|warned|vowed|according to)\b/i;
/** Words that open a question or a relative clause: a modal after them is in it ("a poll on who should lead"). */
const EMBEDDING = new Set(['who', 'whom', 'whose', 'what', 'which', 'whether', 'how', 'where', 'when', 'why', 'if']);

export function uncheckableReason(claim: string): string | undefined {
  const text = claim.trim();
  const words = contentWords(text);
  if (words.length < 2) return 'This cannot be fact-checked: it is too short to state a claim. Write the claim as a full sentence, e.g. "Finland joined NATO in 2023."';
  // "Did North Korea really free the detainees?", "Has Finland joined NATO?": asked to be checked, a question whether
  // something happened states what it asks about.
  if (/\?\s*$/.test(text) && !/^(did|has|have|had)\s/i.test(text)) return 'This is a question, not a claim: ask it as a question for a report, or state the claim to check it.';
  const tokens = analyse(text);
  // A modal the claim asserts, not one inside a question or clause it only mentions ("stalled over who should
  // become prime minister") or a view it reports someone stating ("the minister said taxes should rise").
  const asserted = (index: number) => !tokens.slice(Math.max(0, index - 3), index).some((token) => EMBEDDING.has(token.lower)) && !REPORTED.test(tokens.slice(0, index).map((token) => token.text).join(' '));
  if (tokens.some((token, index) => MODALS.has(token.lower) && asserted(index))) return 'This states what should happen (an opinion or a recommendation), which sources can inform but cannot prove true or false.';
  // "X won the election and will become president": a claim with a past part can be checked on that part.
  // "Will" with a capital inside a sentence is a name ("Will Rogers World Airport"); at its start, the modal.
  const predicts = (part: string) => (FUTURE.test(part) || /^Will\b/.test(part.trim())) && !REPORTED.test(part);
  if (splitClaim(text).every(predicts)) return 'This is a prediction about the future; it can be checked only once it has happened.';
  const verbs = tokens.filter((token) => token.pos === 'VERB' || token.pos === 'AUX');
  const judging = tokens.filter((token) => EVALUATIVE.has(token.lower));
  if (judging.length > 0 && !tokens.some((token) => token.pos === 'NUM') && verbs.every((token) => token.pos === 'AUX' || ['deserve', 'be'].includes(token.lemma))) {
    return `This is an opinion ("${judging[0].text}"), not a checkable statement of fact.`;
  }
  return undefined;
}
