// Who did it to whom, beyond the event's own parties: a role swap counted once, a side event's parties the other way
// round, and which way an attack went ("fired at a Syrian outpost" / "a shell from Syria").
import type { EventFrame, Predicate } from '../language/event-frame.ts';
import { compareNames, findName, isPersonLike } from '../language/compare-names.ts';
import type { NameMention } from '../language/names.ts';
import { relateSenses } from '../language/predicates.ts';
import { relatedWords } from '../language/wordnet.ts';
import type { SlotResult } from './slots.ts';

/** A role swap shows as two role conflicts (A as agent, B as patient): it is one changed detail. */
export function dedupeRoleSwap(conflicts: SlotResult[], claim: EventFrame, source: EventFrame): SlotResult[] {
  // Several names of one party ("Kenyan runner Dennis Kimetto") differing is one changed actor; a swap shows
  // on both parties and is one changed detail too.
  // A place given as "Nairobi, Kenya" against "Kampala, Uganda" is one changed place, not two.
  // A denial read on the main verb and again on the verb it governs ("not negligent in delaying") is one.
  // So is a year against both the day and the year a name gives ("in 2008" / "wins the Contest 2006" of 20 May 2006).
  const once = conflicts.filter((slot, index) => !(slot.slot === 'role' || slot.slot === 'actor' || slot.slot === 'place' || slot.slot === 'negation' || slot.slot === 'date') || conflicts.findIndex((other) => other.slot === slot.slot) === index);
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

/** Who does a side event: the name after "by" of a passive ("bribes received by Ehud Olmert"), else its one agent. */
function sideAgent(frame: EventFrame, side: Predicate): NameMention | undefined {
  if (side.passive) {
    if (frame.tokens[side.index + 1]?.lower !== 'by') return undefined;
    // "paid by construction firm Odebrecht": the first name after "by", within its phrase.
    const end = frame.tokens.findIndex((token, at) => at > side.index + 1 && (token.pos === 'ADP' || token.pos === 'PUNCT' || token.pos === 'VERB'));
    return frame.names.find((name) => name.index > side.index + 1 && (end < 0 || name.index < end));
  }
  return side.agents.length === 1 ? side.agents[0] : undefined;
}

/**
 * A side event with its parties the other way round ("bribes that Moshe Talansky received from Ehud Olmert"
 * against "bribes received by Ehud Olmert from Moshe Talansky"): the source's doer is the claim's other party.
 */
export function swappedSideRoles(claim: EventFrame, source: EventFrame, predicate: Predicate | undefined): SlotResult[] {
  const results: SlotResult[] = [];
  for (const side of claim.predicates) {
    if (side.index === claim.main?.index || side.agents.length !== 1 || side.passive) continue;
    const stated = source.predicates.find((other) => other !== predicate && other.index !== source.main?.index && other.lemma === side.lemma);
    const doer = stated && sideAgent(source, stated);
    if (!doer || findName([doer], side.agents[0])) continue;
    if (side.patients.some((patient) => findName([doer], patient))) results.push({ slot: 'role', outcome: 'conflict', claim: `${side.agents[0].surface} as agent`, source: doer.surface });
  }
  // "…, succeeding Thein Sein" against "elects Thein Sein as President, succeeding …": the one the claim's side event is
  // done to is the one doing it in the source.
  for (const side of claim.predicates) {
    if (side.index === claim.main?.index || side.passive || side.patients.length === 0 || results.length > 0) continue;
    const stated = source.predicates.find((other) => other !== predicate && other.index !== source.main?.index && other.lemma === side.lemma && !other.passive);
    const undergone = stated && side.patients.find((patient) => findName(stated.agents, patient) && !findName(stated.patients, patient) && !findName(side.agents, patient));
    if (undergone) results.push({ slot: 'role', outcome: 'conflict', claim: `${undergone.surface} as patient`, source: `${undergone.surface} as agent` });
  }
  return results;
}

/**
 * A side event done by someone else: "a gas train run by Qatargas" against "an LNG train operated by RasGas". The
 * side event said after "by" in both, by the same or a related verb, and the claim's doer named nowhere in the source.
 */
export function otherSideAgents(claim: EventFrame, source: EventFrame, predicate: Predicate | undefined): SlotResult[] {
  const results: SlotResult[] = [];
  for (const side of claim.predicates) {
    if (side.index === claim.main?.index || !side.passive) continue;
    const doer = sideAgent(claim, side);
    if (!doer || findName(source.names, doer)) continue;
    const alike = (other: Predicate) => other.lemma === side.lemma || relateSenses(side.keys, other.keys) === 'same' || relatedWords(side.lemma, 'verb').has(other.lemma) || relatedWords(other.lemma, 'verb').has(side.lemma);
    const stated = source.predicates.find((other) => other !== predicate && other.passive && alike(other) && sideAgent(source, other) !== undefined);
    const theirs = stated && sideAgent(source, stated);
    if (theirs && !findName(claim.names, theirs)) results.push({ slot: 'actor', outcome: 'conflict', claim: doer.surface, source: theirs.surface });
  }
  return results;
}

const TARGETS = new Set(['at', 'against', 'on', 'toward', 'towards', 'into']);

/** The preposition that opens a name's phrase ("at a Syrian army outpost", "from Syria"), if any. */
function openingPreposition(frame: EventFrame, name: NameMention): string | undefined {
  for (let at = name.index - 1; at >= Math.max(0, name.index - 4); at--) {
    const token = frame.tokens[at];
    if (token.pos === 'ADP') return token.lower;
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(token.pos)) return undefined;
  }
  return undefined;
}

