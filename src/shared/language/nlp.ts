// The one door to the NLP library (wink-nlp with its English lite web model): part of speech, lemma and
// negation per token, with character offsets. Loaded on first use, so commands that never read a frame
// never pay its ~120 ms start.
import { createRequire } from 'node:module';

export interface Token {
  text: string;
  /** Lower case, diacritics kept. */
  lower: string;
  lemma: string;
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, NUM, DET, PART, PRON, CCONJ, SCONJ, PUNCT, SYM, X. */
  pos: string;
  /** Inside the scope of a negation ("did not join": join is negated). */
  negated: boolean;
  /** Character offset in the analysed text. */
  start: number;
  end: number;
}

interface WinkItem { out(what?: unknown): unknown }
interface WinkDoc { tokens(): { out(what?: unknown): unknown[]; length(): number; itemAt(index: number): WinkItem } }
interface Wink { readDoc(text: string): WinkDoc; its: Record<string, unknown> }

let wink: Wink | undefined;

function load(): Wink {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown) => Wink;
    wink = winkNLP(require('wink-eng-lite-web-model'));
  }
  return wink;
}

const cache = new Map<string, Token[]>();
const CACHE_LIMIT = 5000;

/** Tokens of a text; a word the model splits inside (a diacritic: "Djokovi" + "ć") is joined back. */
export function analyse(text: string): Token[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const nlp = load();
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const its = nlp.its;
  const words = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma) as string[];
  const negations = tokens.out(its.negationFlag) as boolean[];
  const result: Token[] = [];
  let cursor = 0;
  words.forEach((word, index) => {
    const found = text.indexOf(word, cursor);
    const start = found >= 0 ? found : cursor;
    const end = start + word.length;
    const previous = result.at(-1);
    if (previous && previous.end === start && /^[\p{L}\p{M}]+$/u.test(word) && /[\p{L}]$/u.test(previous.text) && !/^['’]/.test(word)) {
      previous.text += word;
      previous.lower = previous.text.toLowerCase();
      previous.lemma = previous.lower;
      previous.end = end;
    } else {
      result.push({ text: word, lower: word.toLowerCase(), lemma: (lemmas[index] ?? word).toLowerCase(), pos: pos[index] ?? 'X', negated: Boolean(negations[index]), start, end });
    }
    cursor = end;
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}
