// The same event in words that neither the event groups nor WordNet relate ("rescuers pulled seven bodies from
// the collapsed mine" / "seven bodies are recovered after a mine collapse"): a sentence that names every party
// of the claim the same way, as parties of its own events, matches a party or a number and one more detail, has
// every other word of the claim, and gives no sign of another event (a turning verb the claim lacks, its parties
// the other way round, nothing said of what the claim's verb is done to). It may support as well as refute.
import { DENIALS } from '../language/clauses.ts';
import type { EventFrame } from '../language/event-frame.ts';
import { findName, namedSame } from '../language/compare-names.ts';
import { DEMONYM_ENDING, endOf, type NameMention } from '../language/names.ts';
import { relateSenses } from '../language/predicates.ts';
import { identifiesEvent, type SlotResult } from './slots.ts';
import { ASIDE_WORDS, hasWord, objectWords, personWord } from './theme-words.ts';

export interface RestatedEvidence {
  slots: SlotResult[];
  conflicts: SlotResult[];
  /** Claim words the source lacks. */
  extra: string[];
  rivalled: string[];
  /** Parties, dates, places, numbers and details that match. */
  matched: number;
  /** A party of the claim's event the source does not mention. */
  unidentified: boolean;
}

/**
 * Event groups that turn an event round, call it off or take it up again: a sentence with one the claim lacks may
 * report the opposite ("talks broke down" / "resume talks").
 */
const TURNING = ['stop', 'leave', 'reject', 'decrease', 'close', 'cancel', 'ban', 'unban', 'acquit', 'ease', 'resign', 'delay', 'restore'];
/** Verbs of taking up again (not of starting: "commence a strike" restates "staged a strike"). */
const RESUMING = ['resume', 'restart', 'reopen', 'renew', 'revive'];

export function restatesEvent(claim: EventFrame, source: EventFrame, evidence: RestatedEvidence): boolean {
  const { main } = claim;
  if (!main || !source.main || evidence.conflicts.length > 0 || evidence.rivalled.length > 0 || evidence.unidentified) return false;
  // A rise or fall ("gained 200 points") is not restated by an unrelated verb: it may be the other way ("loses 200
  // points", "sheds", "gives up").
  if (main.keys.some((key) => key === 'increase' || key === 'decrease')) return false;
  // Nor a change of state by a sentence that only gives the state ("became president in 2016" / "President of China Xi
  // Jinping assures …", true for years after it), not one of taking office ("take office as the Captains Regent").
  if (main.lemma === 'become' && !source.predicates.some((other) => other.keys.includes('appoint') || other.keys.includes('win'))) return false;
  // Two details, one of them a party or a number: a day and a place alone are shared by every event there.
  if (evidence.matched < 2 || !identifiesEvent(evidence.slots)) return false;
  // A time the claim gives must be the source's, even one the reading hung on a side verb ("a base used by
  // Ethiopian troops inside Somalia in January 2009").
  if (claim.times.length > 0 && !evidence.slots.some((slot) => slot.slot === 'date' && slot.outcome === 'match')) return false;
  // Nor a place it gives ("died in Plains, Georgia" / "has begun receiving hospice care"): unrelated words with the
  // claim's place unstated may report another event of the same people.
  if (evidence.slots.some((slot) => slot.outcome === 'unstated' && ['actor', 'number', 'qualifier', 'detail', 'place'].includes(slot.slot))) return false;
  // A verb of the claim's kind that the comparison set aside (only expected, or another sense) is not restated.
  if (source.predicates.some((other) => relateSenses(main.keys, other.keys) !== undefined)) return false;
  // At most one word missing, and only a person the source names another way ("rescuers", "staff").
  const extra = evidence.extra.filter((word) => !ASIDE_WORDS.has(word));
  if (extra.length > 1 || !extra.every((word) => personWord(claim, word))) return false;
  if (![...main.agents, ...main.patients, ...claim.parties].every((party) => namedSame(source.names, party))) return false;
  if (source.main.negated || main.negated || source.main.hypothetical !== main.hypothetical || denies(claim) !== denies(source)) return false;
  return !turned(claim, source) && !reordered(claim, source) && argumentsStated(claim, source);
}

/** A word that turns what follows it round ("without injuries", "warns Finland against joining"). */
function denies(frame: EventFrame): boolean {
  return frame.tokens.some((token) => DENIALS.has(token.lower) || token.lower === 'against');
}

