// Slot-by-slot comparison of a claim's event frame with a source sentence's: is it the same event, and
// for each slot (actor, role, direction, negation, date, place, number, qualifier) do they match,
// conflict, or does the source not say? An event that differs in two core slots is another event.
import { describesForces, isTrailingParticiple, LIGHT_VERBS, PARTICLES } from '../language/clauses.ts';
import { type EventFrame, type Predicate, predicateAt } from '../language/event-frame.ts';
import type { Quantity } from '../language/quantities.ts';
import { findName, type NameMention, namedSame } from '../language/names.ts';
import { isKnownPredicate, isReporting, oppositesOf, relateSenses, senseOf } from '../language/predicates.ts';
import { antonyms, broaderWords, dictionaryCase, hasSense, isAgentNoun, isDictionaryWord, isParticleVariant, relatedWords, rivalWords } from '../language/wordnet.ts';
import { compareDenials, compareNamedYears, compareQualifiers, compareQuantities, comparePlaces, compareTimes } from './compare-details.ts';
import { compareParties } from './compare-parties.ts';
import { crossedDirections, dedupeRoleSwap, otherSideAgents, swappedSideRoles } from './compare-roles.ts';
import { identifiesEvent, type SlotKind, type SlotResult } from './slots.ts';
import { compoundsStated, countedPeople, hasWord, isPersonNoun, objectWords, PRELIMINARIES, renamedHeads, subjectWords, themeWords } from './theme-words.ts';
import { reordered, restatesEvent } from './restated-event.ts';

export type { Outcome, SlotKind, SlotResult } from './slots.ts';

export interface Comparison {
  sameEvent: boolean;
  slots: SlotResult[];
  /** Core slots in conflict (a role swap counts once). */
  conflicts: SlotResult[];
  /** Claim words the source does not have (after names, predicate, time and numbers are set aside). */
  extra: string[];
  /** How many parties, dates, places, numbers and details match: how firmly the sentence places the event. */
  matched: number;
  /** At least half of the claim's other words are in the sentence. */
  themeShared: boolean;
  /** Extra words that head the event's own parties or object ("Serbia's parliament", "won the election"). */
  core: string[];
  /** Extra words the source answers with a rival of the same kind ("train" where it says "aircraft"). */
  rivalled: string[];
  predicate?: Predicate;
  /** The source states the event with a verb ("joins"), not only a noun ("the accession"). */
  verbal: boolean;
  /** The event is the source sentence's own main event, not one it mentions ("rejects demands that it never join"). */
  central: boolean;
  /** The source states every other slot and word of the claim, its event in words not related to the claim's. */
  paraphrased: boolean;
  /** The one conflict is a role swap of the claim's own parties, each named the same in the source. */
  swapped: boolean;
  /** The source announces the event as coming where the claim says it happened: it may refute, never back it. */
  intended: boolean;
  /** The source only says the event can or may happen ("suggests England cannot win"): it neither refutes nor backs. */
  possible: boolean;
}

/** Modals of mere possibility, against an announced plan ("will", "is to"). */
const POSSIBILITY = new Set(['can', 'cannot', 'could', 'may', 'might']);

const CORE: SlotKind[] = ['actor', 'role', 'direction', 'negation', 'date', 'place', 'number'];

export interface CompareOptions {
  /** The rest of the source's item (its other sentences): a side name, a number or a word stated there is stated. */
  context?: EventFrame[];
  /** Places the rest of the claim names ("… and an eighth person was detained in Brisbane"): not another place. */
  claimedPlaces?: NameMention[];
}

