// Word tokens, stopwords and content words: the one tokenizer every lexical stage shares.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves s t don now says said say according whether per via within without yet us'
  ).split(' '),
);

/** Words that ask rather than mean: dropped from queries along with stopwords. */
export const QUESTION_WORDS = new Set(
  'what which who whom whose why how when where is are was were do does did can could should would will tell explain describe ' +
    'list give show me please stated state states their there'
      .split(' '),
);

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nor', 'neither', 'without', "n't", 'cannot', 'nobody', 'nothing']);

export function tokenize(text: string): string[] {
  const words = text.toLowerCase().normalize('NFKC').match(WORD);
  return words ? words.map((word) => word.replace(/['’]s$/u, '').replace(/’/g, "'")) : [];
}

export function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}

/** Lower-cased tokens without stopwords and one-letter words. */
export function contentWords(text: string): string[] {
  return tokenize(text).filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

/**
 * A light, consistent suffix stripper so "recognize", "recognizes", "recognized" and "recognizing" meet,
 * as do "country" and "countries". Not a full stemmer: it only has to agree with itself.
 */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    // Every lexical stage stems the same words again and again (thousands per report): each is worked out once.
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemmed = stripSuffix(word);
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

function stripSuffix(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let base = word;
  if (/ie[sd]$/.test(base) && base.length > 4) base = `${base.slice(0, -3)}y`;
  else {
    for (const suffix of ['ings', 'ing', 'ed', 'es', 's']) {
      if (!base.endsWith(suffix) || base.length - suffix.length < 3) continue;
      if (suffix === 's' && /(ss|us|is)$/.test(base)) break;
      base = base.slice(0, -suffix.length);
      break;
    }
  }
  if (base.endsWith('e') && base.length > 3) base = base.slice(0, -1);
  return base.replace(/([^aeiouls])\1$/u, '$1');
}

export function stems(text: string): string[] {
  return contentWords(text).map(stem);
}

/** Numbers as they appear (digits with separators, percentages) for agreement checks. */
export function numbersIn(text: string): string[] {
  return (text.match(/\d[\d,.]*%?/g) ?? []).map((number) => number.replace(/[.,]$/, '').replace(/,/g, ''));
}
