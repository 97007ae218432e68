// LLM mode's claim verdict, checked from the frame the model filled: each slot reading the cited source
// does not bear out is set aside (model-frame-slots.ts), and the verdict is recomputed from the readings
// that stand, on the documented scale: a core slot in conflict → false, an overstated qualifier →
// misleading, a date or place no source states → mostly supported, every slot matching → supported, no
// event found → not enough evidence ("unsupported"). A warning says what changed and why, naming the
// slot and the source. Pure: no model is asked anything here.
import type { VerdictLabel } from '../../contracts/schema.ts';
import type { DraftSentence } from '../../contracts/types.ts';
import { analyse } from '../language/nlp.ts';
import type { Comparison, SlotResult } from './compare-frames.ts';
import { explainFinding } from './explain.ts';
import type { ClaimLabel } from './judge-claim.ts';
import { isNegative } from './model-frame-evidence.ts';
import { checkFrameSlots } from './model-frame-slots.ts';
import { type CheckedSlot, type FrameSlotKind, type FrameSource, type ModelFrame, quoteModel, type SlotFlag } from './model-frame.ts';
import { gradeOf } from './verdict-scale.ts';

export interface FrameCheckInput {
  /** The claim as checked. */
  claim: string;
  frame: ModelFrame;
  /** The label the model chose. */
  label: VerdictLabel;
  /** The source a model's id names ("p2", "[p2]"), as shown to the model; undefined for an id it was not shown. */
  lookup: (id: string) => FrameSource | undefined;
}

export interface FrameCheck {
  label: VerdictLabel;
  /** The verdict the borne-out readings give. */
  computed: ClaimLabel;
  slots: CheckedSlot[];
  flags: SlotFlag[];
  warnings: string[];
  /** A new cited reason, when the label changed to one a source sentence decides. */
  reason?: DraftSentence[];
}

const CORE: FrameSlotKind[] = ['actor', 'role', 'event', 'date', 'place', 'number'];
const SLOT_WORDS: Record<FrameSlotKind, string> = { actor: 'party', role: 'role of', event: 'event', date: 'date', place: 'place', number: 'number', qualifier: 'qualifier' };

/** The verdict the slots give, and the slot that decides it. */
export function verdictFromSlots(slots: CheckedSlot[]): { label: ClaimLabel; deciding?: CheckedSlot } {
  const event = slots.find((slot) => slot.kind === 'event');
  if (!event || event.reading === 'not stated') return { label: 'not enough evidence' };
  // Who did it, and how many, must be read from a source, and something besides the event must tie the
  // source to this claim (a party, in either role, a date, a place, a number), or it may be another event.
  const unidentified = slots.some((slot) => ['actor', 'role', 'number'].includes(slot.kind) && slot.reading === 'not stated');
  // A claim that states nothing but its event ("a post-mortem found the death consistent with hanging") stands on it.
  const anchors = slots.filter((slot) => (slot.reading === 'match' && ['actor', 'date', 'place', 'number'].includes(slot.kind)) || (slot.kind === 'role' && slot.reading === 'conflict'));
  const tied = slots.every((slot) => slot.kind === 'event' || slot.kind === 'qualifier') || anchors.length > 0;
  if (unidentified || !tied) return { label: 'not enough evidence' };
  const conflict = slots.find((slot) => slot.reading === 'conflict' && CORE.includes(slot.kind));
  if (conflict) return { label: 'false', deciding: conflict };
  const qualifier = slots.find((slot) => slot.kind === 'qualifier' && slot.reading !== 'match');
  if (qualifier) return { label: 'misleading', deciding: qualifier };
  if (slots.some((slot) => (slot.kind === 'date' || slot.kind === 'place') && slot.reading === 'not stated')) return { label: 'mostly supported', deciding: event };
  return { label: 'supported', deciding: event };
}

export function checkModelFrame(input: FrameCheckInput): FrameCheck {
  const { slots, flags } = checkFrameSlots(input.claim, input.frame, input.lookup);
  const { label: computed, deciding } = verdictFromSlots(slots);
  const recomputed: VerdictLabel = computed === 'not enough evidence' ? 'unsupported' : computed;
  // A reading set aside means the model's label rested on something no source says: the slots decide.
  // Without one, the slots only ever lower the label (its reading itself shows the conflict or the gap).
  const lower = gradeOf(recomputed).rating < gradeOf(input.label).rating;
  const label = flags.length > 0 || lower ? recomputed : input.label;
  const warnings = [warningFor(input.label, label, recomputed, flags, deciding)].filter((warning): warning is string => warning !== undefined);
  const event = slots.find((slot) => slot.kind === 'event');
  const reason = label !== input.label && computed !== 'not enough evidence' ? reasonFor(input.claim, computed, deciding, event) : undefined;
  return { label, computed, slots, flags, warnings, reason };
}