/**
 * Which way an attack went: "Israel fired a shell at a Syrian outpost" against "a shell from Syria was fired at
 * an Israeli outpost". Two parties each on the other side: the one the claim aims at comes from the source's
 * side, and the one the source aims at is the claim's doer or origin.
 */
export function crossedDirections(claim: EventFrame, source: EventFrame): SlotResult[] {
  const way = (frame: EventFrame, name: NameMention) => {
    const preposition = openingPreposition(frame, name);
    return preposition === 'from' ? 'from' : preposition && TARGETS.has(preposition) ? 'at' : undefined;
  };
  const aimedAt = (frame: EventFrame) => frame.names.filter((name) => way(frame, name) === 'at');
  const [claimTargets, sourceTargets] = [aimedAt(claim), aimedAt(source)];
  const target = claimTargets.find((name) => source.names.some((other) => compareNames(other, name) !== 'different' && way(source, other) === 'from'));
  if (!target) return [];
  const origin = sourceTargets.find((name) => compareNames(name, target) === 'different' && claim.names.some((other) => compareNames(other, name) !== 'different' && way(claim, other) !== 'at'));
  return origin ? [{ slot: 'role', outcome: 'conflict', claim: `at ${target.surface}`, source: `at ${origin.surface}` }] : [];
}

/**
 * Which way a move went: "crossed the floor from Labour to the Conservatives" against "crosses the floor to the
 * Labour Party". A party the claim has the move leave ("from") that the source has it reach ("to", "into"), or the
 * other way round, is a role turned round.
 */
export function reversedMove(claim: EventFrame, event: Predicate, source: EventFrame, stated: Predicate): SlotResult[] {
  // Only names in the phrase of the event's own verb, before any other verb ("demanded an explanation from Britain"
  // is not "react angrily to the British government"; "ambassador to Kosovo" after "making threats" is no move).
  const ownPhrase = (frame: EventFrame, verb: Predicate, name: NameMention) => name.index > verb.index && !frame.predicates.some((other) => other.index > verb.index && other.index < name.index && frame.tokens[other.index].pos === 'VERB');
  const way = (frame: EventFrame, verb: Predicate, name: NameMention) => {
    if (!ownPhrase(frame, verb, name)) return undefined;
    const preposition = openingPreposition(frame, name);
    return preposition === 'from' ? 'from' : preposition === 'to' || preposition === 'into' ? 'to' : undefined;
  };
  for (const name of claim.names) {
    const mine = way(claim, event, name);
    if (mine === undefined) continue;
    const theirs = source.names.filter((other) => compareNames(other, name) !== 'different').map((other) => ({ other, way: way(source, stated, other) }));
    const turned = theirs.find((found) => found.way !== undefined && found.way !== mine);
    if (turned && !theirs.some((found) => found.way === mine)) return [{ slot: 'role', outcome: 'conflict', claim: `${mine} ${name.surface}`, source: `${turned.way} ${turned.other.surface}` }];
  }
  return [];
}

/**
 * With no event of the source matched to the claim's: the source's own doer against the claim's, each one the other
 * does not name, both people named in full: "Mitch McConnell and his
 * family went into quarantine" / "Andy Beshear and his family enter quarantine". Whether it is the same event the
 * rest of the sentence must show (compare-frames' placedByWords).
 */
export function otherMainDoer(claim: EventFrame, source: EventFrame): SlotResult[] {
  const [mine, theirs] = [claim.main?.agents, source.main?.agents];
  if (mine?.length !== 1 || theirs?.length !== 1) return [];
  const [claimed, stated] = [mine[0], theirs[0]];
  // People only: another country or body doing an event of the kind is as often another event ("Bhutan's parliament
  // legalised cannabis" / "the Verkhovna Rada votes to legalise …").
  const people = [claimed, stated].every((name) => name.actor === undefined && name.words.length >= 2 && isPersonLike(name));
  if (!people || findName(source.names, claimed) || findName(claim.names, stated)) return [];
  return [{ slot: 'actor', outcome: 'conflict', claim: claimed.surface, source: stated.surface }];
}