export function compareFrames(claim: EventFrame, source: EventFrame, options: CompareOptions = {}): Comparison {
  const slots: SlotResult[] = [];
  const predicate = undergoerSide(claim, source, receiverSide(claim.main, matchPredicate(claim, source)));
  const main = claim.main;
  if (main) {
    if (!predicate) slots.push({ slot: 'event', outcome: 'unstated', claim: main.lemma });
    else {
      // "voted Yes" against "votes \"No\"": the answer given is the event's direction too.
      const [claimed, stated] = [answerAfter(claim, main.index), answerAfter(source, predicate.index)];
      const reversed = claimed !== undefined && stated !== undefined && claimed !== stated;
      const direction = relateEvents(main, predicate) === 'opposite' || reversed ? 'conflict' : 'match';
      const claimVerb = `"${eventWords(claim, main)}${claimed ? ` ${claimed}` : ''}"`;
      const sourceVerb = `"${eventWords(source, predicate)}${stated ? ` ${stated}` : ''}"`;
      slots.push({ slot: 'direction', outcome: direction, claim: claimVerb, source: sourceVerb });
      slots.push({ slot: 'negation', outcome: predicate.negated === main.negated ? 'match' : 'conflict', claim: main.negated ? `not ${claimVerb}` : claimVerb, source: predicate.negated ? `not ${sourceVerb}` : sourceVerb });
    }
  }
  if (predicate) slots.push(...reversedSideEvents(claim, source, predicate));
  const context = options.context ?? [];
  slots.push(...compareParties(claim, source, predicate, context.flatMap((other) => other.names)));
  if (predicate) slots.push(...swappedSideRoles(claim, source, predicate), ...crossedDirections(claim, source));
  // A side event's doer found to be another is no longer only unstated.
  for (const other of predicate ? otherSideAgents(claim, source, predicate) : []) {
    const unstated = slots.findIndex((slot) => slot.slot === 'actor' && slot.outcome === 'unstated' && slot.claim === other.claim);
    if (unstated >= 0) slots.splice(unstated, 1, other);
    else slots.push(other);
  }
  slots.push(...compareTimes(claim, source, predicate), ...compareNamedYears(claim, source));
  // Where the sentence names no place, the item's other sentences place the event, for or against the claim.
  const claimed = options.claimedPlaces ?? [];
  slots.push(...comparePlaces(claim, source, claimed, predicate?.index).map((slot, index) => (slot.outcome !== 'unstated' ? slot : context.map((other) => comparePlaces(claim, other, claimed)[index]).find((other) => other.outcome !== 'unstated') ?? slot)));
  slots.push(...compareQuantities(claim.quantities, source.quantities, context.flatMap((other) => other.quantities)).map((slot, index) => (slot.outcome === 'unstated' && countedByName(claim.quantities[index], source) ? { ...slot, outcome: 'match' as const } : slot)));
  slots.push(...compareQualifiers(claim, source));
  if (predicate) slots.push(...compareDenials(claim, source));
  const conflicts = namedInEither(dedupeRoleSwap(slots.filter((slot) => slot.outcome === 'conflict' && CORE.includes(slot.slot)), claim, source), claim, source);
  // The claim's other words: those the source lacks are extra; sharing half of them anchors the event.
  const theme = themeWords(claim);
  // The item's other sentences may give a side detail, not the thing the event is done to ("won the election").
  const object = objectWords(claim);
  const unmatched = theme.filter((word) => !hasWord(source, word) && (object.has(word) || !context.some((other) => hasWord(other, word))));
  const compounds = compoundsStated(claim, source, unmatched);
  // A word that is itself the changed detail ("Christmas 2011" against "Christmas 2014") is no extra word.
  const changed = new Set(conflicts.flatMap((slot) => slot.claim.toLowerCase().split(/\s+/)));
  const renamed = renamedHeads(claim, source, unmatched);
  const counted = countedPeople(claim, source, unmatched);
  // "175 years since" / "the 175th anniversary": an anniversary counts years.
  const yearly = (word: string) => word === 'year' && hasWord(source, 'anniversary');
  const extra = unmatched.filter((word) => !compounds.has(word) && !changed.has(word) && !renamed.has(word) && !counted.has(word) && !yearly(word));
  // Things the source names that the claim does not: nouns, not a verb's lemma ("jailed" is no rival of "prison").
  // Common nouns only: a name's words are no rivals ("plant" is no rival of "Illinois", a people).
  const sourceOnly = [...new Set(source.tokens.filter((token, at) => token.pos !== 'VERB' && token.pos !== 'PROPN' && !source.inName.has(at)).map((token) => token.lemma))].filter((word) => source.content.has(word) && !claim.content.has(word) && /^\p{L}{3,}$/u.test(word));
  const rivalled = extra.filter((word) => sourceOnly.some((other) => rivalWords(word, other)));
  // "won the 2008 presidential election" / "wins the Wyoming Democratic caucus", "the primary election": a win of a
  // contest held before the one the claim names.
  const preliminary = main?.key === 'win' && source.tokens.some((token) => PRELIMINARIES.has(token.lemma) && !claim.content.has(token.lemma));
  const won = preliminary ? [...objectWords(claim)].find((word) => !extra.includes(word)) : undefined;
  if (won) {
    extra.push(won);
    rivalled.push(won);
  }
  // A participle setting the scene after the event (", killing 60") is no theme word the source must have; one it
  // has shares the claim's theme all the same.
  const scene = claim.tokens.filter((token, at) => token.pos === 'VERB' && at !== main?.index && isTrailingParticiple(claim.tokens, at) && source.tokens.some((other) => other.lemma === token.lemma)).length;
  const themeShared = theme.length > 0 && (theme.length + scene - extra.length) / (theme.length + scene) >= 0.5;
  // Parties found in swapped roles still identify the event (who beat whom is the question, not who played).
  // Every one of four or more other words in the sentence ("extended their mask mandate and limits on
  // gatherings") places the event as firmly as a date would.
  const themeWhole = theme.length >= 4 && extra.length === 0;
  // A named person dies once: the death and the name identify the event as firmly as a date would.
  const once = main !== undefined && predicate !== undefined && main.key === 'kill' && main.converse && main.agents.length === 0 && main.patients.length === 1 && relateEvents(main, predicate) === 'same' && namedSame(source.names, main.patients[0]);
  const anchors = slots.filter((slot) => (slot.outcome === 'match' && ['actor', 'date', 'place', 'number'].includes(slot.slot)) || slot.slot === 'role').length + (themeShared ? 1 : 0) + (themeWhole ? 1 : 0) + (once ? 1 : 0);
  // A party of the claim the source does not mention at all leaves the event unidentified: it may be another one.
  const agents = new Set((claim.main?.agents ?? []).map((agent) => agent.surface));
  const unidentified = slots.some((slot) => slot.slot === 'actor' && slot.outcome === 'unstated' && agents.has(slot.claim));
  // The source may state the event with a verb the groups and WordNet don't relate ("an earthquake occurs"
  // / "struck"). Such a sentence can refute, never support: every party of the claim is in it, its other
  // words are all there, and it differs in one time, place, number or name while two more slots match.
  const matched = slots.filter((slot) => slot.outcome === 'match' && ['actor', 'date', 'place', 'number', 'detail'].includes(slot.slot)).length;
  const parties = [...(main?.agents ?? []), ...(main?.patients ?? [])];
  // Places alone do not place an event at another time: for a changed date a party, a number or a detail must
  // match too ("rebels pushed toward N'Djamena in Chad" is not placed by another push on the capital years later).
  const placed = predicate === undefined && main !== undefined && conflicts.length === 1 && conflicts[0].slot !== 'role' && (identifiesEvent(slots) || conflicts[0].slot !== 'date') && extra.length <= (matched >= 3 ? 2 : 0) && rivalled.length === 0 && matched >= 2 && (matched >= 3 || theme.length > 0) && parties.every((party) => namedSame(source.names, party));
  // Every party, time, place or number of the claim (three at least) and every other word of it in one sentence,
  // which states no event of the claim's kind turned round or denied: the same event in other words ("goes
  // missing" / "vanishes", "reaches an agreement" / "struck a deal"). It may support as well as refute.
  const paraphrased = predicate === undefined && main !== undefined && conflicts.length === 0 && extra.length === 0 && rivalled.length === 0 && matched >= 3 && !unidentified && [...parties, ...claim.parties].every((party) => namedSame(source.names, party)) && source.main !== undefined && !source.main.negated && !main.negated && source.main.hypothetical === main.hypothetical && !turnable(main) && !turnable(source.main) && !source.predicates.some((other) => isParticleVariant(main.lemma, other.lemma)) && !slots.some((slot) => slot.outcome === 'unstated' && ['actor', 'number', 'qualifier', 'detail'].includes(slot.slot)) && !reordered(claim, source);
  // The same event in words nothing relates, placed by its parties and at least two details (restated-event.ts).
  const restated = predicate === undefined && !paraphrased && restatesEvent(claim, source, { slots, conflicts, extra, rivalled, matched, unidentified });
  // "conducts its second nuclear test": an event the source counts happened more than once; another date of it
  // refutes no claim that does not say which.
  // The count must be of the event itself ("its second nuclear test", after "conducted a nuclear test"), not of
  // something else ("the 31st member", "the third largest city").
  const countsEvent = (unit: string | undefined) => unit !== undefined && main !== undefined && (unit === main.lemma || unit === predicate?.lemma || (LIGHT_VERBS.has(claim.tokens[main.index].lemma) && object.has(unit)) || senseOf(unit).keys.some((key) => main.keys.includes(key)));
  const recurring = conflicts.length === 1 && conflicts[0].slot === 'date' && source.quantities.some((quantity) => quantity.ordinal && quantity.value > 1 && countsEvent(quantity.unit)) && !claim.quantities.some((quantity) => quantity.ordinal);
  // "The Taliban captures Jalalabad. … advancing within reach of Kabul": what the event is done to, named by the item
  // beside another, may undergo an event of its own there; the other refutes nothing.
  const otherParty = conflicts.length === 1 && conflicts[0].slot === 'actor' ? main?.patients.find((name) => name.surface === conflicts[0].claim) : undefined;
  const besides = otherParty !== undefined && context.some((other) => namedSame(other.names, otherParty));
  const sameEvent = !recurring && !besides && (placed || paraphrased || restated || (predicate !== undefined && !unidentified && conflicts.length <= 1 && anchors >= (conflicts.length === 1 ? 2 : 1)));
  const subject = subjectWords(claim);
  const core = extra.filter((word) => object.has(word) || subject.has(word));
  const bothSides = parties.length >= 2 && parties.every((party) => namedSame(source.names, party));
  const swapped = conflicts.length === 1 && conflicts[0].slot === 'role' && bothSides;
  return { sameEvent, slots, conflicts, extra, core, matched, themeShared, rivalled, predicate, swapped, verbal: predicate !== undefined && source.tokens[predicate.index]?.pos === 'VERB', central: predicate !== undefined && predicate.index === source.main?.index, paraphrased: paraphrased || restated, intended: predicate?.hypothetical === true && main?.hypothetical === false, possible: predicate !== undefined && source.tokens.slice(Math.max(0, predicate.index - 3), predicate.index).some((token) => POSSIBILITY.has(token.lower)) };
}

