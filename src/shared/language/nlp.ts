// The one door to the NLP library (wink-nlp with its English lite web model): part of speech, lemma and
// negation per token, with character offsets. Loaded on first use, so commands that never read a frame
// never pay its start (about 60 ms; 125 ms with the package's own loader, see `load`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { rememberAnalysis, storedAnalysis } from './analysis-memo.ts';
import { mendLemma, mendTags } from './mend-tags.ts';

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

/** The annotations read here: sentences (negation stays within one), negation, part of speech and lemma. */
const PIPE = ['sbd', 'negation', 'pos'];
/** A recogniser that recognises nothing (wink-nlp's own empty model), for the annotations not in PIPE. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * The model as the package assembles it (dist/model.js), less what PIPE never runs, with the core read faster:
 * the package parses its 3 MB core model, copies it whole (JSON.parse(JSON.stringify(...))), loads the entity
 * and sentiment models (575 KB of JSON) that PIPE does not use, and indexes the 87,593 lexemes in a plain object
 * (45-60 ms); here the file is parsed once and the lexemes are indexed in a Map behind the same property access
 * (13 ms). The tokens, tags, lemmas and negations are the same (test/text/nlp-loader.test.ts).
 */
function winkModel(require: NodeJS.Require): unknown {
  const dist = path.dirname(require.resolve('wink-eng-lite-web-model'));
  const part = (name: string) => require(path.join(dist, name)) as unknown;
  const addons = Object.assign(Object.create(null) as Record<string, unknown>, {
    stem: part('porter-stemmer.js'), lemmatize: part('lemmatize.js'), readabilityStats: part('readability-stats.js'), wordVectors: undefined,
  });
  return Object.assign(Object.create(null) as Record<string, unknown>, {
    core: () => coreModel(path.join(dist, 'languages/cur/models/eng-core-web-model.json')),
    sbd: part('load-sbd-model.js'), pos: part('load-pos-model.js'), negation: part('load-negation-model.js'),
    ner: () => ({ machines: [], transformers: [] }), sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    metaCER: part('load-cer-meta-model.js'), featureFn: part('feature.js'), addons,
  });
}

interface Feature { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** dist/read-core-model.js and dist/load-core-model.js of wink-eng-lite-web-model 1.8, without the copy. */
function coreModel(file: string): CoreModel {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const words = (data: string | Uint32Array) => {
    const bytes = Buffer.from(data as string, 'base64');
    return new Uint32Array(new Uint8Array(bytes).buffer);
  };
  model.lexicon = words(model.lexicon);
  model.xpansions = words(model.xpansions);
  const { layout } = model.packing;
  const features = model.features;
  for (const name in layout) {
    if (layout[name]![3] !== 0) continue;
    const hash = Object.create(null) as Record<string, number>;
    features[name]!.list.forEach((value, index) => (hash[value as string] = index));
    features[name]!.hash = hash;
  }
  features.lexeme!.hash = mapBacked(features.lexeme!.list as string[]);
  const clusters = features.posClusters!.list;
  for (let index = 0; index < clusters.length; index++) clusters[index] = new Set((clusters[index] as string).split('_').map((tag) => model.pos.hash[tag] || 0));
  model.packing.efList = [];
  for (const name in layout) {
    const feature = features[name]!;
    if (layout[name]![3] === 0) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[name]![1]! >>> layout[name]![2]!;
    }
    if (layout[name]![4] === 1) model.packing.efList.push(name);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/** An index of values by position that wink-nlp reads and extends as `hash[value]`, kept in a Map. */
function mapBacked(list: string[]): Record<string, number> {
  const index = new Map<string, number>();
  list.forEach((value, position) => index.set(value, position));
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? index.get(key) : undefined),
    set: (_, key, value: number) => {
      index.set(String(key), value);
      return true;
    },
  });
}

function load(): Wink {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
    wink = winkNLP(winkModel(require), PIPE);
  }
  return wink;
}

/** The word a hyphen joins to the token with no space either side ("first-ever", "Al-Qaeda"), if there is one. */
export function hyphenatedAfter(tokens: Token[], index: number): Token | undefined {
  const [hyphen, next] = [tokens[index + 1], tokens[index + 2]];
  return hyphen?.text === '-' && hyphen.start === tokens[index].end && next?.start === hyphen.end ? next : undefined;
}

const cache = new Map<string, Token[]>();
const CACHE_LIMIT = 5000;

/** Tokens of a text; a word the model splits inside (a diacritic: "Djokovi" + "ć") is joined back. */
export function analyse(text: string): Token[] {
  const cached = cache.get(text);
  if (cached) return cached;
  // Tokens kept by an earlier process (the CLI's analysis cache); what is analysed here is offered to it.
  const stored = storedAnalysis(text);
  if (stored) {
    cache.set(text, stored);
    return stored;
  }
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
      const lower = word.toLowerCase();
      result.push({ text: word, lower, lemma: mendLemma(lower, (lemmas[index] ?? word).toLowerCase()), pos: pos[index] ?? 'X', negated: Boolean(negations[index]), start, end });
    }
    cursor = end;
  });
  mendTags(result);
  rememberAnalysis(text, result);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}
