// What Princeton WordNet 3.1 says of words (read in place by wordnet-reader.ts): their synonyms, kinds, derived
// forms, antonyms and rivals, and whether a noun names someone who acts, a place or a town. Used to tell whether
// two words of a claim and a source name the same thing ("plane" / "aircraft", "pope" / "papacy", "quit" / "resign").
import { depth, hypernyms, senses, synset, type WordClass } from './wordnet-reader.ts';

/** Senses past the first few are rare readings ("plane" as a level of existence): they would relate everything. */
const MAX_SENSES = 3;
/** Steps from the top of the hierarchy a broader word must be to count ("person" is 6, "aircraft" 9). */
const MIN_DEPTH = 7;
/** A noun's own kind, one step up, may be more general ("corpse" is a "body"), but not someone as such ("person"). */
const MIN_PARENT_DEPTH = 5;
/** The same for verbs, whose trees are shallow ("convene" → "meet" is one step from the top): only the top is too broad. */
const MIN_VERB_DEPTH = 1;
/** How specific a shared kind must be for two words under it to be rivals ("vehicle" is, "object" is not). */
const RIVAL_DEPTH = 6;
const POS_FILE: Record<string, WordClass> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };

const relatedCache = new Map<string, Set<string>>();

/**
 * Words that name the same thing as `lemma` or a near one: its synonyms, what it is a kind of (two steps
 * up: "plane" → "aircraft"), its derived forms ("pope" → "papal") and the body it is a member of
 * ("pope" → "papacy"), over its first senses.
 */
export function relatedWords(lemma: string, wordClass: WordClass): Set<string> {
  const key = `${wordClass}:${lemma}`;
  const cached = relatedCache.get(key);
  if (cached) return cached;
  const related = new Set<string>();
  for (const offset of senses(lemma, wordClass).slice(0, MAX_SENSES)) {
    const own = synset(offset, wordClass);
    if (!own) continue;
    for (const word of own.words) related.add(word);
    addBroader(offset, wordClass, related);
    for (const pointer of own.pointers.filter((candidate) => ['+', '#m', '%m'].includes(candidate.symbol))) {
      const target = synset(pointer.offset, POS_FILE[pointer.pos] ?? wordClass);
      for (const word of target?.words ?? []) related.add(word);
    }
  }
  related.delete(lemma);
  relatedCache.set(key, related);
  return related;
}

/**
 * The verb a noun is made from, by WordNet's derived forms and its spelling ("abandonment" → "abandon",
 * "disclosure" → "disclose", "cancellation" → "cancel"); undefined for a noun not made from a verb.
 */
export function derivedVerb(noun: string): string | undefined {
  const shared = (verb: string) => [...verb].findIndex((letter, at) => noun[at] !== letter);
  return [...relatedWords(noun, 'noun')].find((word) => /^\p{Ll}+$/u.test(word) && word.length >= 4 && hasSense(word, 'verb') && noun.length > word.length && (shared(word) < 0 || shared(word) >= Math.min(5, word.length - 1)));
}

/**
 * Adds what a sense is a kind of, two steps up. A kind of "person" or "act" says too little: only specific
 * kinds count ("aircraft", not "object"), a little less specific one step up ("corpse" → "body"); verbs sit
 * in shallow trees, so only their very top is left out.
 */
function addBroader(offset: number, wordClass: WordClass, into: Set<string>): void {
  let level = [offset];
  for (let step = 0; step < 2; step++) {
    level = level.flatMap((node) => hypernyms(node, wordClass));
    for (const node of level) {
      const words = synset(node, wordClass)?.words ?? [];
      const deep = depth(node, wordClass) >= MIN_DEPTH || (wordClass === 'verb' ? depth(node, wordClass) >= MIN_VERB_DEPTH : step === 0 && depth(node, wordClass) >= MIN_PARENT_DEPTH && !words.some((word) => AGENT_ANCESTORS.has(word)));
      if (deep) for (const word of words) into.add(word);
    }
  }
}

const broaderCache = new Map<string, Set<string>>();

/** What a word's first senses are kinds of, two steps up ("convene" → "meet"): the hypernym part of relatedWords. */
export function broaderWords(lemma: string, wordClass: WordClass): Set<string> {
  const key = `${wordClass}:${lemma}`;
  const cached = broaderCache.get(key);
  if (cached) return cached;
  const broader = new Set<string>();
  for (const offset of senses(lemma, wordClass).slice(0, MAX_SENSES)) addBroader(offset, wordClass, broader);
  broader.delete(lemma);
  broaderCache.set(key, broader);
  return broader;
}

const kindsCache = new Map<string, Set<number>>();

/** The specific kinds a noun is, up to four steps above its first senses ("train" → "public transport" …). */
function specificKinds(lemma: string): Set<number> {
  const cached = kindsCache.get(lemma);
  if (cached) return cached;
  const kinds = new Set<number>();
  let level = senses(lemma, 'noun').slice(0, MAX_SENSES);
  for (let step = 0; step < 4; step++) {
    level = level.flatMap((offset) => hypernyms(offset, 'noun'));
    for (const offset of level) if (depth(offset, 'noun') >= RIVAL_DEPTH) kinds.add(offset);
  }
  kindsCache.set(lemma, kinds);
  return kinds;
}