/** One side has a turning event the other does not ("stepped up its drilling" / "halts its drilling"). */
function turned(claim: EventFrame, source: EventFrame): boolean {
  const groups = (frame: EventFrame) => new Set([...frame.predicates.flatMap((predicate) => predicate.keys).filter((key) => TURNING.includes(key)), ...frame.predicates.map((predicate) => predicate.lemma).filter((lemma) => RESUMING.includes(lemma))]);
  const [claimed, stated] = [groups(claim), groups(source)];
  return [...claimed].some((key) => !stated.has(key)) || [...stated].some((key) => !claimed.has(key));
}

/**
 * The parties in the other order, unless one side says it with a "by" passive ("the council made Abbas
 * president" / "Abbas is appointed by the council"): who did what to whom may be turned round.
 */
export function reordered(claim: EventFrame, source: EventFrame): boolean {
  // Not a people's word describing a noun ("Peruvian president José Jerí"): it holds no place in the order of parties.
  const describing = (name: NameMention) => name.modifier === true || (name.words.length === 1 && DEMONYM_ENDING.test(name.words[0]) && /^\p{Ll}/u.test(source.tokens[endOf(name)]?.text ?? ''));
  const own = source.parties.filter((name) => !describing(name));
  const found = claim.parties.map((party) => findName(own, party)).filter((name) => name !== undefined);
  if (found.length < 2) return false;
  const inverted = found.some((name, at) => found.slice(at + 1).some((later) => later.index < name.index));
  // "are torched by settlers": a "by" agent, named or not.
  const byAgent = (frame: EventFrame) => frame.predicates.some((predicate) => predicate.passive && (predicate.agents.length > 0 || frame.tokens[predicate.index + 1]?.lower === 'by'));
  return inverted === (byAgent(claim) === byAgent(source));
}

/** Who did it is a party of one of the source's events, and what it was done to is in the source. */
function argumentsStated(claim: EventFrame, source: EventFrame): boolean {
  const roles = source.predicates.flatMap((predicate) => [...predicate.agents, ...predicate.patients]);
  if (!claim.main!.agents.every((agent) => findName(roles, agent))) return false;
  const object = objectWords(claim);
  return object.size === 0 || [...object].some((word) => hasWord(source, word));
}

/**
 * The source may state the event with a verb the groups and WordNet don't relate ("an earthquake occurs" / "struck").
 * Such a sentence can refute, never support: it differs in one time, place, number or name, and the rest places the
 * event: every party of the claim in it, its other words all there and two more slots matching; or four or more of
 * the claim's other words with at most one missing, one time, place or number matching, and every party but a changed
 * one named ("Israeli ships shepherded the flotilla's boats into the port of Haifa" / "Israeli ships escort the
 * flotilla's boats to the port of Ashdod").
 */
export function placedToRefute(claim: EventFrame, source: EventFrame, evidence: { slots: SlotResult[]; conflicts: SlotResult[]; extra: string[]; rivalled: string[]; matched: number; theme: string[] }): boolean {
  const { slots, conflicts, extra, rivalled, matched, theme } = evidence;
  const main = claim.main;
  if (!main || conflicts.length !== 1 || rivalled.length > 0) return false;
  const parties = [...main.agents, ...main.patients];
  // Places alone do not place an event at another time: for a changed date a party, a number or a detail must
  // match too ("rebels pushed toward N'Djamena in Chad" is not placed by another push on the capital years later).
  const changed = conflicts[0];
  const dated = identifiesEvent(slots) || changed.slot !== 'date';
  const byDetails = changed.slot !== 'role' && dated && extra.length <= (matched >= 3 ? 2 : 0) && matched >= 2 && (matched >= 3 || theme.length > 0) && parties.every((party) => namedSame(source.names, party));
  // Another party wants more of the claim's words: an event of the kind by someone else is often another event.
  const byWords = ['actor', 'place', 'date', 'number'].includes(changed.slot) && theme.length >= (changed.slot === 'actor' ? 5 : 4) && extra.length <= 1 && (theme.length - extra.length) / theme.length >= 0.8 && matched >= 1 && dated && parties.filter((party) => party.surface !== changed.claim).every((party) => namedSame(source.names, party));
  return byDetails || byWords;
}