/** How the event is written: the verb, or a verb with the act it carries ("used its veto", "voiced its opposition"). */
function eventWords(frame: EventFrame, predicate: Predicate): string {
  const verb = frame.tokens[predicate.index];
  if (verb.lemma === predicate.lemma || verb.pos !== 'VERB') return verb.text;
  // "went ahead", "came out against": a phrasal verb with its particles.
  const [head, ...rest] = predicate.lemma.split(' ');
  const particles = frame.tokens.slice(predicate.index + 1, predicate.index + 1 + rest.length);
  if (head === verb.lemma && rest.length > 0 && particles.every((token, at) => token.lower === rest[at])) return frame.text.slice(verb.start, particles.at(-1)!.end);
  const between = frame.tokens.slice(predicate.index + 1, predicate.index + 5);
  const act = between.findIndex((token) => token.pos !== 'DET' && token.pos !== 'PRON' && token.pos !== 'ADJ');
  return between[act]?.pos === 'NOUN' ? frame.text.slice(verb.start, between[act].end) : verb.text;
}

/**
 * Two conflicts where one is who did it, and the claim's party is named in the sentence all the same: the
 * parser's roles are the weaker reading ("Italian and German bond yields" / "the gap between Italy and
 * Germany's yields"), so the other conflict alone decides. The party's slot stays, as a conflict no more.
 */
