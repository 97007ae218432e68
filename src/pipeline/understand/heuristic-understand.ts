// Understands a question without a model: kind, category, entities, time frame, topic and sub-queries.
import { actorByName } from '../../shared/actors/actors.ts';
import type { Facet, Plan } from '../../contracts/types.ts';
import { contentWords, QUESTION_WORDS, STOPWORDS, tokenize } from '../../shared/text/tokens.ts';
import { CLAIM_PREFIX, withoutFraming } from '../../shared/language/claim-text.ts';
import { claimFacets, claimTimeHint } from './claim-facets.ts';
import type { NameMention } from '../../shared/language/names.ts';
import { entityAlternatives } from './entity-alternatives.ts';
import { CATEGORY_KEYWORDS, expansionsOf } from '../../shared/language/lexicon.ts';
import { frameOf } from '../../shared/language/event-frame.ts';
import { type QuestionFrame, questionFrameOf } from '../../shared/language/question-frame.ts';

const QUESTION_START = /^(what|which|who|whom|whose|why|how|when|where|is|are|was|were|do|does|did|can|could|should|would|will|has|have|had)\b/i;

export { entityAlternatives };

export function heuristicUnderstand(question: string): Plan {
  const claimText = question.replace(CLAIM_PREFIX, '');
  const kind = isClaim(question) ? 'claim' : 'question';
  const text = kind === 'claim' ? claimText : question;
  const asked = kind === 'question' ? questionFrameOf(text) : undefined;
  // A claim is read into its event frame once: names, facets and time all come from it.
  const claimed = kind === 'claim' ? frameOf(text) : undefined;
  const claimHint = claimed && claimTimeHint(claimed);
  const terms = asked ? withEventLemma(queryTerms(text), asked) : queryTerms(text);
  // A question's names come from its event frame, whole and without dates; a claim keeps its own path.
  // A claim's names come from its own frame too, so "April 2023" is a time, never a name.
  const entities = asked ? frameEntities(asked.names) : frameEntities(claimed!.names.filter((name) => !name.modifier || name.describes));
  const asksPositions = asked?.type === 'positions';
  const topic = topicOf(text, entities);
  // A claim's dates and numbers are compared with the evidence, never used to filter it.
  const facets = claimed ? claimFacets(text, claimed) : facetsFor(text, terms, entities, asksPositions);
  return {
    question,
    kind,
    category: categoryOf(terms),
    entities,
    terms,
    facets,
    subQueries: [...new Set(facets.map(subQueryText))].slice(0, 8),
    topic,
    asksPositions,
    // "Did Finland join NATO in 2020?" asks whether the year is right, so like a claim's, its year only
    // orders what is read; other questions' years bound the search.
    timeFrame: asked && asked.type !== 'yes/no' ? timeFrameOf(text) : undefined,
    // A claim's date is a slot to compare; it only orders what is read first. So is a question's month or day.
    ...(claimHint ? { timeHint: claimHint } : {}),
    ...(asked?.time && (asked.time.granularity !== 'year' || asked.type === 'yes/no') ? { timeHint: { from: asked.time.from, to: asked.time.to } } : {}),
  };
}

/**
 * The asked event's lemma beside the question's own form: the index stems regular forms alike, but an
 * irregular one ("won", "became", "paid") would miss every "wins", "becomes", "pays".
 */
function withEventLemma(terms: string[], asked: QuestionFrame): string[] {
  const lemma = asked.predicate?.lemma;
  return lemma && /^[a-z]+$/.test(lemma) && !terms.includes(lemma) ? [...terms, lemma] : terms;
}

/** Whole names as written ("Roe v. Wade", "U.S. Supreme Court"), an acronym also under its actor's full name. */
function frameEntities(names: NameMention[]): string[] {
  const entities = new Map<string, string>();
  for (const name of names) {
    const surface = name.surface.replace(/^the\s+/i, '');
    if (surface.length < 2) continue;
    entities.set(surface.toLowerCase(), surface);
    if (name.actor && name.actor !== surface && surface === surface.toUpperCase() && name.actor.length > surface.length) entities.set(name.actor.toLowerCase(), name.actor);
  }
  return [...entities.values()];
}

/** A facet as a plain web query: its required names first, then its words. */
function subQueryText(facet: Facet): string {
  const names = (facet.required ?? []).flatMap((group) => group.slice(0, 1));
  const words = facet.query.split(/\s+/).filter((word) => !names.some((name) => name.toLowerCase() === word.toLowerCase()));
  return [...names, ...words].join(' ').trim();
}

function isClaim(question: string): boolean {
  if (CLAIM_PREFIX.test(question)) return true;
  // "I read that Finland joined NATO in 2023. True?", "Did you know that …?": a statement passed on for checking.
  const statement = withoutFraming(question);
  if (statement !== question.trim() && !statement.endsWith('?') && !QUESTION_START.test(statement)) return true;
  return !question.trim().endsWith('?') && !QUESTION_START.test(question.trim());
}

export function queryTerms(text: string): string[] {
  return [...new Set(contentWords(text).filter((word) => !QUESTION_WORDS.has(word)))];
}

