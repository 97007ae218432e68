// The verdict scale of claim mode: six labels, what each means, and the numeric rating published in
// schema.org ClaimReview (worst 1 = false, best 6 = supported).
import type { VerdictLabel } from '../../contracts/schema.ts';

export interface VerdictGrade {
  label: VerdictLabel;
  rating: number;
  meaning: string;
}

export const VERDICT_SCALE: readonly VerdictGrade[] = [
  { label: 'supported', rating: 6, meaning: 'the sources state what the claim says, with nothing material left out' },
  { label: 'mostly supported', rating: 5, meaning: 'the sources back the substance of the claim; a detail is missing, imprecise or unconfirmed' },
  { label: 'mixed', rating: 4, meaning: 'the sources back part of the claim and contradict another part, or they disagree with each other' },
  { label: 'misleading', rating: 3, meaning: 'the facts the claim rests on are accurate, but it leaves out context that changes what they mean' },
  { label: 'unsupported', rating: 2, meaning: 'the sources found neither back nor refute the claim' },
  { label: 'false', rating: 1, meaning: 'the sources contradict the claim' },
];

export const BEST_RATING = 6;
export const WORST_RATING = 1;

export function gradeOf(label: VerdictLabel): VerdictGrade {
  return VERDICT_SCALE.find((grade) => grade.label === label) ?? VERDICT_SCALE[4];
}

/** The scale as prompt text: one line per label. */
export function describeScale(): string {
  return VERDICT_SCALE.map((grade) => `- "${grade.label}": ${grade.meaning}`).join('\n');
}
