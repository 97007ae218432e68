// Slot-by-slot comparison of a claim's event frame with a source sentence's: is it the same event, and
// for each slot (actor, role, direction, negation, date, place, number, qualifier) do they match,
// conflict, or does the source not say? An event that differs in two core slots is another event.
import { isSubordinate } from '../language/clauses.ts';
import { type EventFrame, type Predicate, predicateAt, qualifierPhrase } from '../language/event-frame.ts';
import { compareNames, findName, type NameMention, plainWords } from '../language/names.ts';
import { isKnownPredicate, isReporting, isTwoParty, relateSenses, senseOf } from '../language/predicates.ts';
import type { Quantity } from '../language/quantities.ts';
import { gapInDays, type TimeSlot } from '../language/time-slot.ts';
import { antonyms, isParticleVariant, relatedWords, rivalWords } from '../language/wordnet.ts';
import { compoundsStated, hasWord, themeWords } from './theme-words.ts';

export type SlotKind = 'event' | 'actor' | 'role' | 'direction' | 'negation' | 'date' | 'place' | 'number' | 'qualifier' | 'detail';
export type Outcome = 'match' | 'conflict' | 'unstated';

export interface SlotResult {
  slot: SlotKind;
  outcome: Outcome;
  /** What the claim says in this slot, and what the source says ("2020" / "4 April 2023"). */
  claim: string;
  source?: string;
}

export interface Comparison {
  sameEvent: boolean;
  slots: SlotResult[];
  /** Core slots in conflict (a role swap counts once). */
  conflicts: SlotResult[];
  /** Claim words the source does not have (after names, predicate, time and numbers are set aside). */
  extra: string[];
  /** Extra words that head the event's own parties or object ("Serbia's parliament", "won the election"). */
  core: string[];
  /** Extra words the source answers with a rival of the same kind ("train" where it says "aircraft"). */
  rivalled: string[];
  predicate?: Predicate;
  /** The source states the event with a verb ("joins"), not only a noun ("the accession"). */
  verbal: boolean;
  /** The event is the source sentence's own main event, not one it mentions ("rejects demands that it never join"). */
  central: boolean;
}

const CORE: SlotKind[] = ['actor', 'role', 'direction', 'negation', 'date', 'place', 'number'];
/** A date given to the day may be reported the day after it happened. */
const REPORTING_LAG_DAYS = 1;

export interface CompareOptions {
  /** The rest of the source's item (its other sentences): a side name, a number or a word stated there is stated. */
  context?: EventFrame[];
}

