// What a comparison says about one slot of a claim's event: the claim's value, the source's, and whether
// they match, conflict, or the source does not say.
export type SlotKind = 'event' | 'actor' | 'role' | 'direction' | 'negation' | 'date' | 'place' | 'number' | 'qualifier' | 'detail';
export type Outcome = 'match' | 'conflict' | 'unstated';

export interface SlotResult {
  slot: SlotKind;
  outcome: Outcome;
  /** What the claim says in this slot, and what the source says ("2020" / "4 April 2023"). */
  claim: string;
  source?: string;
}

/** A party, a number or a detail matches: what tells one event from another of its kind (a day and a place alone do not). */
export function identifiesEvent(slots: SlotResult[]): boolean {
  return slots.some((slot) => slot.outcome === 'match' && ['actor', 'number', 'detail'].includes(slot.slot));
}