/** Capitalised phrases and acronyms (not sentence-initial question words), as written; "EU" also as "European Union". */
export function findEntities(text: string): string[] {
  const entities: string[] = [];
  const seen = new Set<string>();
  const add = (entity: string) => {
    if (entity.length >= 2 && !seen.has(entity.toLowerCase())) {
      seen.add(entity.toLowerCase());
      entities.push(entity);
    }
  };
  // Digits belong to names ("ALDH1A1", "COVID-19"); a capital that only starts a sentence does not make a name.
  for (const match of text.matchAll(/\b[A-Z][\p{L}\p{N}'’.-]*(?:\s+(?:of|the|for|de)?\s*(?:[A-Z][\p{L}\p{N}'’.-]*|\d{4}))*/gu)) {
    const words = match[0].replace(/['’]s$|[.'’]+$/u, '').trim().split(/\s+/);
    while (words.length > 0 && (QUESTION_START.test(words[0]) || /^(The|A|An|In|On|At)$/.test(words[0]))) words.shift();
    if (words.length === 0 || words.every((word) => STOPWORDS.has(word.toLowerCase()))) continue;
    const phrase = words.join(' ');
    const sentenceStart = match.index === 0 || /[.!?:;]\s*["“']?$/.test(text.slice(0, match.index));
    if (sentenceStart && words.length === 1 && !isNameLike(phrase)) continue;
    add(phrase);
    const actor = actorByName(phrase);
    if (actor && actor.name !== phrase && actor.name.length > phrase.length && phrase === phrase.toUpperCase()) add(actor.name);
  }
  return entities;
}

/** A single word that is a name even at the start of a sentence: a known actor, an acronym, or letters with digits. */
function isNameLike(word: string): boolean {
  return actorByName(word) !== undefined || /^[A-Z]{2,}/.test(word) || /\p{L}\p{N}|\p{N}\p{L}/u.test(word);
}

function categoryOf(terms: string[]): string {
  let best = 'world';
  let bestScore = 0;
  for (const [category, keywords] of Object.entries(CATEGORY_KEYWORDS)) {
    const score = terms.filter((term) => keywords.includes(term)).length;
    if (score > bestScore) [best, bestScore] = [category, score];
  }
  return best;
}

/** "Which NATO members support or oppose Ukraine joining" → "Ukraine joining NATO". */
export function topicOf(text: string, entities: string[]): string {
  const afterCue = text.match(
    /\b(?:support|supports|oppose|opposes|about|on|of|to|regarding|toward|towards)\s+(?:or\s+\w+\s+)?([^,?;]+?)(?:,|\?|;| and what| and why|$)/i,
  );
  let topic = afterCue?.[1]?.trim() ?? '';
  if (tokenize(topic).length === 0 || tokenize(topic).length > 8) topic = entities.slice(0, 3).join(' and ') || queryTerms(text).slice(0, 4).join(' ');
  const missing = entities.filter((entity) => !topic.includes(entity) && /\bjoin|member|accession/i.test(topic));
  return [topic, ...missing.slice(0, 1)].join(' ').trim();
}

function facetsFor(text: string, terms: string[], entities: string[], asksPositions: boolean): Facet[] {
  const core = terms.join(' ');
  const expanded = [...new Set(terms.flatMap((term) => [term, ...expansionsOf(term).slice(0, 4)]))].join(' ');
  // Entities the question names must appear in a focused query's results; aliases widen the match.
  const required = entities.slice(0, 3).map(entityAlternatives).filter((group) => group.length > 0);
  // The proposition is what the topic says happens ("joining"), not how actors feel about it ("support").
  const topicWords = contentWords(topicOf(text, entities));
  const proposition = topicWords.filter((term) => !entities.some((entity) => entity.toLowerCase().includes(term)) && expansionsOf(term).length > 0);
  const facets: Facet[] = [
    { name: 'question', query: core, required },
    { name: 'expanded', query: expanded, required },
    { name: 'broad', query: core },
  ];
  for (const term of proposition.slice(0, 2)) {
    facets.push({ name: `about:${term}`, query: expanded, required: [...required, [term, ...expansionsOf(term)]] });
  }
  if (asksPositions) {
    facets.push({ name: 'support', query: `${core} support backs calls urges welcomes`, required });
    facets.push({ name: 'opposition', query: `${core} opposes rejects blocks veto warns refuses`, required });
    if (/\breason|why|stated|argu/i.test(text)) facets.push({ name: 'reasons', query: `${core} because citing concerns warns would`, required });
  }
  for (const entity of entities.slice(0, 4)) {
    const alternatives = entityAlternatives(entity);
    if (alternatives.length > 0) facets.push({ name: `entity:${entity}`, query: core, required: [alternatives] });
  }
  return facets.filter((facet) => facet.query.trim().length > 0);
}

/** The years a question names bound the search (a month or day in it is a soft preference in the writer). */
function timeFrameOf(text: string): Plan['timeFrame'] {
  const years = (text.match(/\b(19\d{2}|20\d{2})\b/g) ?? []).map(Number).sort();
  if (years.length === 0) return undefined;
  if (/\bsince\b|\bafter\b/i.test(text)) return { from: `${years[0]}-01-01` };
  if (/\bbefore\b|\buntil\b/i.test(text)) return { to: `${years.at(-1)}-12-31` };
  return { from: `${years[0]}-01-01`, to: `${years.at(-1)}-12-31` };
}
