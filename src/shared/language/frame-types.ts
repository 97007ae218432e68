// The event frame's shape: see event-frame.ts for how a sentence is read into it.
import type { NameMention } from './names.ts';
import type { Token } from './nlp.ts';
import type { Quantity } from './quantities.ts';
import type { TimeSlot } from './time-slot.ts';

export type Role = 'agent' | 'patient' | 'place' | 'other';

export interface FrameActor extends NameMention {
  role: Role;
}

export interface Predicate {
  lemma: string;
  /** The event group (see predicates.ts); `converse` when the verb names it with roles swapped. */
  key: string;
  /** Every event group the verb belongs to. */
  keys: string[];
  converse: boolean;
  negated: boolean;
  /** Said as expected, intended, planned, threatened or possible, not as having happened. */
  hypothetical: boolean;
  passive: boolean;
  index: number;
  agents: NameMention[];
  patients: NameMention[];
}

export interface EventFrame {
  text: string;
  tokens: Token[];
  names: NameMention[];
  places: NameMention[];
  predicates: Predicate[];
  /** The event the sentence is about: its first predicate that is not a reporting verb. */
  main?: Predicate;
  /** Times the text states; a dated source's day comes last, as `day`. */
  times: TimeSlot[];
  day?: TimeSlot;
  quantities: Quantity[];
  qualifiers: string[];
  /** Lemmas of the content words (nouns, verbs, adjectives, adverbs, names). */
  content: Set<string>;
  /** Token indices of the qualifier phrases ("the first former Yugoslav republic", "the largest seizure in European history"). */
  qualifierSpan: Set<number>;
  /** Names that can be parties to an event (not places, not demonyms used as adjectives). */
  parties: NameMention[];
  /** Token indices inside a name. */
  inName: Set<number>;
}