function describeSlot(kind: FrameSlotKind, claim: string): string {
  return `the ${SLOT_WORDS[kind]} ${quoteModel(claim)}`;
}

function describeFlag(flag: SlotFlag): string {
  if (flag.reading === 'not stated' && flag.sourceId === null) return flag.why;
  const where = flag.source ? ` (source: ${flag.source.name})` : flag.sourceId ? ` (source ${quoteModel(flag.sourceId)})` : '';
  return `its "${flag.reading}" on ${describeSlot(flag.kind, flag.claim)}${where} is not borne out: ${flag.why}`;
}

function describeDeciding(slot: CheckedSlot | undefined): string {
  if (!slot) return '';
  if (!slot.source) return ` (no source states ${describeSlot(slot.kind, slot.claim)})`;
  if (slot.reading === 'conflict') return ` (${describeSlot(slot.kind, slot.claim)} against ${quoteModel(slot.sourceValue ?? '')} in ${slot.source.name})`;
  return ` (${describeSlot(slot.kind, slot.claim)}, read from ${slot.source.name})`;
}

function warningFor(model: VerdictLabel, label: VerdictLabel, recomputed: VerdictLabel, flags: SlotFlag[], deciding: CheckedSlot | undefined): string | undefined {
  const set = flags.map(describeFlag).join('; ');
  if (label !== model) {
    const why = flags.length > 0 ? `${set}. The readings the sources bear out give "${label}"` : `its own reading, borne out by the sources, gives "${label}"`;
    return `The model rated the claim "${model}"; the verdict was changed to "${label}" because ${why}${describeDeciding(deciding)}.`;
  }
  if (flags.length > 0) return `The model's reading of the claim was checked against the sources it cites: ${set}. Without it, the readings the sources bear out give the same verdict, "${label}".`;
  // A model more cautious than its own reading is left alone, unless it calls false what its reading supports.
  const contradicted = (model === 'false' && recomputed !== 'false') || (gradeOf(model).rating <= 4 && gradeOf(recomputed).rating >= 5);
  if (contradicted) return `The model rated the claim "${model}", but its own reading, borne out by the sources, gives "${recomputed}"${describeDeciding(deciding)}; read the sources before relying on the verdict.`;
  return undefined;
}

/** The deciding slot as the comparator's slot result, so the fact-checker sentence is the extractive one. */
function slotResult(claim: string, slot: CheckedSlot): SlotResult {
  const source = slot.sourceValue ?? '';
  if (slot.kind === 'event') {
    const negated = slot.claim.startsWith('not ');
    const lemma = slot.claim.replace(/^not /, '');
    if (isNegative(source) !== negated) return { slot: 'negation', outcome: 'conflict', claim: negated ? `not ${lemma}` : lemma, source };
    // The claim's own word ("joined"), so the sentence uses only the claim's and the source's words.
    const word = analyse(claim).find((token) => token.lemma === lemma)?.text ?? lemma;
    return { slot: 'direction', outcome: 'conflict', claim: `"${word}"`, source: `"${source}"` };
  }
  if (slot.kind === 'qualifier') return { slot: 'qualifier', outcome: 'unstated', claim: slot.claim };
  const value = slot.kind === 'date' ? slot.claim.replace(/^(in|on|during|at)\s+/i, '') : slot.claim;
  return { slot: slot.kind, outcome: 'conflict', claim: value, source };
}

/** One fact-checker sentence on the deciding slot and the source sentence it rests on, both citing that source. */
function reasonFor(claim: string, label: ClaimLabel, deciding: CheckedSlot | undefined, event: CheckedSlot | undefined): DraftSentence[] | undefined {
  const evidence = label === 'false' ? deciding : event;
  if (!deciding || !evidence?.source || !evidence.sentence) return undefined;
  const decided = label === 'false' || label === 'misleading' ? [slotResult(claim, deciding)] : [];
  const comparison: Comparison = { sameEvent: true, slots: decided, conflicts: label === 'false' ? decided : [], extra: [], core: [], matched: decided.filter((slot) => slot.outcome === 'match').length, themeShared: true, rivalled: [], verbal: true, central: true, paraphrased: false, swapped: false, intended: false, possible: false, borrowed: false };
  const { passageId, publishedAt } = evidence.source;
  const explanation = explainFinding({ label, claim, evidence: { text: evidence.sentence, passageId, publishedAt }, comparison });
  return [
    ...(explanation ? [{ text: explanation, passageIds: [passageId], basis: { kind: 'comparison' as const, claim } }] : []),
    { text: evidence.sentence, passageIds: [passageId] },
  ];
}