function namedInEither(conflicts: SlotResult[], claim: EventFrame, source: EventFrame): SlotResult[] {
  if (conflicts.length !== 2) return conflicts;
  const parties = conflicts.filter((slot) => slot.slot === 'actor' || slot.slot === 'role');
  if (parties.length !== 1) return conflicts;
  const surface = parties[0].claim.replace(/ as (agent|patient)$/, '');
  const name = claim.names.find((candidate) => candidate.surface === surface);
  return name && namedSame(source.names, name) ? conflicts.filter((slot) => slot !== parties[0]) : conflicts;
}

/**
 * "Yes" or "No" as the answer right after a verb ("votes \"No\" to independence"); after a vote, "for" or
 * "in favour of" is a yes and "against" a no ("the Lords vote in favour of the bill" / "voted against it").
 */
function answerAfter(frame: EventFrame, index: number): string | undefined {
  const after = frame.tokens.slice(index + 1, index + 4);
  const answer = after.find((token) => /^(yes|no)$/i.test(token.text) && /^\p{Lu}/u.test(token.text));
  if (answer) return answer.text.charAt(0).toUpperCase() + answer.text.slice(1).toLowerCase();
  if (frame.tokens[index].lemma !== 'vote') return undefined;
  if (after[0]?.lower === 'against') return 'No';
  if (after[0]?.lower === 'for' || (after[0]?.lower === 'in' && ['favour', 'favor', 'support'].includes(after[1]?.lower ?? '') && after[2]?.lower === 'of')) return 'Yes';
  return undefined;
}

/** The content words right after a predicate: what it is done to ("decriminalizing prostitution"). */
function objectAfter(frame: EventFrame, index: number): Set<string> {
  return new Set(frame.tokens.slice(index + 1, index + 5).filter((token) => token.pos === 'NOUN' || token.pos === 'PROPN').map((token) => token.lemma));
}