export function compareFrames(claim: EventFrame, source: EventFrame, options: CompareOptions = {}): Comparison {
  const slots: SlotResult[] = [];
  const predicate = matchPredicate(claim, source);
  const main = claim.main;
  if (main) {
    if (!predicate) slots.push({ slot: 'event', outcome: 'unstated', claim: main.lemma });
    else {
      const direction = relateEvents(main, predicate) === 'opposite' ? 'conflict' : 'match';
      const claimVerb = `"${claim.tokens[main.index].text}"`;
      const sourceVerb = `"${source.tokens[predicate.index].text}"`;
      slots.push({ slot: 'direction', outcome: direction, claim: claimVerb, source: sourceVerb });
      slots.push({ slot: 'negation', outcome: predicate.negated === main.negated ? 'match' : 'conflict', claim: main.negated ? `not ${claimVerb}` : claimVerb, source: predicate.negated ? `not ${sourceVerb}` : sourceVerb });
    }
  }
  const context = options.context ?? [];
  slots.push(...compareParties(claim, source, predicate, context.flatMap((other) => other.names)));
  slots.push(...compareTimes(claim, source));
  // Where the sentence names no place, the item's other sentences place the event, for or against the claim.
  slots.push(...comparePlaces(claim, source).map((slot, index) => (slot.outcome !== 'unstated' ? slot : context.map((other) => comparePlaces(claim, other)[index]).find((other) => other.outcome !== 'unstated') ?? slot)));
  slots.push(...compareQuantities(claim.quantities, source.quantities, context.flatMap((other) => other.quantities)));
  slots.push(...compareQualifiers(claim, source));
  const conflicts = dedupeRoleSwap(slots.filter((slot) => slot.outcome === 'conflict' && CORE.includes(slot.slot)), claim, source);
  // The claim's other words: those the source lacks are extra; sharing half of them anchors the event.
  const theme = themeWords(claim);
  // The item's other sentences may give a side detail, not the thing the event is done to ("won the election").
  const object = objectWords(claim);
  const unmatched = theme.filter((word) => !hasWord(source, word) && (object.has(word) || !context.some((other) => hasWord(other, word))));
  const compounds = compoundsStated(claim, source, unmatched);
  const extra = unmatched.filter((word) => !compounds.has(word));
  // Things the source names that the claim does not: nouns, not a verb's lemma ("jailed" is no rival of "prison").
  const sourceOnly = [...new Set(source.tokens.filter((token) => token.pos !== 'VERB').map((token) => token.lemma))].filter((word) => source.content.has(word) && !claim.content.has(word) && /^\p{L}{3,}$/u.test(word));
  const rivalled = extra.filter((word) => sourceOnly.some((other) => rivalWords(word, other)));
  const themeShared = theme.length > 0 && (theme.length - extra.length) / theme.length >= 0.5;
  // Parties found in swapped roles still identify the event (who beat whom is the question, not who played).
  const anchors = slots.filter((slot) => (slot.outcome === 'match' && ['actor', 'date', 'place', 'number'].includes(slot.slot)) || slot.slot === 'role').length + (themeShared ? 1 : 0);
  // A party of the claim the source does not mention at all leaves the event unidentified: it may be another one.
  const agents = new Set((claim.main?.agents ?? []).map((agent) => agent.surface));
  const unidentified = slots.some((slot) => slot.slot === 'actor' && slot.outcome === 'unstated' && agents.has(slot.claim));
  // The source may state the event with a verb the groups and WordNet don't relate ("an earthquake occurs"
  // / "struck"). Such a sentence can refute, never support: every party of the claim is in it, its other
  // words are all there, and it differs in one time, place, number or name while two more slots match.
  const matched = slots.filter((slot) => slot.outcome === 'match' && ['actor', 'date', 'place', 'number', 'detail'].includes(slot.slot)).length;
  const parties = [...(main?.agents ?? []), ...(main?.patients ?? [])];
  const placed = predicate === undefined && main !== undefined && conflicts.length === 1 && conflicts[0].slot !== 'role' && extra.length === 0 && matched >= 2 && (matched >= 3 || theme.length > 0) && parties.every((party) => findName(source.names, party));
  const sameEvent = placed || (predicate !== undefined && !unidentified && conflicts.length <= 1 && anchors >= (conflicts.length === 1 ? 2 : 1));
  const subject = subjectWords(claim);
  const core = extra.filter((word) => object.has(word) || subject.has(word));
  return { sameEvent, slots, conflicts, extra, core, rivalled, predicate, verbal: predicate !== undefined && source.tokens[predicate.index]?.pos === 'VERB', central: predicate !== undefined && predicate.index === source.main?.index };
}

/** The nouns of the claim's subject: from the clause's start to its verb ("Serbia's parliament declared …"). */
function subjectWords(claim: EventFrame): Set<string> {
  if (!claim.main) return new Set();
  const before = claim.tokens.slice(0, claim.main.index);
  const start = before.findLastIndex((token) => token.text === ',') + 1;
  return new Set(before.slice(start).filter((token) => token.pos === 'NOUN').map((token) => token.lemma));
}

/** The nouns of the phrase right after the claim's verb: what the event is done to ("won the 2008 presidential election"). */
function objectWords(claim: EventFrame): Set<string> {
  const words = new Set<string>();
  if (!claim.main) return words;
  for (let at = claim.main.index + 1; at < claim.tokens.length; at++) {
    const token = claim.tokens[at];
    if (token.pos === 'NOUN') words.add(token.lemma);
    else if (words.size > 0 || !['DET', 'ADJ', 'NUM', 'PROPN', 'PRON', 'ADV', 'PART'].includes(token.pos)) break;
  }
  return words;
}

/**
 * The source's predicate for the claim's event: of those naming the same event (any shared group), the
 * one whose parties overlap the claim's most; else the opposite event; else a word of the same event
 * the tagger did not call a verb ("protesters storm the Capitol").
 */
