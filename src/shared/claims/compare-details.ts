// The event's details, slot by slot (when is compare-times.ts): where (a place inside a country matches it,
// another country or place conflicts), how many (each source number backs one claim number, hedges as bounds),
// the qualifiers ("first", "only") and a thing the claim says the event had that the source denies.
import { type EventFrame, PLACE_NOUNS, qualifierPhrase } from '../language/event-frame.ts';
import { isTrailingParticiple, LIGHT_VERBS } from '../language/clauses.ts';
import { isSuperlativeForm } from '../language/main-event.ts';
import { compareNames, findName, namedSame } from '../language/compare-names.ts';
import { endOf, isOwnName, type NameMention, plainWords } from '../language/names.ts';
import { agrees, type Quantity } from '../language/quantities.ts';
import { antonyms, hasSense, isAgentNoun, isLocationNoun, isSettlementNoun, wordsRelate } from '../language/wordnet.ts';
import type { SlotResult } from './slots.ts';
import { actorByName } from '../actors/actors.ts';
import { CLAUSE_AND_HEDGE_WORDS, hasWord, statedOnlyNarrower } from './theme-words.ts';

const HEDGES = new Set(CLAUSE_AND_HEDGE_WORDS);

/** A country by any of its names ("Britain", "the UK"), not a city or a leader of it. */
function countryName(name: NameMention): boolean {
  if (name.actor === undefined) return false;
  if (isOwnName(name)) return true;
  return actorByName(name.surface.replace(/^the\s+/i, ''))?.type === 'country' && name.words.length === 1 && hasSense(name.words[0], 'noun') && !isSettlementNoun(name.words[0]) && isLocationNoun(name.words[0]);
}

/**
 * Places: the same name matches; a country matches a place inside it; a more specific place than the
 * source gives is not stated; a place in another country, or another specific place, conflicts.
 */