/**
 * The claim's other events against the source's: "signed a law decriminalizing prostitution" against
 * "signs a bill outlawing prostitution" agrees on the signing and turns the law round. An opposite event
 * done to the same thing, where the source states no event of the claim's kind, is a changed direction.
 */
function reversedSideEvents(claim: EventFrame, source: EventFrame, predicate: Predicate): SlotResult[] {
  const results: SlotResult[] = [];
  for (const side of claim.predicates) {
    const object = objectAfter(claim, side.index);
    // The same event in the source on the same thing ("cutting allowances" / "allowances that had been cut" is
    // not, its object coming before it): then nothing is turned round.
    const done = (other: Predicate) => relateSenses(side.keys, other.keys) === 'same' && (object.size === 0 || [...objectAfter(source, other.index)].some((word) => object.has(word)) || !source.predicates.some((third) => relateSenses(side.keys, third.keys) === 'opposite'));
    if (side.index === claim.main?.index || source.predicates.some(done)) continue;
    const opposite = source.predicates.find((other) => other !== predicate && relateSenses(side.keys, other.keys) === 'opposite' && [...objectAfter(source, other.index)].some((word) => object.has(word)));
    if (opposite) results.push({ slot: 'direction', outcome: 'conflict', claim: `"${claim.tokens[side.index].text}"`, source: `"${source.tokens[opposite.index].text}"` });
  }
  // "to put ZTE out of business" against "to get ZTE back into business": the same thing, entered or left.
  const towards = (frame: EventFrame) => {
    const found = new Map<string, 'out' | 'in'>();
    frame.tokens.forEach((token, at) => {
      const way = token.lower === 'into' ? 'in' : token.lower === 'of' && frame.tokens[at - 1]?.lower === 'out' ? 'out' : undefined;
      const noun = frame.tokens.slice(at + 1, at + 3).find((next) => next.pos === 'NOUN');
      if (way && noun) found.set(noun.lemma, way);
    });
    return found;
  };
  const [claimed, stated] = [towards(claim), towards(source)];
  for (const [noun, way] of claimed) {
    if (stated.has(noun) && stated.get(noun) !== way) results.push({ slot: 'direction', outcome: 'conflict', claim: `${way === 'out' ? 'out of' : 'into'} ${noun}`, source: `${way === 'out' ? 'into' : 'out of'} ${noun}` });
  }
  // "declared the Zika virus a global health emergency" against "declares an end to its global health crisis":
  // the same verb, its object ended.
  const endsAfter = (frame: EventFrame, at: number) => frame.tokens.slice(at + 1, at + 4).some((token, offset) => token.lower === 'end' && ['to', 'of'].includes(frame.tokens[at + 2 + offset]?.lower ?? ''));
  if (claim.main && endsAfter(source, predicate.index) && !endsAfter(claim, claim.main.index)) results.push({ slot: 'direction', outcome: 'conflict', claim: `"${claim.tokens[claim.main.index].text}"`, source: `"${source.tokens[predicate.index].text} an end to"` });
  // "ruled that Saudi Arabia did not violate Qatar's rights" against "rules that the Saudi government violated
  // Qatar's rights": the same side event, on the same thing, denied on one side only.
  for (const side of claim.predicates) {
    if (side.index === claim.main?.index) continue;
    const object = objectAfter(claim, side.index);
    const same = source.predicates.find((other) => other !== predicate && relateSenses(side.keys, other.keys) === 'same' && [...objectAfter(source, other.index)].some((word) => object.has(word)));
    if (same && same.negated !== side.negated) results.push({ slot: 'negation', outcome: 'conflict', claim: side.negated ? `not ${claim.tokens[side.index].text}` : claim.tokens[side.index].text, source: same.negated ? `not ${source.tokens[same.index].text}` : source.tokens[same.index].text });
  }
  return results;
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
  const opposite = best(asserted.filter((predicate) => relateSenses(main.keys, predicate.keys) === 'opposite'));
  // "Finland left NATO" against "… approve Finland's accession to NATO, leaving Turkey as the last member to approve":
  // the event about the claim's parties is the claim's, though another of the same kind is mentioned.
  if (same && opposite && overlap(opposite) > overlap(same)) return opposite;
  if (same) return same;
  if (opposite) return opposite;
  // A word of the claim's event group the tagger did not make a predicate ("announces the creation of an office"),
  // before a verb WordNet only loosely relates ("coordinate" as a way to "set up").
  // Not where the source has the event only as expected (below).
  const expectedOnly = !main.hypothetical && source.predicates.some((predicate) => predicate.hypothetical && relateSenses(main.keys, predicate.keys) !== undefined);
  const grouped = expectedOnly ? undefined : scanFor(source, (form) => relateSenses(main.keys, senseOf(form).keys) !== undefined || (main.lemma.includes(' ') && form === main.lemma));
  if (grouped && (!grouped.hypothetical || main.hypothetical)) return grouped;
  // Outside the event groups, WordNet: a synonym or derived form ("separate" / "their separation"), or an antonym.
  const related = best(asserted.filter((predicate) => relateEvents(main, predicate) === 'same')) ?? best(asserted.filter((predicate) => relateEvents(main, predicate) === 'opposite'));
  if (related) return related;
  // "A third explosion hit the plant" / "There is a third explosion at the plant": an event noun that the claim's
  // verb of impact has for subject is the event.
  const happening = eventSubject(claim, main);
  if (happening) {
    const happens = (lemma: string) => relateSenses(senseOf(happening).keys, senseOf(lemma).keys) === 'same';
    const named = source.tokens.findIndex((token) => token.pos === 'NOUN' && happens(token.lemma));
    const stating = best(asserted.filter((predicate) => happens(predicate.lemma))) ?? (named >= 0 ? predicateAt(source, named) : undefined);
    if (stating && !stating.hypothetical) return stating;
  }
  // "Delta says it will cancel all flights to Europe" against "United cancelled all flights to Europe": an event
  // announced as coming identifies the event the claim says happened, only to refute it (Comparison.intended).
  // Only an announcement made ("says it will cancel"), not one expected ("is expected to announce its intention to
  // join"): the announcing verb is itself asserted and the event comes right after "will" or "would".
  // "announces it is to tighten some rules": "is to" announces it as well. Its opposite announced refutes the claim too
  // ("eased the rules" / "is to tighten" them).
  const willDo = (predicate: Predicate) => ['will', 'would'].includes(source.tokens[predicate.index - 1]?.lower ?? '') || (source.tokens[predicate.index - 1]?.lower === 'to' && ['is', 'are'].includes(source.tokens[predicate.index - 2]?.lower ?? ''));
  const announcedAs = (relation: 'same' | 'opposite') => best(source.predicates.filter((predicate) => predicate.hypothetical && willDo(predicate) && !main.hypothetical && relateSenses(main.keys, predicate.keys) === relation && source.predicates.some((other) => isReporting(other.key) && !other.hypothetical && other.index < predicate.index)));
  const announced = announcedAs('same') ?? announcedAs('opposite');
  if (announced) return announced;
  // The source has the event only as expected ("a poll showing that a majority will vote"): a noun of its
  // kind elsewhere in the sentence is not the event having happened.
  if (expectedOnly) return undefined;
  // "Ban warned that atrocities had been committed" / "Ban warns that \"atrocities\" have occurred": what one
  // speaker said in other words is found by the saying, its words then compared as the claim's other words.
  const saying = claim.predicates.find((predicate) => predicate !== main && isReporting(predicate.key) && predicate.agents.length > 0);
  // Not where either side says it with an event of a known kind: "would expand NFL Europa" / "will close it" differ.
  const said = saying && asserted.find((predicate) => isReporting(predicate.key) && relateSenses(saying.keys, predicate.keys) === 'same' && saying.agents.every((agent) => findName(predicate.agents, agent)));
  const plain = (predicate: Predicate) => isReporting(predicate.key) || !isKnownPredicate(predicate.lemma);
  if (said && plain(main) && source.predicates.every(plain)) return said;
  // Not a word naming a party ("ruled" / "by the government"): a body or a person is no event.
  const found = scanFor(source, (form) => !isAgentNoun(form) && relateOutsideGroups(main.lemma, form) === 'same');
  return found && (!found.hypothetical || main.hypothetical) ? found : undefined;
}