function matchPredicate(claim: EventFrame, source: EventFrame): Predicate | undefined {
  const main = claim.main;
  if (!main) return undefined;
  const parties = [...main.agents, ...main.patients];
  const overlap = (predicate: Predicate) => parties.filter((party) => findName([...predicate.agents, ...predicate.patients], party)).length;
  const best = (candidates: Predicate[]) => [...candidates].sort((left, right) => overlap(right) - overlap(left) || right.agents.length + right.patients.length - (left.agents.length + left.patients.length))[0];
  // An event only expected, intended or threatened in the source is not the event the claim says happened.
  const asserted = source.predicates.filter((predicate) => predicate.hypothetical === main.hypothetical || !predicate.hypothetical);
  const same = best(asserted.filter((predicate) => relateSenses(main.keys, predicate.keys) === 'same'));
  if (same) return same;
  const opposite = best(asserted.filter((predicate) => relateSenses(main.keys, predicate.keys) === 'opposite'));
  if (opposite) return opposite;
  // Outside the event groups, WordNet: a synonym or derived form ("separate" / "their separation"), or an antonym.
  const related = best(asserted.filter((predicate) => relateEvents(main, predicate) === 'same')) ?? best(asserted.filter((predicate) => relateEvents(main, predicate) === 'opposite'));
  if (related) return related;
  // The tagger may leave a verb unlemmatised ("boat capsizes" as a noun): its bare forms are tried too.
  const forms = (token: { lemma: string; lower: string }) => [token.lemma, ...['s', 'es', 'd', 'ed'].filter((ending) => token.lower.endsWith(ending)).map((ending) => token.lower.slice(0, -ending.length))];
  const phrase = (at: number) => forms(source.tokens[at]).map((form) => `${form} ${source.tokens[at + 1]?.lower ?? ''}`);
  const index = source.tokens.findIndex((token, at) => !source.inName.has(at) && token.pos !== 'PROPN' && [...forms(token), ...phrase(at)].some((form) => relateSenses(main.keys, senseOf(form).keys) !== undefined || (main.lemma.includes(' ') && form === main.lemma) || relateOutsideGroups(main.lemma, form) === 'same'));
  const found = index >= 0 ? predicateAt(source, index) : undefined;
  return found && (!found.hypothetical || main.hypothetical) ? found : undefined;
}

/** How a source predicate relates to the claim's event: by the event groups, else by WordNet. */
function relateEvents(main: Predicate, predicate: Predicate): 'same' | 'opposite' | undefined {
  return relateSenses(main.keys, predicate.keys) ?? relateOutsideGroups(main.lemma, predicate.lemma);
}

/**
 * Two words the event groups do not both know, by WordNet, read from the claim's word: its synonym or
 * derived form ("separate" / "separation", "sack" / "dismiss") is the same event, an antonym the opposite.
 * Only the claim word's own senses count: "delay" lists "hold" among its senses, but "held" the Olympics
 * is not "delayed" them.
 */
function relateOutsideGroups(claimed: string, stated: string): 'same' | 'opposite' | undefined {
  if (isKnownPredicate(claimed) && isKnownPredicate(stated)) return undefined;
  if (claimed !== stated && relatedWords(claimed, 'verb').has(stated) && !isParticleVariant(claimed, stated)) return 'same';
  if (antonyms(claimed, 'verb').has(stated) || antonyms(stated, 'verb').has(claimed)) return 'opposite';
  return undefined;
}

/** Who did it and to whom: a claim's agent found as the source's patient (and the reverse) is a role swap. */
/** Agents and patients over every predicate naming the event ("Obama wins …, beating McCain"). */
function partiesOf(frame: EventFrame, keys: string[]): { agents: NameMention[]; patients: NameMention[] } {
  const same = frame.predicates.filter((predicate) => relateSenses(keys, predicate.keys) !== undefined);
  const unique = (names: NameMention[]) => [...new Set(names)];
  return { agents: unique(same.flatMap((predicate) => predicate.agents)), patients: unique(same.flatMap((predicate) => predicate.patients)) };
}

