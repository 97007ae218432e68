// Slot-by-slot comparison of a claim's event frame with a source sentence's: is it the same event, and
// for each slot (actor, role, direction, negation, date, place, number, qualifier) do they match,
// conflict, or does the source not say? An event that differs in two core slots is another event.
import { isTrailingParticiple, LIGHT_VERBS } from '../language/clauses.ts';
import type { EventFrame, Predicate } from '../language/event-frame.ts';
import type { Quantity } from '../language/quantities.ts';
import { namedSame } from '../language/compare-names.ts';
import { endOf, type NameMention } from '../language/names.ts';
import { stem } from '../text/tokens.ts';
import { oppositesOf, relateSenses, senseOf } from '../language/predicates.ts';
import { antonyms, isDictionaryWord, isParticleVariant, rivalWords } from '../language/wordnet.ts';
import { conditionalNegation, isPossibility } from '../language/verb-mood.ts';
import { compareDenials, compareQualifiers, compareQuantities, comparePlaces } from './compare-details.ts';
import { compareParties } from './compare-parties.ts';
import { compareNamedYears, compareTimes } from './compare-times.ts';
import { crossedDirections, dedupeRoleSwap, otherMainDoer, otherSideAgents, reversedMove, swappedSideRoles } from './compare-roles.ts';
import { isGeneralVerb, matchPredicate, receiverSide, relateEvents, undergoerSide } from './match-predicate.ts';
import { fromContext, type SlotKind, type SlotResult } from './slots.ts';
import { compoundsStated, countedPeople, hasWord, isPersonNoun, objectWords, PRELIMINARIES, renamedHeads, subjectWords, themeWords, vaguePeople } from './theme-words.ts';
import { placedToRefute, reordered, restatesEvent } from './restated-event.ts';
import { wordsSaidOtherwise } from './near-words.ts';

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
  /** The source states the event as a gerund after a preposition beside its own event ("abolished upon leaving"): its doer is borrowed. */
  borrowed: boolean;
  /** The source only says the event can or may happen ("suggests England cannot win"): it neither refutes nor backs. */
  possible: boolean;
}

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
  // "were released without being charged" against "are charged": what the claim says did not happen alongside its
  // event is the event to compare where the source reports only that.
  const without = predicate ? undefined : withoutEvent(claim);
  if (without && matchPredicate({ ...claim, main: without }, source)) return compareFrames({ ...claim, main: without }, source, options);
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
      const denied = (frame: EventFrame, verb: Predicate) => conditionalNegation(frame.tokens, verb.index, verb.negated);
      slots.push({ slot: 'negation', outcome: denied(source, predicate) === denied(claim, main) ? 'match' : 'conflict', claim: main.negated ? `not ${claimVerb}` : claimVerb, source: predicate.negated ? `not ${sourceVerb}` : sourceVerb });
    }
  }
  if (predicate) slots.push(...reversedSideEvents(claim, source, predicate));
  const context = options.context ?? [];
  slots.push(...compareParties(claim, source, predicate, context.flatMap((other) => other.names)));
  // A move turned round where the verbs already conflict ("suspended from" / "reinstated into") is that one conflict.
  const turnedVerb = slots.some((slot) => slot.slot === 'direction' && slot.outcome === 'conflict');
  if (predicate) slots.push(...swappedSideRoles(claim, source, predicate), ...crossedDirections(claim, source), ...(main && !turnedVerb ? reversedMove(claim, main, source, predicate) : []));
  // A side event's doer found to be another is no longer only unstated.
  for (const other of predicate ? otherSideAgents(claim, source, predicate) : []) {
    const unstated = slots.findIndex((slot) => slot.slot === 'actor' && slot.outcome === 'unstated' && slot.claim === other.claim);
    if (unstated >= 0) slots.splice(unstated, 1, other);
    else slots.push(other);
  }
  if (!predicate && !slots.some((slot) => slot.slot === 'actor' && slot.outcome === 'conflict')) slots.push(...otherMainDoer(claim, source));
  slots.push(...compareTimes(claim, source, predicate), ...compareNamedYears(claim, source));
  // Where the sentence names no place, the item's other sentences place the event, for or against the claim.
  const claimed = options.claimedPlaces ?? [];
  slots.push(...fromContext(comparePlaces(claim, source, claimed, predicate?.index), context, (other) => comparePlaces(claim, other, claimed), (slot) => slot.outcome !== 'unstated'));
  // "Almost two months after hitting the bridge": a span the claim measures from another event sets the time, it
  // counts nothing; left unstated it is no missing number.
  const quantities = compareQuantities(claim.quantities, source.quantities, context.flatMap((other) => other.quantities)).map((slot, index) => (slot.outcome === 'unstated' && countedByName(claim.quantities[index], source) ? { ...slot, outcome: 'match' as const } : slot));
  slots.push(...quantities.filter((slot, index) => slot.outcome !== 'unstated' || !isRelativeSpan(claim, claim.quantities[index])));
  // "… killing at least two people. These are the first bomb attacks since the war": the item's next sentence may
  // state the qualifier of the event its first one reports.
  slots.push(...fromContext(compareQualifiers(claim, source), context, (other) => compareQualifiers(claim, other), (slot) => slot.outcome === 'match'));
  if (predicate) slots.push(...compareDenials(claim, source));
  const conflicts = namedInEither(dedupeRoleSwap(slots.filter((slot) => slot.outcome === 'conflict' && CORE.includes(slot.slot)), claim, source), claim, source);
  // The claim's other words: those the source lacks are extra; sharing half of them anchors the event.
  const theme = themeWords(claim);
  // The item's other sentences may give a side detail, not the thing the event is done to ("won the election").
  const object = objectWords(claim);
  // What the event is done to is not stated by the source's own event verb said another way ("signed a contract" /
  // "signs a memorandum"), only by its own word or a form of it ("received his knighthood" / "is knighted"); unless
  // the claim's verb is too general to carry the event without it ("set fire to" / "torched").
  const eventVerb = predicate && source.tokens[predicate.index]?.pos === 'VERB' && main && !isGeneralVerb(claim.tokens[main.index].lemma) ? source.tokens[predicate.index].lemma : undefined;
  const others = eventVerb ? { ...source, content: new Set([...source.content].filter((lemma) => lemma !== eventVerb)) } : source;
  const stated = (word: string) => (object.has(word) && eventVerb && stem(word).slice(0, 4) !== stem(eventVerb).slice(0, 4) ? hasWord(others, word) : hasWord(source, word));
  const unmatched = theme.filter((word) => !stated(word) && (object.has(word) || !context.some((other) => hasWord(other, word))));
  const compounds = compoundsStated(claim, source, unmatched);
  // A word that is itself the changed detail ("Christmas 2011" against "Christmas 2014") is no extra word.
  // So is the noun a changed party's demonym describes ("the Sudanese army" / "the RSF").
  const changedHeads = conflicts.filter((slot) => slot.slot === 'actor').flatMap((slot) => claim.names.filter((name) => name.surface === slot.claim).map((name) => claim.tokens[endOf(name)]).filter((token) => token?.pos === 'NOUN').map((token) => token.lemma));
  const changed = new Set([...conflicts.flatMap((slot) => slot.claim.toLowerCase().split(/\s+/)), ...changedHeads]);
  const renamed = renamedHeads(claim, source, unmatched);
  const counted = new Set([...countedPeople(claim, source, unmatched), ...vaguePeople(claim, source, unmatched)]);
  // "175 years since" / "the 175th anniversary": an anniversary counts years.
  const yearly = (word: string) => word === 'year' && hasWord(source, 'anniversary');
  // Words the source says otherwise: close in use, where the event is firmly placed, or the death toll (near-words.ts).
  const near = wordsSaidOtherwise(claim, source, { predicate, slots, conflicts }, unmatched);
  const extra = unmatched.filter((word) => !compounds.has(word) && !changed.has(word) && !renamed.has(word) && !counted.has(word) && !yearly(word) && !near.has(word));
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
  // "died" or "was killed" with no one named killing.
  const once = main !== undefined && predicate !== undefined && main.key === 'kill' && (main.converse || main.passive) && main.agents.length === 0 && main.patients.length === 1 && relateEvents(main, predicate) === 'same' && namedSame(source.names, main.patients[0]);
  const anchors = slots.filter((slot) => (slot.outcome === 'match' && ['actor', 'date', 'place', 'number'].includes(slot.slot)) || slot.slot === 'role').length + (themeShared ? 1 : 0) + (themeWhole ? 1 : 0) + (once ? 1 : 0);
  // A party of the claim the source does not mention at all leaves the event unidentified: it may be another one.
  const agents = new Set((claim.main?.agents ?? []).map((agent) => agent.surface));
  const unidentified = slots.some((slot) => slot.slot === 'actor' && slot.outcome === 'unstated' && agents.has(slot.claim));
  const matched = slots.filter((slot) => slot.outcome === 'match' && ['actor', 'date', 'place', 'number', 'detail'].includes(slot.slot)).length;
  const parties = [...(main?.agents ?? []), ...(main?.patients ?? [])];
  // In words the groups and WordNet don't relate, one changed detail of an event placed by the rest (restated-event.ts).
  const placed = predicate === undefined && placedToRefute(claim, source, { slots, conflicts, extra, rivalled, matched, theme });
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
  return { sameEvent, slots, conflicts, extra, core, matched, themeShared, rivalled, predicate, swapped, verbal: predicate !== undefined && source.tokens[predicate.index]?.pos === 'VERB', central: predicate !== undefined && predicate.index === source.main?.index, paraphrased: paraphrased || restated, intended: predicate?.hypothetical === true && main?.hypothetical === false, possible: predicate !== undefined && isPossibility(source.tokens, predicate.index), borrowed: predicate !== undefined && predicate.index !== source.main?.index && /ing$/.test(source.tokens[predicate.index]?.lower ?? '') && source.tokens[predicate.index - 1]?.pos === 'ADP' };
}