/** The source's reading at the first word any form of which `fits` the claim's event, whatever the tagger called it. */
function scanFor(source: EventFrame, fits: (form: string) => boolean): Predicate | undefined {
  // The tagger may leave a verb unlemmatised ("boat capsizes" as a noun): its bare forms are tried too.
  const forms = (token: { lemma: string; lower: string; pos: string }) => [token.lemma, ...['s', 'es', 'd', 'ed'].filter((ending) => token.lower.endsWith(ending)).map((ending) => token.lower.slice(0, -ending.length)), ...phrasalNoun(token)];
  const phrase = (at: number) => forms(source.tokens[at]).map((form) => `${form} ${source.tokens[at + 1]?.lower ?? ''}`);
  // A capital that only opens the sentence ("Clashes break out between police and …") is a common word too.
  const common = (token: { pos: string; lower: string }, at: number) => token.pos !== 'PROPN' || (at === 0 && [token.lower, token.lower.replace(/e?s$/, '')].some((form) => dictionaryCase(form) === 'common'));
  // "a leader of the defeated Islamic Court Union": a participle between a determiner and what it describes is no event.
  // Nor one after a preposition before the people it describes ("abducted by invading Russian forces").
  const pos = (at: number) => source.tokens[at]?.pos ?? '';
  const attributive = (at: number) => (pos(at - 1) === 'DET' && /(ed|en)$/.test(source.tokens[at].lower) && ['ADJ', 'PROPN', 'NOUN'].includes(pos(at + 1)))
    || (pos(at - 1) === 'ADP' && /ing$/.test(source.tokens[at].lower) && describesForces(source.tokens, at));
  // An auxiliary is no event ("will" is no bequest, "may" no month).
  const index = source.tokens.findIndex((token, at) => token.pos !== 'AUX' && (!source.inName.has(at) || at === 0) && !attributive(at) && common(token, at) && [...forms(token), ...phrase(at)].some(fits));
  return index >= 0 ? predicateAt(source, index) : undefined;
}