function compareParties(claim: EventFrame, source: EventFrame, predicate: Predicate | undefined, context: NameMention[]): SlotResult[] {
  const main = claim.main;
  const results: SlotResult[] = [];
  const sourceNames = source.names.filter((name) => !source.places.includes(name));
  const claimed = main ? partiesOf(claim, main.keys) : { agents: [], patients: [] };
  const stated = main && predicate ? partiesOf(source, main.keys) : { agents: [], patients: [] };
  if (predicate) {
    const known = (party: NameMention) => stated.agents.includes(party) || stated.patients.includes(party);
    stated.agents.push(...predicate.agents.filter((party) => !known(party)));
    stated.patients.push(...predicate.patients.filter((party) => !known(party)));
  }
  const twoParty = main !== undefined && isTwoParty(main.key);
  const check = (wanted: NameMention, own: NameMention[], other: NameMention[], label: 'agent' | 'patient') => {
    if (findName(own, wanted) && !(twoParty && findName(other, wanted) && !findName(own, wanted))) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // A swap: this party holds the other role in the source, and the claim's other party is not in this one.
    const counterpart = label === 'agent' ? claimed.patients : claimed.agents;
    const swapped = findName(other, wanted) && (counterpart.length === 0 || counterpart.some((party) => findName(own, party)));
    if (swapped) return results.push({ slot: 'role', outcome: 'conflict', claim: `${wanted.surface} as ${label}`, source: findName(other, wanted)!.surface });
    // The source gives this role to the claim's other party ("France intends to return to … NATO" against
    // "NATO would return to France's …"): the roles are the other way round, whatever the event.
    // The claim's other events count too: "Clarkson was sworn in, replacing Jean" against "Jean is sworn in, replacing Clarkson".
    const elsewhereInClaim = claim.predicates.filter((other) => other !== main && relateSenses(main!.keys, other.keys) === undefined).flatMap((other) => [...other.agents, ...other.patients]);
    const crossed = own.find((name) => (findName(counterpart, name) || findName(elsewhereInClaim, name)) && !findName(label === 'agent' ? claimed.agents : claimed.patients, name));
    if (crossed) return results.push({ slot: 'role', outcome: 'conflict', claim: `${wanted.surface} as ${label}`, source: crossed.surface });
    // Someone else holds the role in the source: the claim names the wrong party, even if its name
    // appears elsewhere in the sentence ("disqualifies Grace Poe, a rival of Mar Roxas").
    // "the Bank of England's Monetary Policy Committee" acts for the Bank of England.
    if (own.some((name) => name.owner && compareNames(name.owner, wanted) !== 'different')) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    const rival = own.find((name) => !findName(claim.names, name));
    if (rival) return results.push({ slot: 'actor', outcome: 'conflict', claim: wanted.surface, source: rival.surface });
    // Named in the sentence in neither role: it is there, though who did what to whom cannot be told.
    // For events with two sides (who beat whom) that is not enough.
    // A name that is another event's subject in the sentence ("… with Jack Dorsey taking over") is not this one's.
    const subjectOf = (other: Predicate) => other.agents.find((name) => compareNames(name, wanted) !== 'different' && name.index > (predicate?.index ?? Infinity) && other.index - (name.index + name.surface.split(/\s+/).length) <= 1);
    const elsewhere = !claim.predicates.some((other) => other !== main && findName(other.agents, wanted)) && source.predicates.some((other) => other !== predicate && relateSenses(main!.keys, other.keys) === undefined && subjectOf(other) !== undefined);
    if (!twoParty && !elsewhere && findName(sourceNames, wanted)) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // Named by the source only to describe a thing ("won the World Cup" / "won their third World Cup title").
    if (findName(sourceNames.filter((name) => name.modifier), wanted)) return results.push({ slot: 'detail', outcome: 'match', claim: wanted.surface });
    // "Pirates seized …", "the Sun produced …": a capitalised common noun the source writes in lower case.
    if (asCommonNoun(source, wanted)) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    return results.push({ slot: 'actor', outcome: 'unstated', claim: wanted.surface });
  };
  if (main && predicate) {
    // A name inside a qualifier phrase ("by a unanimous Nobel Committee") stands or falls with the qualifier.
    for (const agent of main.agents.filter((name) => !claim.qualifierSpan.has(name.index))) check(agent, stated.agents, stated.patients, 'agent');
    for (const patient of main.patients.filter((name) => !claim.qualifierSpan.has(name.index))) check(patient, stated.patients, stated.agents, 'patient');
    // The event's other mentions ("…, defeating Obama") add parties; only a swap of them counts.
    const before = results.length;
    for (const agent of claimed.agents.filter((party) => !main.agents.includes(party))) check(agent, stated.agents, stated.patients, 'agent');
    for (const patient of claimed.patients.filter((party) => !main.patients.includes(party))) check(patient, stated.patients, stated.agents, 'patient');
    // The event's other mentions ("… in protest at the US withdrawal from the Paris Agreement"): a party found
    // there anchors the event and a swap counts; one the source lacks is not held against the claim.
    results.splice(before, results.length - before, ...results.slice(before).filter((slot) => slot.slot === 'role' || slot.outcome === 'match'));
  }
  const reporters = claim.predicates.filter((predicate) => isReporting(predicate.key) && predicate !== main).flatMap((predicate) => predicate.agents);
  const inRoles = new Set([...claimed.agents, ...claimed.patients, ...reporters]);
  for (const name of claim.names) {
    if (inRoles.has(name) || claim.places.includes(name) || claim.qualifierSpan.has(name.index)) continue;
    const sameActor = (other: NameMention) => other.actor !== undefined && other.actor === name.actor;
    // A side name ("Mexico's election") may be given in the item's next sentence ("Mexico's first female president").
    const found = findName(source.names, name) ?? source.names.find(sameActor) ?? findName(context, name) ?? context.find(sameActor);
    // "Portuguese authorities" against "Moroccan authorities": another country's word before the same noun is another party.
    const other = found ? undefined : rivalDemonym(claim, source, name);
    if (other) {
      results.push({ slot: 'actor', outcome: 'conflict', claim: name.surface, source: other.surface });
      continue;
    }
    // A demonym ("Swedish police") qualifies; the source not repeating it is a detail, not a missing party.
    results.push({ slot: name.modifier ? 'detail' : 'actor', outcome: found ? 'match' : 'unstated', claim: name.surface });
  }
  results.push(...compareReporters(claim, source));
  return results;
}

