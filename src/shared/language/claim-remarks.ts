// What a styled claim says after its statement that states nothing checkable: the asker's question ("Can I trust
// that?"), a remark in the first person ("— I was at the first game!"), an order to the reader ("Always check the
// forecast."), a word of reaction ("What a ride!"). And a statement asked with a question mark, said as one.
import { pastTense } from './claim-questions.ts';
import { analyse } from './nlp.ts';

/** Words that open a question in its own order: what follows them is no statement ("Did …?", "Who …?"). */
const QUESTION_OPENERS = /^(?:who|whom|whose|what|when|where|why|how|which|whether|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|might|must|isn't|wasn't|aren't|weren't|didn't|doesn't|don't|hasn't|haven't|can't|won't)\b/i;
const ASKER = /\b(?:I|I'm|I've|I'd|I'll|me|[Mm]y|[Ww]e|[Ww]e're|[Oo]ur|us|you|your)\b/;
/** Adverbs before an order ("Always check …", "Never forget", "Please share"). */
const BEFORE_ORDER = new Set(['always', 'never', 'please', 'just', 'so', 'now', 'do', "don't"]);

/**
 * Whether a sentence or clause after the statement states nothing checkable: a short question, one in the asker's
 * or reader's person, an order ("Stay safe!", "click to read more", "need a source!"), a done thing with no doer
 * ("cashed out on that one"), a short verbless exclamation ("What a ride!", "Mint condition, ships worldwide.").
 * A date, a number or a full clause with its own subject is not one ("Apparently 12 people were hurt.").
 */
export function isRemark(sentence: string): boolean {
  const text = sentence.trim().replace(/^[-–—,(\s]+|[)\s]+$/g, '');
  // A quiz card's answer ("A: Olan Brede.", "The answer key says Tarvik.") is what the question is checked by.
  if (/^(?:A|Answer|Back|(?:The )?answer(?: key)?(?: says| is)?)\b\s*:?/i.test(text) && !/^A\s+\p{Ll}/u.test(text)) return false;
  const words = text.split(/\s+/);
  // "Source?", "Did that actually happen?", "is that real" (its mark lost): a short question, or one in a question's
  // order; not a long statement closed by a question mark.
  const asks = /\?$/.test(text) || (QUESTION_OPENERS.test(text) && /^\S+\s+(?:that|this|it|they|he|she|you|I)\b/i.test(text) && words.length <= 6);
  if (asks) return words.length <= 6 || QUESTION_OPENERS.test(text);
  if (ASKER.test(text)) return true;
  const tokens = analyse(text).filter((token) => token.pos !== 'PUNCT');
  if (tokens.length === 0) return false;
  let at = 0;
  while (at < tokens.length - 1 && (BEFORE_ORDER.has(tokens[at].lower) || tokens[at].pos === 'ADV')) at++;
  const first = tokens[at];
  // "Stay safe!", "need a source!", "cashed out on that one": a verb with no subject before it, and nothing to check
  // after it (not "-ing": "… — sparking protests"; not "— died in May 2011 aged 90" after a name and an aside).
  const bare = !/\d/.test(text) && !tokens.some((token) => token.pos === 'PROPN');
  if (bare && first.pos === 'VERB' && !/ing$/.test(first.lower) && (first.lower === first.lemma || /ed$/.test(first.lower))) return true;
  if (bare && /^(?:click|tap|swipe|read|see|share|follow|subscribe|like)\b/i.test(text)) return true;
  const verbless = !tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'NUM');
  return verbless && tokens.length <= 5 && !/^\p{Lu}{2,}/u.test(text) && /[!.]$|^(?:what|how|such|so)\b/i.test(sentence.trim());
}

/** A future remark made about the statement as a whole ("…, it'll be on the exam"). */
const ABOUT_IT = /,\s+(?:it|that|this)(?:'ll|’ll|\s+will|\s+would|'s going to)\s[^,.!?]{2,40}[.!]?$/iu;

/**
 * The statement without what follows it that states nothing: sentences, a clause after a dash, or a bracket, that are
 * remarks (see isRemark); the statement's own first sentence always stays.
 */
export function withoutRemarks(text: string): string {
  let said = text.trim().replace(ABOUT_IT, '.');
  for (let step = 0; step < 4; step++) {
    const sentence = /^(.*?\S[.!?]["”]?)\s+([^.!?]{1,120}[.!?]*)$/su.exec(said);
    const dash = /^(.{20,}?)\s+[-–—]+\s+([^—–]{2,60}?)$/su.exec(said);
    const bracket = /^(.{20,}?)\s*\(([^()]{2,40})\)\s*([.!]?)$/su.exec(said);
    // Not an abbreviation's stop ("… Roe v. Wade", "Gen. Milley").
    if (sentence && !/(?:^|[\s.])(?:\p{Lu}\p{Ll}{0,3}|\p{L})\.$/u.test(sentence[1]) && isRemark(sentence[2])) said = sentence[1];
    else if (bracket && isRemark(bracket[2])) said = `${bracket[1]}${bracket[3]}`;
    else if (dash && isRemark(dash[2])) said = dash[1];
    else break;
  }
  return said;
}

/**
 * A statement asked with a question mark, said as one ("The council closed the bridge in 2019?" → "… in 2019."): a
 * last sentence in a statement's order (not opened by a question word or an auxiliary) with a verb. A question mark
 * inside the text is left: "Did you hear that X? Apparently Y." is read as one claim, as the asker wrote it.
 */
export function statedNotAsked(text: string): string {
  const asked = /^((?:.*[.!?]\s+)?)([^.!?]{12,}?)\?+$/su.exec(text);
  if (!asked || QUESTION_OPENERS.test(asked[2].trim())) return text;
  const tokens = analyse(asked[2]);
  return tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX') && tokens[0]?.pos !== 'ADV' ? `${asked[1]}${asked[2]}.` : text;
}

/**
 * A headline said in a gerund, made a past statement: "Who can forget Olan Brede pulling on the jersey in 2015?" and
 * "Olan Brede missing out on the 2013 title" → "Olan Brede pulled on …", "Olan Brede missed out on …". Only when the
 * gerund, right after a name, is the text's one verb ("A lorry carrying fuel overturned" has two).
 */
export function gerundAsPast(text: string): string {
  const body = text.replace(/^who (?:can|could) (?:forget|remember)\s+/i, '').replace(/\?$/, '');
  if (body === text.replace(/\?$/, '') && /\?$/.test(text)) return text;
  const tokens = analyse(body);
  const verbs = tokens.filter((token) => token.pos === 'VERB' || token.pos === 'AUX');
  const at = verbs.length === 1 ? tokens.indexOf(verbs[0]) : -1;
  if (at < 1 || !/ing$/.test(tokens[at].lower) || tokens[at - 1].pos !== 'PROPN' || tokens.slice(0, at).some((token) => token.pos === 'PUNCT')) return text;
  const done = `${body.slice(0, tokens[at].start)}${pastTense(tokens[at].lemma)}${body.slice(tokens[at].end)}`;
  return /[.!]$/.test(done) ? done : `${done}.`;
}