export function comparePlaces(claim: EventFrame, source: EventFrame, claimedElsewhere: NameMention[] = [], eventIndex?: number): SlotResult[] {
  // "makes his first televised appearance, predicting nuclear war in the Middle East": a place in a participle's
  // clause after the event is where that participle's talk is, not where the event was.
  const afterward = (name: NameMention) => eventIndex !== undefined && trailingClauseHas(source, eventIndex, name.index);
  const everywhere = [...source.places, ...source.names.filter((name) => name.actor && !source.places.includes(name))];
  const located = everywhere.filter((name) => !afterward(name));
  const places = source.places.filter((name) => !afterward(name));
  const named = (name: NameMention, among: NameMention[]) => among.some((other) => compareNames(other, name) === 'same');
  return claim.places.filter((place) => !scopesQualifier(claim, place)).map((place) => {
    // The same name anywhere in the sentence ("revealed in the Pandora Papers" / "revealed by the Pandora Papers").
    // Not a name that only describes a thing ("the 2002 Bali bombings") where the source places the event elsewhere
    // ("on Kambangan Island").
    const describesOnly = (name: NameMention) => name.modifier === true && places.some((other) => !countryName(other) && compareNames(other, place) === 'different' && compareNames(other, name) === 'different');
    // Not a city named after its country ("Port Sudan" / "Sudan", "Kuwait City" / "Kuwait"): one is inside the other.
    const sameName = (name: NameMention) => compareNames(name, place) === 'same' && !describesOnly(name) && countryName(name) === countryName(place);
    const same = everywhere.find(sameName) ?? source.names.find(sameName);
    if (same) return { slot: 'place', outcome: 'match', claim: place.surface, source: same.surface };
    const isCountry = countryName(place);
    const inside = located.find((name) => name.actor !== undefined && name.actor === place.actor);
    if (inside && isCountry) return { slot: 'place', outcome: 'match', claim: place.surface, source: inside.surface };
    // "held in London" where the source says "in the UK": a place inside the country the source names, not stated.
    // Not when the source names a place of its own there ("in Mombasa, Kenya" against "in Nairobi"); a place in
    // another country ("held in Brisbane") says nothing about this one.
    if (inside && countryName(inside) && !places.some((other) => other !== inside && !countryName(other) && (other.actor === undefined || other.actor === place.actor))) return { slot: 'place', outcome: 'unstated', claim: place.surface };
    // Another country: a place the source names, or a country by its own name (not a person of it).
    // "the Haitian town of Gonaïves": a country's word before a place noun places it in that country.
    const countryNamed = (name: NameMention) => places.includes(name) || isOwnName(name) || (name.actor !== undefined && PLACE_NOUNS.has(source.tokens[name.index + 1]?.lemma ?? ''));
    // A place the claim names elsewhere ("soft-opened in Cebu ahead of the start in Manila") is not another place.
    // "Brisbane, Queensland": the region after a place the claim's other part names, set off by a comma, is that
    // place's. Not after one of this part's own places: "Tumbler Ridge, Alberta" against "Tumbler Ridge, British
    // Columbia" is another region.
    const claimsToo = (name: NameMention) => named(name, [...claim.places, ...claimedElsewhere]) || (source.tokens[name.index - 1]?.text === ',' && places.some((other) => named(other, claimedElsewhere) && !named(other, claim.places) && endOf(other) + 1 === name.index));
    // Not an organisation the claim itself names ("under UN protection" / "under United Nations guard").
    const elsewhere = located.find((name) => countryNamed(name) && name.actor !== undefined && place.actor !== undefined && name.actor !== place.actor && !claimsToo(name) && !claim.names.some((other) => other.actor === name.actor));
    if (elsewhere && !inside) return { slot: 'place', outcome: 'conflict', claim: place.surface, source: elsewhere.surface };
    // A specific place of the source: not a country by any of its names, and not one in another country.
    const specific = places.find((name) => !countryName(name) && !claimsToo(name) && (place.actor === undefined || name.actor === undefined || name.actor === place.actor));
    if (specific && !isCountry) return { slot: 'place', outcome: 'conflict', claim: place.surface, source: specific.surface };
    // "the Calais jungle camp" against "the camp at Grande-Synthe": the source names another town, though not
    // as where it happened. It may contain the claim's place: no verdict either way (`source` says which).
    const town = source.names.find((name) => !name.actor && name.words.length === 1 && isLocationNoun(name.words[0]) && !claim.names.some((other) => compareNames(other, name) !== 'different'));
    return { slot: 'place', outcome: 'unstated', claim: place.surface, ...(town ? { source: town.surface } : {}) };
  });
}

/** Whether the token at `index` is in a participle's clause opened by a comma after the event (", predicting …"). */
function trailingClauseHas(frame: EventFrame, eventIndex: number, index: number): boolean {
  for (let at = index - 1; at > eventIndex; at--) {
    const token = frame.tokens[at];
    if (token.pos === 'VERB' && frame.tokens[at - 1]?.text === ',' && isTrailingParticiple(frame.tokens, at)) return true;
    if ([',', ';', '.'].includes(token.text)) return false;
  }
  return false;
}

/**
 * A place that bounds a qualifier's kind ("the first country in Latin America", "the first woman in Europe")
 * stands or falls with the qualifier; one after an event ("their first summit in Hanoi") is where it happened.
 */