/** A one-word name without an actor that the source has as a common noun ("Pirates" / "by pirates"). */
function asCommonNoun(source: EventFrame, wanted: NameMention): boolean {
  if (wanted.actor || wanted.surface.includes(' ')) return false;
  const word = wanted.surface.toLowerCase();
  return source.tokens.some((token) => token.pos === 'NOUN' && /^\p{Ll}/u.test(token.text) && (token.lower === word || token.lemma === word || `${token.lemma}s` === word));
}

/** A name of another country before the same noun as the claim's demonym ("Moroccan authorities" / "Portuguese authorities"). */
function rivalDemonym(claim: EventFrame, source: EventFrame, name: NameMention): NameMention | undefined {
  const noun = claim.tokens[name.index + 1];
  if (!name.actor || noun?.pos !== 'NOUN') return undefined;
  return source.names.find((other) => other.actor !== undefined && other.actor !== name.actor && source.tokens[other.index + other.surface.split(/\s+/).length]?.lemma === noun.lemma);
}

/** Who announced it: "Cardinal Parolin announced that the Pope had died" against "Cardinal Farrell announces …". */
function compareReporters(claim: EventFrame, source: EventFrame): SlotResult[] {
  const claimed = claim.predicates.filter((predicate) => isReporting(predicate.key) && predicate !== claim.main && predicate.agents.length > 0);
  const stated = source.predicates.filter((predicate) => isReporting(predicate.key) && predicate.agents.length > 0);
  return claimed.flatMap((predicate) => predicate.agents.slice(0, 1).map((agent): SlotResult => {
    if (stated.some((other) => findName(other.agents, agent))) return { slot: 'actor', outcome: 'match', claim: agent.surface };
    // Only the sentence's own reporter is a rival, not one inside a clause ("… until that country declared").
    const rival = stated.find((other) => !isSubordinate(source.tokens, other.index))?.agents[0];
    // "The Guardian reports that …" with "reports" read as a noun: the reporter is still named.
    if (!rival && findName(source.names, agent)) return { slot: 'actor', outcome: 'match', claim: agent.surface };
    return rival ? { slot: 'actor', outcome: 'conflict', claim: agent.surface, source: rival.surface } : { slot: 'actor', outcome: 'unstated', claim: agent.surface };
  }));
}