/** Verbs saying what an event did to a place or people ("hit", "rocked", "left … dead", "destroyed"). */
const IMPACT = new Set(['hit', 'kill', 'destroy']);
const IMPACT_VERBS = new Set(['leave', 'cause', 'damage', 'injure', 'wound', 'rock', 'devastate', 'flood']);

/** The event noun heading the subject of a claim's verb of impact ("A third explosion in four days hit …"). */
function eventSubject(claim: EventFrame, main: Predicate): string | undefined {
  if (!main.keys.some((key) => IMPACT.has(key)) && !IMPACT_VERBS.has(main.lemma)) return undefined;
  for (let back = main.index - 1; back >= Math.max(0, main.index - 6); back--) {
    const token = claim.tokens[back];
    if (token.pos === 'VERB' || token.pos === 'PUNCT') return undefined;
    if (token.pos === 'NOUN' && isKnownPredicate(token.lemma) && !IMPACT.has(senseOf(token.lemma).key)) return token.lemma;
  }
  return undefined;
}

/**
 * A noun made of a verb and its particle ("a lockdown", "a flyby", "the crackdown", "a sell-off"): the verb
 * and the phrasal verb it names ("lock", "lock down").
 */
function phrasalNoun(token: { lower: string; pos: string }): string[] {
  if (token.pos !== 'NOUN') return [];
  // "by" only joined to its verb ("flyby"): after an object it is a preposition, so not among PARTICLES.
  const particle = [...PARTICLES, 'by'].find((candidate) => token.lower.endsWith(candidate));
  const verb = particle === undefined ? undefined : token.lower.slice(0, -particle.length).replace(/-$/, '');
  return verb !== undefined && /^\p{Ll}{2,}$/u.test(verb) && hasSense(verb, 'verb') ? [verb, `${verb} ${particle}`] : [];
}

/** "Three Bali bombers were executed" / "A, B, and C are executed": the source names as many people as the claim counts. */
function countedByName(quantity: Quantity, source: EventFrame): boolean {
  const count = quantity.value;
  // A count of people ("three bombers", "two of them"), not a share or an amount.
  // The unit may be a name before the counted noun ("three Bali bombers").
  const people = quantity.unit === undefined || isPersonNoun(quantity.unit) || (quantity.unit !== 'percent' && !isDictionaryWord(quantity.unit));
  if (!people || quantity.ordinal || quantity.bound || !Number.isInteger(count) || count < 2 || count > 12) return false;
  // Each a person's name: two to four words, the last no common word ("Imam Samudra", not "European Central Bank").
  const person = (name: NameMention) => !name.actor && name.words.length >= 2 && name.words.length <= 4 && !isDictionaryWord(name.words.at(-1)!);
  return source.predicates.some((predicate) => [predicate.agents, predicate.patients].some((names) => names.length === count && names.every(person)));
}

/** A verb that can be turned round ("rise" / "fall", "open" / "close"): its events have an opposite, or WordNet an antonym. */
function turnable(predicate: Predicate): boolean {
  return predicate.keys.some((key) => oppositesOf(key).length > 0) || antonyms(predicate.lemma, 'verb').size > 0;
}

