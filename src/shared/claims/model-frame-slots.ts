// The model's slot readings, each checked against the text of the source it cites: the value the model
// gives for the source must be in that source (a name, a number, a date or the source's day, a verb or a
// qualifier), the claim's side must be the claim's, and the reading must follow from the two values. A
// reading that fails is flagged and becomes "not stated"; a slot of the claim the model left out is added
// as "not stated" and flagged too.
import { type EventFrame, frameOf } from '../language/event-frame.ts';
import { analyse } from '../language/nlp.ts';
import { relateSenses, senseOf } from '../language/predicates.ts';
import { agrees, quantitiesIn, sameNumber } from '../language/quantities.ts';
import { gapInDays, REPORTING_LAG_DAYS } from '../language/time-slot.ts';
import {
  daysApart, differentNames, isNegative, numberOf, type ReadSource, readSource, roleIn, sameName,
  sentenceCounting, sentenceDating, sentenceNaming, sentenceWith, statesName, timesOf,
} from './model-frame-evidence.ts';
import { type CheckedSlot, type FrameSlotKind, type FrameSource, type ModelActor, type ModelFrame, type ModelPlace, type ModelPredicate, type ModelQualifier, type ModelQuantity, type ModelTime, quoteModel, type ReadSlot, type SlotFlag } from './model-frame.ts';

export interface CheckedFrame {
  /** Every slot the check keeps: readings the sources bear out, and "not stated" ones. */
  slots: CheckedSlot[];
  flags: SlotFlag[];
}

/** What one slot's check needs: where its value is looked for in a source, and whether the reading follows. */
interface SlotRule {
  kind: FrameSlotKind;
  claim: string;
  /** Why the claim's side is not the claim's, when it is not. */
  notInClaim?: string;
  find: (read: ReadSource, value: string) => EventFrame | undefined;
  /** Why the reading does not follow from the claim's and the source's values, when it does not. */
  inconsistent: (value: string, sentence: EventFrame, read: ReadSource) => string | undefined;
  role?: 'agent' | 'patient';
}

export function checkFrameSlots(claimText: string, frame: ModelFrame, lookup: (id: string) => FrameSource | undefined): CheckedFrame {
  const claim = frameOf(claimText);
  const reads = new Map<string, ReadSource>();
  const readOf = (source: FrameSource) => reads.get(source.id) ?? reads.set(source.id, readSource(source)).get(source.id)!;
  const result: CheckedFrame = { slots: [], flags: [] };
  const check = (slot: ReadSlot, rule: SlotRule) => {
    const flag = (why: string, source?: FrameSource): void => void result.flags.push({ kind: rule.kind, claim: rule.claim, reading: slot.reading, sourceId: slot.source, source, sourceValue: slot.sourceValue, why });
    if (rule.notInClaim) return flag(rule.notInClaim);
    const kept: CheckedSlot = { kind: rule.kind, claim: rule.claim, reading: 'not stated', role: rule.role };
    result.slots.push(kept);
    if (slot.reading === 'not stated') return;
    const value = slot.sourceValue?.trim();
    if (!slot.source || !value) return flag('it gives no source or no value for the source');
    const source = lookup(slot.source);
    if (!source) return flag(`it cites ${quoteModel(slot.source)}, which is not one of the sources it was shown`);
    const read = readOf(source);
    const sentence = rule.find(read, value);
    if (!sentence) return flag(`that source's text does not contain ${quoteModel(value)}`, source);
    const why = rule.inconsistent(value, sentence, read);
    if (why) return flag(why, source);
    Object.assign(kept, { reading: slot.reading, source, sourceValue: value, sentence: sentence.text });
  };
  const lemma = frame.predicate.lemma.trim().toLowerCase();
  for (const actor of frame.actors) check(actor, actorRule(claim, actor, lemma));
  check(frame.predicate, predicateRule(claim, frame.predicate, lemma));
  for (const time of frame.times) check(time, timeRule(claim, time));
  for (const place of frame.places) check(place, placeRule(claim, place));
  for (const quantity of frame.quantities) check(quantity, quantityRule(claim, quantity));
  for (const qualifier of frame.qualifiers) check(qualifier, qualifierRule(claim, qualifier));
  addLeftOut(claim, frame, result);
  return result;
}