/** A role swap shows as two role conflicts (A as agent, B as patient): it is one changed detail. */
function dedupeRoleSwap(conflicts: SlotResult[], claim: EventFrame, source: EventFrame): SlotResult[] {
  // Several names of one party ("Kenyan runner Dennis Kimetto") differing is one changed actor; a swap shows
  // on both parties and is one changed detail too.
  // A place given as "Nairobi, Kenya" against "Kampala, Uganda" is one changed place, not two.
  const once = conflicts.filter((slot, index) => !(slot.slot === 'role' || slot.slot === 'actor' || slot.slot === 'place') || conflicts.findIndex((other) => other.slot === slot.slot) === index);
  // The United States as the one who speaks and China as the target, against the reverse: a role swap
  // shows as a changed speaker too; it is one changed detail.
  const swapped = once.filter((slot) => slot.slot === 'role');
  const names = [...claim.names, ...source.names];
  const same = (left: string, right: string) => {
    const [a, b] = [names.find((name) => name.surface === left), names.find((name) => name.surface === right)];
    return a !== undefined && b !== undefined && compareNames(a, b) !== 'different';
  };
  return once.filter((slot) => slot.slot !== 'actor' || !swapped.some((role) => role.source !== undefined && slot.source !== undefined && same(role.claim.split(' as ')[0], slot.source) && same(role.source, slot.claim)));
}

const TIME_CLAUSE_OPENERS = new Set(['when', 'as', 'after', 'while', 'before', 'during', 'because']);

function belongsToMain(frame: EventFrame, index: number): boolean {
  const main = frame.main;
  if (!main) return true;
  const governing = frame.predicates.filter((predicate) => predicate.index < index).at(-1);
  if (!governing || governing === main || governing.index < main.index) return true;
  // Only a clause that describes a noun takes the time away: "a field discovered in 2007", "a deal which was signed in 2015".
  // A clause of time or cause ("died when two trains collided … in March 2015") dates the event itself.
  const tokens = frame.tokens;
  if (tokens.slice(main.index + 1, governing.index).some((token) => TIME_CLAUSE_OPENERS.has(token.lower))) return true;
  const reducedRelative = tokens[governing.index].pos === 'VERB' && /(ed|en)$/.test(tokens[governing.index].lower) && tokens[governing.index - 1]?.pos === 'NOUN';
  const relative = tokens.slice(Math.max(0, governing.index - 3), governing.index).some((token) => ['which', 'that', 'who', 'whose'].includes(token.lower));
  return !(reducedRelative || relative);
}

function formatTime(slot: TimeSlot): string {
  return slot.granularity === 'year' ? slot.from.slice(0, 4) : slot.granularity === 'month' ? slot.from.slice(0, 7) : slot.from;
}

function compareTimes(claim: EventFrame, source: EventFrame): SlotResult[] {
  const sourceTimes = [...source.times.filter((time) => time.granularity !== 'year'), ...(source.day ? [source.day] : [])];
  const fallback = sourceTimes.length > 0 ? sourceTimes : source.times;
  // "pumping oil from a field discovered in 2007": a time inside another verb's clause is that verb's.
  const ownTimes = claim.times.filter((time) => belongsToMain(claim, time.index));
  return ownTimes.map((time) => {
    if (fallback.length === 0) return { slot: 'date', outcome: 'unstated', claim: time.text };
    const lag = time.granularity === 'day' ? REPORTING_LAG_DAYS : 0;
    const near = fallback.find((other) => gapInDays(time, other) <= lag);
    // A year the source names as the event's time ("in 2019") also counts.
    const year = source.times.find((other) => other.granularity === 'year' && gapInDays(time, other) === 0 && time.granularity === 'year');
    if (near || year) return { slot: 'date', outcome: 'match', claim: time.text, source: formatTime(near ?? year!) };
    return { slot: 'date', outcome: 'conflict', claim: time.text, source: formatTime(fallback.at(-1)!) };
  });
}

/**
 * Places: the same name matches; a country matches a place inside it; a more specific place than the
 * source gives is not stated; a place in another country, or another specific place, conflicts.
 */