/** How a source predicate relates to the claim's event: by the event groups, else by WordNet. */
function relateEvents(main: Predicate, predicate: Predicate): 'same' | 'opposite' | undefined {
  return relateSenses(main.keys, predicate.keys) ?? (receives(main) && receives(predicate) ? 'same' : relateOutsideGroups(main.lemma, predicate.lemma));
}

/**
 * The source's predicate with its roles as the claim's verb would give them: "Lena Orlova receives asylum"
 * (the receiver acts) against "was granted asylum" (the receiver is the patient).
 */
function receiverSide(main: Predicate | undefined, predicate: Predicate | undefined): Predicate | undefined {
  if (!main || !predicate || relateSenses(main.keys, predicate.keys) !== undefined || !receives(main) || !receives(predicate) || main.passive === predicate.passive) return predicate;
  return { ...predicate, agents: predicate.patients, patients: predicate.agents };
}

/**
 * "Lautoka and Nadi were locked down" against "Fiji's cities of Lautoka and Nadi enter into a lockdown": the names
 * before an event noun may undergo it as readily as do it. For a claim naming only who it was done to, the noun
 * has no sides: the claim's parties are found where the sentence names them.
 */
function undergoerSide(claim: EventFrame, source: EventFrame, predicate: Predicate | undefined): Predicate | undefined {
  const main = claim.main;
  if (!main || !predicate || source.tokens[predicate.index]?.pos !== 'NOUN' || main.agents.length > 0 || main.patients.length === 0 || predicate.patients.length > 0) return predicate;
  return { ...predicate, agents: [], patients: [] };
}

const GIVING = new Set(['give', 'grant', 'award', 'offer', 'hand', 'accord']);
const RECEIVING = new Set(['get', 'receive', 'obtain', 'gain', 'earn']);

/** "Iran is granted observer status" / "Iran gets observer status": a gift said from its receiver's side. */
function receives(predicate: Predicate): boolean {
  return (GIVING.has(predicate.lemma) && predicate.passive) || (RECEIVING.has(predicate.lemma) && !predicate.passive);
}

/** Verbs so wide that a kind of them says nothing of the event ("vote" is a way to "take", "choose" one to "make"). */
const VAGUE_VERBS = new Set(['take', 'make', 'get', 'give', 'go', 'come', 'have', 'do', 'put', 'set']);

/** Verbs too general to name a kind of event a narrower verb is ("coordinate" is a way to "set"). */
const GENERAL_VERBS = new Set(['set', 'put', 'place', 'do', 'have', 'change', 'act', 'use', 'handle', 'deal', 'arrange', 'fix', 'turn', 'run', 'hold', 'keep', 'bring', 'let']);

/**
 * Two words the event groups do not both know, by WordNet, read from the claim's word: its synonym or
 * derived form ("separate" / "separation", "sack" / "dismiss") is the same event, an antonym the opposite.
 * Only the claim word's own senses count: "delay" lists "hold" among its senses, but "held" the Olympics
 * is not "delayed" them.
 */
function relateOutsideGroups(claimed: string, stated: string): 'same' | 'opposite' | undefined {
  if (isKnownPredicate(claimed) && isKnownPredicate(stated)) return undefined;
  // A synonym or derived form of the claim's word, or a kind of the claim's event ("convene" is a way to "meet");
  // not a kind of a light verb ("headquarter" is a way to "give").
  // Or the source word's synonym the claim uses in a later sense ("fired" a TV official / "sacks" him), where
  // neither is a light verb ("held" the Olympics is not "delayed" them; "gave a speech" is no "headquarters").
  // Verbs too general to name a kind of event ("coordinate" is a way to "set", "strike" one to "do").
  const general = (lemma: string) => LIGHT_VERBS.has(lemma) || GENERAL_VERBS.has(lemma);
  const synonymOfStated = !LIGHT_VERBS.has(stated) && !LIGHT_VERBS.has(claimed) && !isKnownPredicate(stated) && relatedWords(stated, 'verb').has(claimed);
  if (claimed !== stated && !isParticleVariant(claimed, stated) && ((relatedWords(claimed, 'verb').has(stated) && !VAGUE_VERBS.has(stated)) || synonymOfStated || (broaderWords(stated, 'verb').has(claimed) && !general(claimed)))) return 'same';
  if (antonyms(claimed, 'verb').has(stated) || antonyms(stated, 'verb').has(claimed)) return 'opposite';
  return undefined;
}
