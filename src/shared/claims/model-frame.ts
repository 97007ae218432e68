// The claim's event frame as a model fills it in LLM mode: the same slots as the offline frame
// (src/shared/language/event-frame.ts), each with the model's reading of the sources — match, conflict
// or not stated — and the source and value it read it from. The adapter's zod schema has this shape.
import { isInstructionToMachine } from '../text/untrusted-text.ts';

export const SLOT_READINGS = ['match', 'conflict', 'not stated'] as const;
export type SlotReading = (typeof SLOT_READINGS)[number];

/** The model's reading of one slot: which source it read it from and what that source says there. */
export interface ReadSlot {
  reading: SlotReading;
  /** The id of the source as the model cites it ("p2"); null when not stated. */
  source: string | null;
  /** What that source says in this slot, as the model copied it; null when not stated. */
  sourceValue: string | null;
}

export interface ModelActor extends ReadSlot {
  name: string;
  role: 'agent' | 'patient';
}

export interface ModelPredicate extends ReadSlot {
  /** The claim's event verb, as a dictionary form ("join"). */
  lemma: string;
  /** The claim says the event did not happen. */
  negated: boolean;
  /** The source's event against the claim's: the same one or its opposite ("leaves" for "joins"). */
  sourceDirection: 'same' | 'opposite' | 'not stated';
  /** The source says its event did not happen. */
  sourceNegated: boolean | null;
}

export interface ModelTime extends ReadSlot {
  /** The time as the claim states it ("in 2020", "4 April 2023"). */
  text: string;
  precision: 'date' | 'month' | 'year';
}

export interface ModelPlace extends ReadSlot {
  name: string;
}

export interface ModelQuantity extends ReadSlot {
  /** The claim's words for it ("more than 30 people"). */
  text: string;
  value: number;
  unit: string | null;
}

export interface ModelQualifier extends ReadSlot {
  /** "first", "only", "record", "all", "unanimously", a superlative. */
  word: string;
}

export interface ModelFrame {
  actors: ModelActor[];
  predicate: ModelPredicate;
  times: ModelTime[];
  places: ModelPlace[];
  quantities: ModelQuantity[];
  qualifiers: ModelQualifier[];
}

/** A source the model was shown, under the id it cites it by. */
export interface FrameSource {
  id: string;
  passageId: string;
  text: string;
  publishedAt?: string;
  /** How a warning names it to a reader ("Wire L, 4 April 2023"). */
  name: string;
}

export type FrameSlotKind = 'actor' | 'role' | 'event' | 'date' | 'place' | 'number' | 'qualifier';

/** One slot after the check: what the claim says, what the model read, and whether the source bears it out. */
export interface CheckedSlot {
  kind: FrameSlotKind;
  /** The claim's value in words ("2020", "Finland as agent", "join"). */
  claim: string;
  reading: SlotReading;
  source?: FrameSource;
  sourceValue?: string;
  /** The source sentence the value was found in (the first sentence when only the source's day bears it out). */
  sentence?: string;
  role?: 'agent' | 'patient';
}

/** A reading set aside: the slot, the source, and why it was not borne out. */
export interface SlotFlag {
  kind: FrameSlotKind;
  claim: string;
  reading: SlotReading;
  sourceId: string | null;
  source?: FrameSource;
  sourceValue: string | null;
  why: string;
}

const PLAIN_VALUE = /^[\p{L}\p{M}\p{N} ,.'’%$€£&()–-]{1,60}$/u;

/**
 * A string the model wrote, quoted for a warning only when it is a short plain value: a model that obeys
 * an instruction in a source could otherwise carry a link or a command into the report through a warning.
 */
export function quoteModel(text: string): string {
  const value = text.trim();
  return PLAIN_VALUE.test(value) && !/https?|www\./i.test(value) && !isInstructionToMachine(value) ? `"${value}"` : 'a value it wrote';
}