function comparePlaces(claim: EventFrame, source: EventFrame): SlotResult[] {
  const located = [...source.places, ...source.names.filter((name) => name.actor && !source.places.includes(name))];
  return claim.places.map((place) => {
    const same = located.find((name) => compareNames(name, place) === 'same');
    if (same) return { slot: 'place', outcome: 'match', claim: place.surface, source: same.surface };
    const isCountry = place.actor !== undefined && place.words.join(' ') === place.actor.toLowerCase();
    const inside = located.find((name) => name.actor !== undefined && name.actor === place.actor);
    if (inside && isCountry) return { slot: 'place', outcome: 'match', claim: place.surface, source: inside.surface };
    // Another country: a place the source names, or a country by its own name (not a person of it).
    const countryNamed = (name: NameMention) => source.places.includes(name) || (name.actor !== undefined && name.words.join(' ') === name.actor.toLowerCase());
    const elsewhere = located.find((name) => countryNamed(name) && name.actor !== undefined && place.actor !== undefined && name.actor !== place.actor);
    if (elsewhere && !inside) return { slot: 'place', outcome: 'conflict', claim: place.surface, source: elsewhere.surface };
    const specific = source.places.find((name) => !name.actor || name.words.join(' ') !== name.actor.toLowerCase());
    if (specific && !isCountry) return { slot: 'place', outcome: 'conflict', claim: place.surface, source: specific.surface };
    return { slot: 'place', outcome: 'unstated', claim: place.surface };
  });
}

/** How close two stated numbers must be: 1 % when both are exact, 15 % when either is hedged ("about 300"). */
function sameValue(left: Quantity, right: Quantity): boolean {
  const tolerance = left.bound || right.bound ? 0.15 : 0.01;
  return Math.abs(left.value - right.value) <= tolerance * Math.max(Math.abs(left.value), Math.abs(right.value));
}

/** Whether the source's number agrees with the claim's, the claim's bound taken as stated ("more than 1,000" and 1,300). */
function agrees(claimed: Quantity, stated: Quantity): boolean {
  if (claimed.bound === 'min') return stated.value >= claimed.value * 0.99;
  if (claimed.bound === 'max') return stated.value <= claimed.value * 1.01;
  return sameValue(claimed, stated);
}

/**
 * Each source number backs one claim number: exact ones are paired first, so "about 30 men … fewer than 500"
 * can't both lean on 30. A number the sentence doesn't give may be in the item's other sentences (`aside`);
 * only the sentence itself can contradict it.
 */
function compareQuantities(claimed: Quantity[], stated: Quantity[], aside: Quantity[] = []): SlotResult[] {
  const used = new Set<Quantity>();
  const results = new Map<Quantity, SlotResult>();
  for (const quantity of [...claimed].sort((left, right) => Number(left.bound === 'min' || left.bound === 'max') - Number(right.bound === 'min' || right.bound === 'max'))) {
    const free = stated.filter((other) => !used.has(other) && other.ordinal === quantity.ordinal);
    const match = free.find((other) => agrees(quantity, other) && other.unit === quantity.unit) ?? free.find((other) => agrees(quantity, other));
    if (match) {
      used.add(match);
      results.set(quantity, { slot: 'number', outcome: 'match', claim: quantity.text });
      continue;
    }
    const rival = free.find((other) => other.unit === quantity.unit || !other.unit || !quantity.unit);
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
function compareQualifiers(claim: EventFrame, source: EventFrame): SlotResult[] {
  return claim.qualifiers.map((qualifier) => {
    const stated = source.qualifiers.includes(qualifier) || source.content.has(qualifier);
    // The qualifier itself, not a verb sharing its stem ("recorded a record").
    const own = claim.tokens.findIndex((token) => token.lower === qualifier && token.pos !== 'VERB');
    const index = own >= 0 ? own : claim.tokens.findIndex((token) => token.lower === qualifier || token.lemma === qualifier);
    const timeWords = new Set(claim.times.flatMap((time) => time.text.toLowerCase().split(/\s+/)));
    const placeWords = new Set(claim.places.flatMap((name) => name.words));
    const scope = index < 0 ? [] : qualifierPhrase(claim.tokens, index).map((at) => claim.tokens[at]).filter((token) => ['NOUN', 'PROPN', 'ADJ'].includes(token.pos) && token.lower !== qualifier && !timeWords.has(token.lower) && !placeWords.has(plainWords(token.text)[0] ?? ''));
    const unscoped = scope.filter((token) => !hasWord(source, token.lemma) && !hasWord(source, token.lower));
    const phrase = index < 0 ? qualifier : qualifierPhrase(claim.tokens, index).map((at) => claim.tokens[at].text).join(' ');
    return { slot: 'qualifier', outcome: stated && unscoped.length === 0 ? 'match' : 'unstated', claim: stated ? phrase : qualifier };
  });
}