/** A party: its name in the source; a "match" of another name, or a role the source's frame plainly reverses, does not stand. */
function actorRule(claim: EventFrame, actor: ModelActor, lemma: string): SlotRule {
  const swap = actor.reading === 'conflict' && actor.sourceValue !== null && sameName(actor.name, actor.sourceValue);
  return {
    kind: swap ? 'role' : 'actor',
    claim: actor.name,
    role: actor.role,
    notInClaim: statesName(claim, actor.name) ? undefined : `the claim does not name ${quoteModel(actor.name)}`,
    find: sentenceNaming,
    inconsistent: (value, sentence) => {
      const other = actor.role === 'agent' ? 'patient' : 'agent';
      const role = roleIn(sentence, lemma, value);
      if (actor.reading === 'match' && differentNames(actor.name, value)) return `${quoteModel(value)} is another name than ${quoteModel(actor.name)}`;
      if (actor.reading === 'match' && role === other) return `the source has ${quoteModel(value)} as the ${other}, not the ${actor.role}`;
      if (swap && role === actor.role) return `the source has ${quoteModel(value)} as the ${actor.role} too`;
      return undefined;
    },
  };
}

/** The event: its words in the source, and a reading that follows from its direction and polarity. */
function predicateRule(claim: EventFrame, predicate: ModelPredicate, lemma: string): SlotRule {
  const main = claim.main;
  const keys = senseOf(lemma).keys;
  const claimSide = main && main.negated !== predicate.negated ? `the claim ${main.negated ? 'says' : 'does not say'} the event did not happen`
    : main && relateSenses(main.keys, keys) === 'opposite' ? `the claim's event is the opposite of ${quoteModel(lemma)}` : undefined;
  return {
    kind: 'event',
    claim: predicate.negated ? `not ${lemma}` : lemma,
    notInClaim: claimSide,
    find: sentenceWith,
    inconsistent: (value, sentence) => {
      // The source's own predicates among the value's words, as its frame reads them ("declares the bans
      // unconstitutional" lifts a ban; "fail to ratify" is a ratification that did not happen).
      const words = new Set(analyse(value).flatMap((token) => [token.lower, token.lemma]));
      const stated = sentence.predicates.filter((one) => words.has(sentence.tokens[one.index].lower) || words.has(one.lemma));
      const negative = isNegative(value) || stated.some((one) => one.negated && relateSenses(keys, one.keys) !== undefined);
      if (predicate.sourceNegated !== null && predicate.sourceNegated !== negative) return `${quoteModel(value)} ${negative ? 'says' : 'does not say'} the event did not happen`;
      // Where the event groups know both words, they decide the direction, not the model; if they are of two minds, neither does.
      const relations = new Set((stated.length > 0 ? stated.map((one) => one.keys) : analyse(value).map((token) => senseOf(token.lemma).keys)).map((other) => relateSenses(keys, other)).filter((relation) => relation !== undefined));
      const related = relations.size === 1 ? [...relations][0] : undefined;
      if (related && predicate.sourceDirection !== 'not stated' && related !== predicate.sourceDirection) return `${quoteModel(value)} names the ${related} event as ${quoteModel(lemma)}`;
      const conflicting = (related ?? predicate.sourceDirection) === 'opposite' || negative !== predicate.negated;
      if (predicate.reading === 'match' && conflicting) return `${quoteModel(value)} is not the claim's event as the claim states it`;
      if (predicate.reading === 'conflict' && !conflicting) return `${quoteModel(value)} states the claim's event, in the same direction and polarity`;
      return undefined;
    },
  };
}

/** A time: in the source's times or its day, and as far from the claim's as the reading says. */
function timeRule(claim: EventFrame, time: ModelTime): SlotRule {
  const lag = time.precision === 'date' ? REPORTING_LAG_DAYS : 0;
  const claimed = timesOf(time.text);
  return {
    kind: 'date',
    claim: time.text,
    notInClaim: claimed.some((slot) => claim.times.some((other) => gapInDays(slot, other) === 0)) ? undefined : `the claim states no time ${quoteModel(time.text)}`,
    find: sentenceDating,
    inconsistent: (value, _, read) => {
      const apart = daysApart(time.text, value, read.day?.from);
      if (apart === undefined) return undefined;
      if (time.reading === 'match' && apart > lag) return `${quoteModel(value)} is not the claim's ${quoteModel(time.text)}`;
      if (time.reading === 'conflict' && apart <= lag) return `${quoteModel(value)} is the claim's ${quoteModel(time.text)}, not another time`;
      return undefined;
    },
  };
}