/**
 * Two different words for things of one specific kind ("train" and "aircraft", "gold" and "silver"): nouns
 * under a common kind a few steps up that is itself specific, or adjectives that are antonyms. A claim's
 * word with such a rival in the source is a changed detail.
 */
export function rivalWords(left: string, right: string): boolean {
  if (left === right || wordsRelate(left, right, 'noun') || wordsRelate(left, right, 'adj')) return false;
  if (namedByCompound(left, right) || namedByCompound(right, left)) return false;
  if (antonyms(left).has(right) || antonyms(right).has(left)) return true;
  const mine = specificKinds(left);
  for (const offset of specificKinds(right)) if (mine.has(offset)) return true;
  return false;
}

/**
 * "performer" is also a "performing artist", a "warplane" a "military plane": a compound of the other word
 * among a noun's names or near kinds makes it a kind of that word.
 */
export function namedByCompound(word: string, other: string): boolean {
  // A common word: not an abbreviation or a name closing a compound ("U.S. president").
  if (!/^\p{Ll}{3,}$/u.test(other)) return false;
  return [...relatedWords(word, 'noun')].some((name) => name.includes(' ') && name.split(' ').at(-1) === other);
}

/** A particle changes the event: "call off" a strike is not "call" one, "step down" is not "step". */
export function isParticleVariant(left: string, right: string): boolean {
  return left.split(' ')[0] === right.split(' ')[0] && (left.includes(' ') || right.includes(' ')) && left !== right;
}

/** Whether two words name the same thing or one is a kind of the other, either way round. */
export function wordsRelate(left: string, right: string, wordClass: WordClass): boolean {
  if (left === right) return true;
  if (isParticleVariant(left, right)) return false;
  return relatedWords(left, wordClass).has(right) || relatedWords(right, wordClass).has(left);
}

/** Antonyms of a word's first senses ("high" → "low", "open" → "close"). */
export function antonyms(lemma: string, wordClass: WordClass = 'adj'): Set<string> {
  const opposite = new Set<string>();
  for (const offset of senses(lemma, wordClass).slice(0, MAX_SENSES)) {
    for (const pointer of synset(offset, wordClass)?.pointers ?? []) {
      if (pointer.symbol === '!') for (const word of synset(pointer.offset, wordClass)?.words ?? []) opposite.add(word);
    }
  }
  return opposite;
}

const AGENT_ANCESTORS = new Set(['person', 'social group', 'organization', 'military unit', 'people', 'causal agent']);
const LOCATION_ANCESTORS = new Set(['location', 'geological formation', 'land']);
const agentCache = new Map<string, boolean>();
const locationCache = new Map<string, boolean>();

/** Whether a noun's first sense descends from one of the kinds named. */
function firstSenseIs(lemma: string, ancestors: Set<string>, cache: Map<string, boolean>): boolean {
  const cached = cache.get(lemma);
  if (cached !== undefined) return cached;
  let found = false;
  let node: number | undefined = senses(lemma, 'noun')[0];
  for (let steps = 0; node !== undefined && steps < 12 && !found; steps++, node = hypernyms(node, 'noun')[0]) {
    found = (synset(node, 'noun')?.words ?? []).some((word) => ancestors.has(word));
  }
  cache.set(lemma, found);
  return found;
}

/** Whether WordNet has the word in a class ("drown" as a verb; "Police" as a noun, "Fewer" not). */
export function hasSense(word: string, wordClass: WordClass): boolean {
  return senses(word.toLowerCase(), wordClass).length > 0;
}

/** Whether WordNet knows the word in any class: a common word, not only a name ("Reminder", not "Obama"). */
export function isDictionaryWord(word: string): boolean {
  return (['noun', 'verb', 'adj'] as const).some((wordClass) => hasSense(word, wordClass));
}

/**
 * How WordNet knows a capitalised word, by its first sense in each class: as a common word written in lower
 * case ("police", "fewer"), as a proper name ("Paris", "Scotland"), or not at all.
 */
export function dictionaryCase(word: string): 'common' | 'proper' | undefined {
  const lower = word.toLowerCase();
  let known: 'proper' | undefined;
  for (const wordClass of ['noun', 'adj'] as const) {
    const first = senses(lower, wordClass)[0];
    const entry = first === undefined ? undefined : synset(first, wordClass);
    if (!entry) continue;
    if (entry.written.includes(lower)) return 'common';
    known = 'proper';
  }
  return known;
}

/** Whether a noun names someone who can act ("fighters", "troops", "police", "CEO"), by its first sense's ancestors. */
export function isAgentNoun(lemma: string): boolean {
  return firstSenseIs(lemma, AGENT_ANCESTORS, agentCache);
}

/** Whether a noun names a place or a landform ("mountains", "outskirts", "region"), by its first sense's ancestors. */
export function isLocationNoun(lemma: string): boolean {
  return firstSenseIs(lemma, LOCATION_ANCESTORS, locationCache);
}

const SETTLEMENT_ANCESTORS = new Set(['city', 'town', 'municipality', 'national capital', 'state capital', 'provincial capital', 'port']);
const settlementCache = new Map<string, boolean>();

/** Whether a name's first sense is a city or town ("London", "Paris"), not a country ("Britain"). */
export function isSettlementNoun(lemma: string): boolean {
  return firstSenseIs(lemma, SETTLEMENT_ANCESTORS, settlementCache);
}
