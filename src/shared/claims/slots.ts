// What a comparison says about one slot of a claim's event: the claim's value, the source's, and whether
// they match, conflict, or the source does not say.
import type { EventFrame } from '../language/event-frame.ts';

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

/**
 * Each slot the sentence leaves unstated, from the first of the item's other sentences that gives it as `given` wants
 * (the same slots, compared against that sentence); each other sentence compared once, and only when needed.
 */
export function fromContext(own: SlotResult[], context: EventFrame[], compare: (other: EventFrame) => SlotResult[], given: (slot: SlotResult) => boolean): SlotResult[] {
  const compared: SlotResult[][] = [];
  return own.map((slot, index) => {
    if (slot.outcome !== 'unstated') return slot;
    for (const [at, other] of context.entries()) {
      const found = (compared[at] ??= compare(other))[index];
      if (found !== undefined && given(found)) return found;
    }
    return slot;
  });
}