function placeRule(claim: EventFrame, place: ModelPlace): SlotRule {
  return {
    kind: 'place',
    claim: place.name,
    notInClaim: statesName(claim, place.name) ? undefined : `the claim names no place ${quoteModel(place.name)}`,
    find: sentenceNaming,
    inconsistent: (value) => {
      if (place.reading === 'match' && differentNames(place.name, value)) return `${quoteModel(value)} is another place than ${quoteModel(place.name)}`;
      if (place.reading === 'conflict' && sameName(place.name, value)) return `${quoteModel(value)} is the claim's own place`;
      return undefined;
    },
  };
}

/** A number: as quantities.ts reads the source, agreeing with the claim's as its hedge allows ("more than 30"). */
function quantityRule(claim: EventFrame, quantity: ModelQuantity): SlotRule {
  const bound = quantitiesIn(analyse(quantity.text), new Set())[0]?.bound;
  const agreesWith = (stated: number) => agrees({ value: quantity.value, bound }, { value: stated });
  return {
    kind: 'number',
    claim: quantity.text,
    notInClaim: claim.quantities.some((stated) => sameNumber(stated.value, quantity.value)) ? undefined : `the claim states no number ${quantity.value}`,
    find: sentenceCounting,
    inconsistent: (value) => {
      const stated = numberOf(value)!;
      if (quantity.reading === 'match' && !agreesWith(stated)) return `${quoteModel(value)} is not the claim's ${quoteModel(quantity.text)}`;
      if (quantity.reading === 'conflict' && agreesWith(stated)) return `${quoteModel(value)} agrees with the claim's ${quoteModel(quantity.text)}`;
      return undefined;
    },
  };
}

function qualifierRule(claim: EventFrame, qualifier: ModelQualifier): SlotRule {
  const word = qualifier.word.trim().toLowerCase();
  const says = (value: string) => analyse(value).some((token) => token.lower === word || token.lemma === word);
  return {
    kind: 'qualifier',
    claim: word,
    notInClaim: says(claim.text) ? undefined : `the claim does not say ${quoteModel(word)}`,
    find: sentenceWith,
    inconsistent: (value) => (qualifier.reading === 'match' && !says(value) ? `${quoteModel(value)} does not say ${quoteModel(word)}` : qualifier.reading === 'conflict' && says(value) ? `${quoteModel(value)} says ${quoteModel(word)} too` : undefined),
  };
}

/** Times, numbers, places and qualifiers of the claim the model's frame leaves out (and its parties, when it lists none): "not stated", flagged. */
function addLeftOut(claim: EventFrame, frame: ModelFrame, result: CheckedFrame) {
  const leftOut = (kind: FrameSlotKind, value: string) => {
    result.slots.push({ kind, claim: value, reading: 'not stated' });
    result.flags.push({ kind, claim: value, reading: 'not stated', sourceId: null, sourceValue: null, why: `the model's frame leaves out the claim's ${kind === 'actor' ? 'party' : kind} ${quoteModel(value)}` });
  };
  for (const time of claim.times) if (!frame.times.some((given) => timesOf(given.text).some((slot) => gapInDays(slot, time) === 0))) leftOut('date', time.text);
  for (const quantity of claim.quantities) if (!frame.quantities.some((given) => sameNumber(given.value, quantity.value))) leftOut('number', quantity.text);
  const named = [...frame.places.map((place) => place.name), ...frame.actors.map((actor) => actor.name)];
  // A frame with no party at all, for a claim whose event has parties, would rest on the event alone.
  if (frame.actors.length === 0) for (const party of [...(claim.main?.agents ?? []), ...(claim.main?.patients ?? [])]) if (!named.some((name) => !differentNames(name, party.surface))) leftOut('actor', party.surface);
  for (const place of claim.places) if (!named.some((name) => !differentNames(name, place.surface))) leftOut('place', place.surface);
  const words = new Set(frame.qualifiers.flatMap((qualifier) => analyse(qualifier.word).flatMap((token) => [token.lower, token.lemma])));
  for (const qualifier of new Set(claim.qualifiers)) if (!words.has(qualifier)) leftOut('qualifier', qualifier);
}