/** "two months after", "three days later", "a week before": a span of time from or to another event. */
function isRelativeSpan(frame: EventFrame, quantity: Quantity): boolean {
  const at = frame.tokens.findIndex((token, index) => index > quantity.index && /^(second|minute|hour|day|week|month|year|decade)s?$/.test(token.lower));
  return at > quantity.index && at <= quantity.index + 2 && ['after', 'before', 'later', 'earlier', 'ago'].includes(frame.tokens[at + 1]?.lower ?? '');
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
    if (same && conditionalNegation(source.tokens, same.index, same.negated) !== conditionalNegation(claim.tokens, side.index, side.negated)) results.push({ slot: 'negation', outcome: 'conflict', claim: side.negated ? `not ${claim.tokens[side.index].text}` : claim.tokens[side.index].text, source: same.negated ? `not ${source.tokens[same.index].text}` : source.tokens[same.index].text });
  }
  return results;
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
  // A verb WordNet joins to its particle ("broke down") turns round as its verb does ("break" / "repair").
  return predicate.keys.some((key) => oppositesOf(key).length > 0) || [predicate.lemma, ...predicate.keys].some((word) => antonyms(word, 'verb').size > 0);
}

/** The event a claim says happened without another ("released without being charged"): that other, negated. */
function withoutEvent(claim: EventFrame): Predicate | undefined {
  const main = claim.main;
  if (!main) return undefined;
  const other = claim.predicates.find((predicate) => predicate.index > main.index && predicate.negated && !predicate.hypothetical && claim.tokens.slice(main.index + 1, predicate.index).some((token) => token.lower === 'without'));
  // It shares the main event's parties ("two men … released without being charged" are the men charged).
  return other && { ...other, patients: other.patients.length > 0 ? other.patients : main.patients.length > 0 ? main.patients : main.agents };
}