export function scopesQualifier(claim: EventFrame, place: NameMention): boolean {
  if (!claim.qualifierSpan.has(place.index)) return false;
  const head = claim.tokens.slice(0, place.index).findLast((token, at) => claim.qualifierSpan.has(at) && token.pos === 'NOUN');
  // "the third-biggest in California's history", "the largest in Texas history": the place's history is the scope.
  const after = claim.tokens.slice(endOf(place), endOf(place) + 2).find((token) => !/^['’]s$/.test(token.text));
  if (after?.lemma === 'history') return true;
  return head !== undefined && (isAgentNoun(head.lemma) || isLocationNoun(head.lemma) || PLACE_NOUNS.has(head.lemma));
}

/**
 * Each source number backs one claim number: exact ones are paired first, so "about 30 men … fewer than 500"
 * can't both lean on 30. A number the sentence doesn't give may be in the item's other sentences (`aside`);
 * only the sentence itself can contradict it.
 */
/** "175 years since the Hambacher Fest" / "the 175th anniversary of the Hambacher Fest": a count of years as an ordinal. */
function anniversary(years: Quantity, ordinal: Quantity): boolean {
  return !years.ordinal && years.unit === 'year' && ordinal.ordinal && ordinal.unit === 'anniversary';
}

export function compareQuantities(claimed: Quantity[], stated: Quantity[], aside: Quantity[] = []): SlotResult[] {
  const used = new Set<Quantity>();
  const results = new Map<Quantity, SlotResult>();
  for (const quantity of [...claimed].sort((left, right) => Number(left.bound === 'min' || left.bound === 'max') - Number(right.bound === 'min' || right.bound === 'max'))) {
    const all = stated.filter((other) => !used.has(other) && (other.ordinal === quantity.ordinal || (quantity.series && other.ordinal) || (other.series && quantity.ordinal) || anniversary(quantity, other) || anniversary(other, quantity)));
    // "killed at least 30" against "killing at least 17 and wounding 37": a hedged number answers to the
    // source's number hedged the same way, not to another count that happens to lie within its bound.
    const hedgedAlike = quantity.bound === 'min' || quantity.bound === 'max' ? all.filter((other) => other.bound === quantity.bound) : [];
    const hedged = hedgedAlike.length > 0 ? hedgedAlike : all;
    // "killing 23 people" against "killing two people and injuring 23": where the source counts the claim's
    // verb, a number it gives another verb is not that count.
    const counted = quantity.verb ? hedged.filter((other) => other.verb === quantity.verb) : [];
    const free = counted.length > 0 ? hedged.filter((other) => !other.verb || other.verb === quantity.verb) : hedged;
    const match = free.find((other) => agrees(quantity, other) && other.unit === quantity.unit) ?? free.find((other) => agrees(quantity, other));
    if (match) {
      used.add(match);
      results.set(quantity, { slot: 'number', outcome: 'match', claim: quantity.text });
      continue;
    }
    // A share is no rival of an amount ("67 percent contained" / "cost $206.7 million").
    const rival = free.find((other) => (other.unit === quantity.unit || !other.unit || !quantity.unit) && (other.unit === 'percent') === (quantity.unit === 'percent'));
    const elsewhere = aside.find((other) => !used.has(other) && other.ordinal === quantity.ordinal && agrees(quantity, other));
    if (!rival && elsewhere) {
      used.add(elsewhere);
      results.set(quantity, { slot: 'number', outcome: 'match', claim: quantity.text });
      continue;
    }
    results.set(quantity, rival ? { slot: 'number', outcome: 'conflict', claim: quantity.text, source: rival.text } : { slot: 'number', outcome: 'unstated', claim: quantity.text });
  }
  return claimed.map((quantity) => results.get(quantity)!);
}

/**
 * A qualifier stands when the source has it and the same scope: "the largest seizure in European history"
 * is not "the country's single-largest seizure".
 */
export function compareQualifiers(claim: EventFrame, source: EventFrame): SlotResult[] {
  // "the highest end-year level since 2017" where the source says "the lowest": the event turned round.
  // Superlatives only: "first" against a "last" elsewhere in the sentence ("since last year") is no reversal.
  const timeWords = new Set(claim.times.flatMap((time) => time.text.toLowerCase().split(/\s+/)));
  // A place that bounds the qualifier's kind ("the first country in Latin America") is its scope; one where
  // the event happened ("their first summit in Hanoi") is the place slot's.
  const placeWords = new Set(claim.places.filter((place) => !scopesQualifier(claim, place)).flatMap((name) => name.words));
  // "the first American president" / "the first U.S. President": a country said another way is stated.
  // Not where the source ranks within a part of it ("the city's first-ever tornado" / "the first ever recorded in Mexico").
  // Nor where it ranks "in a major U.S. city" and the claim names no such part.
  const rankedInPart = (frame: EventFrame) => frame.tokens.some((token, at) => frame.qualifiers.includes(token.lower) && frame.tokens.slice(at + 1, at + 13).some((next, step, after) => next.lower === 'in' && after.slice(step + 1, step + 7).some((word) => LOCAL_NOUNS.has(word.lemma))));
  const inPart = rankedInPart(source) && !rankedInPart(claim);
  const locally = inPart || source.tokens.some((token, at) => /^['’]s$/.test(token.text) && PLACE_NOUNS.has(source.tokens[at - 1]?.lemma ?? '') && source.qualifiers.some((qualifier) => (source.tokens[at + 1]?.lower ?? '').startsWith(qualifier)));
  const sameCountry = (at: number) => {
    const actor = claim.names.find((name) => name.index === at)?.actor;
    return !locally && actor !== undefined && source.names.some((name) => name.actor === actor);
  };
  const positions = (matches: (token: { lower: string; lemma: string; pos: string }) => boolean) => claim.tokens.flatMap((token, at) => (matches(token) ? [at] : []));
  // The same word twice ("its first 100,000 doses …, the first country in Latin America") is two qualifiers.
  const seen = new Map<string, number>();
  // "while it was still the world's fastest" / "once the world's fastest": a state the source puts in the past.
  const bygone = claim.tokens.some((token) => token.lower === 'still') && source.tokens.some((token, at) => (token.lower === 'once' && token.pos === 'ADV') || token.lower === 'formerly' || (token.lower === 'no' && source.tokens[at + 1]?.lower === 'longer'));
  const past: SlotResult[] = bygone ? [{ slot: 'qualifier', outcome: 'unstated', claim: 'still' }] : [];
  // "its first-ever red alert" / "its second-ever red alert — the first was announced on 7 December": a later one
  // said of the thing ranked leaves "first" unstated, whatever else is called first.
  // Only a later one "-ever", a later "time", or one of the noun the claim ranks ("a second term" is no later first).
  const firstAt = claim.tokens.findIndex((token) => token.lower === 'first');
  const ranked = claim.tokens.slice(firstAt + 1, firstAt + 6).find((token) => token.pos === 'NOUN')?.lemma;
  const laterFirst = firstAt >= 0 && source.tokens.some((token, at) => LATER_ORDINALS.test(token.lower) && ((source.tokens[at + 1]?.text === '-' && source.tokens[at + 2]?.lower === 'ever') || source.tokens[at + 1]?.lower === 'time' || source.tokens.slice(at + 1, at + 5).some((next) => next.lemma === ranked)));
  return [...claim.qualifiers.map((qualifier): SlotResult => {
    const occurrence = seen.get(qualifier) ?? 0;
    seen.set(qualifier, occurrence + 1);
    // "the first soda tax anywhere in the United States" / "the first … in a major U.S. city": ranked within less.
    if (inPart && source.qualifiers.includes(qualifier)) return { slot: 'qualifier', outcome: 'unstated', claim: qualifier };
    const word = claim.tokens.find((token) => token.lower === qualifier && isSuperlativeForm(token));
    const opposite = word ? source.tokens.find((token) => isSuperlativeForm(token) && antonyms(word.lemma).has(token.lemma)) : undefined;
    if (word && opposite) return { slot: 'direction', outcome: 'conflict', claim: word.text, source: opposite.text };
    // "Peres and Abbas … and both accept": "both" standing for two parties the source names adds nothing to check;
    // not "both the Chamber and the Senate", which says the event happened twice.
    // "leader of both his party and the country" against "leader of party and country": both named in the source.
    if (qualifier === 'both' && (bothStandsForParties(claim, source) || bothConjunctsStated(claim, source))) return { slot: 'qualifier', outcome: 'match', claim: qualifier };
    // "the biggest" / "the largest": a superlative of a word WordNet gives as its synonym.
    // "the only gunman" / "the lone gunman": an adjective WordNet gives as its synonym, next to a noun the claim has.
    const alike = (word !== undefined && source.tokens.some((token) => isSuperlativeForm(token) && token.lemma !== word.lemma && wordsRelate(word.lemma, token.lemma, 'adj'))) || synonymBeside(claim, source, qualifier);
    const stated = (source.qualifiers.includes(qualifier) || source.content.has(qualifier) || alike) && !(qualifier === 'first' && laterFirst);
    // The qualifier itself, not a verb sharing its stem ("recorded a record").
    const own = positions((token) => token.lower === qualifier && token.pos !== 'VERB');
    const any = positions((token) => token.lower === qualifier || token.lemma === qualifier);
    const index = own.length > 0 ? (own[occurrence] ?? own.at(-1)!) : (any[occurrence] ?? any.at(-1) ?? -1);
    const phrase = index < 0 ? [] : qualifierPhrase(claim.tokens, index);
    // A number's hedge in the phrase ("the first time in more than 400 years" / "in over 400 years") is the number's.
    // So is a verb in it ("the oldest actress ever to win an Academy Award" / "the oldest-ever nominee for an Academy Award").
    const scope = phrase.filter((at) => ['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(claim.tokens[at].pos) && !LIGHT_VERBS.has(claim.tokens[at].lemma) && claim.tokens[at].lower !== qualifier && !HEDGES.has(claim.tokens[at].lower) && !timeWords.has(claim.tokens[at].lower) && !placeWords.has(plainWords(claim.tokens[at].text)[0] ?? ''));
    // A verb by its own word: "to win an Academy Award" is not stated by "nominee for an Academy Award", though
    // an award is in the win group.
    // The noun the qualifier ranks, only a narrower kind of which the source names, is widened ("the oldest verified
    // person" / "man").
    const head = phrase.find((at) => claim.tokens[at].pos === 'NOUN' && claim.tokens[at + 1]?.pos !== 'NOUN');
    // "the first round of the election" / "the first stage": a stage of a contest said with another word for one.
    const staged = (at: number) => STAGES.has(claim.tokens[at].lemma) && source.tokens.some((token) => STAGES.has(token.lemma));
    const said = (at: number) => staged(at) || (claim.tokens[at].pos === 'VERB' ? source.tokens.some((token) => token.lemma === claim.tokens[at].lemma) : (hasWord(source, claim.tokens[at].lemma) || hasWord(source, claim.tokens[at].lower)) && !(at === head && statedOnlyNarrower(source, claim.tokens[at].lemma)));
    const unscoped = scope.filter((at) => !said(at) && !sameCountry(at));
    return { slot: 'qualifier', outcome: stated && unscoped.length === 0 ? 'match' : 'unstated', claim: stated ? (index < 0 ? qualifier : phrase.map((at) => claim.tokens[at].text).join(' ')) : qualifier };
  }), ...past];
}

/** Words for a stage of a contest or a process ("the first round", "the first stage", "the first phase"). */
const STAGES = new Set(['round', 'stage', 'phase', 'leg', 'ballot']);

/** Parts of a country a first may be ranked within ("the first … in a major U.S. city"). */
const LOCAL_NOUNS = new Set(['city', 'town', 'village', 'state', 'province', 'region', 'county', 'district', 'municipality', 'prefecture']);

/** "both" before a verb, after two parties of the claim that the source names ("Peres and Abbas … both accept"). */
function bothStandsForParties(claim: EventFrame, source: EventFrame): boolean {
  const alone = claim.tokens.findIndex((token, at) => token.lower === 'both' && ['VERB', 'AUX'].includes(claim.tokens[at + 1]?.pos ?? ''));
  if (alone < 0) return false;
  // "both" stands for the last two named before it, named together in one role of the source ("Peres and Abbas
  // accept"), not one speaking of the other ("Trudeau says his wife … after testing positive").
  const parties = claim.parties.filter((party) => party.index < alone && namedSame(source.names, party)).slice(-2);
  const found = parties.map((party) => source.names.find((name) => compareNames(name, party) !== 'different')).filter((name) => name !== undefined).sort((left, right) => left.index - right.index);
  const between = found.length >= 2 ? source.tokens.slice(found[0].index, found.at(-1)!.index) : [];
  const joined = between.length <= 14 && between.some((token) => token.lower === 'and') && !between.some((token) => ['VERB', 'AUX'].includes(token.pos));
  const together = joined || source.tokens.some((token) => token.lower === 'both') || source.predicates.some((predicate) => [predicate.agents, predicate.patients].some((role) => parties.every((party) => findName(role, party))));
  return parties.length >= 2 && together;
}

/** "both X and Y" where the source names the head of X and of Y: it says what the claim says, two of them. */
function bothConjunctsStated(claim: EventFrame, source: EventFrame): boolean {
  const both = claim.tokens.findIndex((token) => token.lower === 'both');
  const and = claim.tokens.findIndex((token, at) => at > both + 1 && at <= both + 6 && token.lower === 'and');
  if (both < 0 || and < 0) return false;
  const noun = (token: { pos: string } | undefined) => token !== undefined && ['NOUN', 'PROPN'].includes(token.pos);
  const left = claim.tokens.slice(both + 1, and).findLast(noun);
  const right = claim.tokens.slice(and + 1, and + 5).find(noun);
  // Not where the source denies one of them ("in the Chamber of Deputies but not in the Senate").
  const denied = (token: { lemma: string; lower: string }) => source.tokens.some((word, at) => [token.lemma, token.lower].includes(word.lower) && source.tokens.slice(Math.max(0, at - 4), at).some((before) => ['not', 'no', 'without', "n't"].includes(before.lower)));
  return left !== undefined && right !== undefined && [left, right].every((token) => (hasWord(source, token.lemma) || hasWord(source, token.lower)) && !denied(token));
}

/** Words that deny the noun phrase after them: "without any agreement", "no date for the next round". */
const DENIERS = new Set(['without', 'no']);

/** Each noun's mentions: denied (inside a "without …" / "no …" phrase) or not. */
function nounPolarity(frame: EventFrame): Map<string, boolean[]> {
  const mentions = new Map<string, boolean[]>();
  let denied = false;
  for (const [index, token] of frame.tokens.entries()) {
    if (DENIERS.has(token.lower)) denied = true;
    else if (token.pos === 'NOUN') mentions.set(token.lemma, [...(mentions.get(token.lemma) ?? []), denied]);
    // "without a single reported violent crime": a participle inside the phrase describes its noun.
    // A name inside the phrase ("no longer the focus of US national security") does not end it.
    else if (!['DET', 'ADJ', 'NUM', 'ADV', 'PROPN', 'PART'].includes(token.pos) && !['any', 'of', 'or'].includes(token.lower) && !(token.pos === 'VERB' && /(ed|ing)$/.test(token.lower) && index + 1 < frame.tokens.length && ['ADJ', 'NOUN'].includes(frame.tokens[index + 1].pos))) denied = false;
  }
  return mentions;
}

/**
 * A thing the claim says the event had that the source says it went without ("ended with an agreement" /
 * "end without any agreement being reached"): a negation of that detail.
 */
export function compareDenials(claim: EventFrame, source: EventFrame): SlotResult[] {
  const stated = nounPolarity(source);
  const results: SlotResult[] = [];
  for (const [noun, claimed] of nounPolarity(claim)) {
    const said = stated.get(noun);
    if (!said) continue;
    // Only that way round: a source's mention is often denied by a word this reading doesn't know ("found
    // nothing to indicate a violent struggle"), so a claim's "no sign of a struggle" is not held against it.
    if (!claimed.some(Boolean) && said.every(Boolean)) results.push({ slot: 'negation', outcome: 'conflict', claim: noun, source: `no ${noun}` });
  }
  return results;
}

/** Ordinals after the first, as news writes them before "-ever" or "time": "second-ever", "third", "2nd". */
const LATER_ORDINALS = /^(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(nd|rd|th))$/;

/** The qualifier said with a WordNet synonym before the same noun ("the only gunman to survive" / "the lone surviving gunman"). */
function synonymBeside(claim: EventFrame, source: EventFrame, qualifier: string): boolean {
  const at = claim.tokens.findIndex((token) => token.lower === qualifier && (token.pos === 'ADJ' || token.pos === 'ADV'));
  const noun = at < 0 ? undefined : claim.tokens.slice(at + 1, at + 4).find((token) => token.pos === 'NOUN');
  if (!noun) return false;
  // "gunmen" is the plural the tagger may leave as it is.
  const singular = (lemma: string) => lemma.replace(/men$/, 'man');
  return source.tokens.some((token, index) => token.pos === 'ADJ' && token.lower !== qualifier && wordsRelate(qualifier, token.lemma, 'adj') && source.tokens.slice(index + 1, index + 4).some((next) => singular(next.lemma) === singular(noun.lemma)));
}
