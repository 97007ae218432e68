// Fact-checker sentences for a finding: what the source says against what the claim says, slot by slot.
// Every word is either the claim's, the source's (or its date's), or one of the few template words
// below; verify checks exactly that (src/pipeline/verify/comparison-check.ts).
import { dayPhrase, isFullDay } from '../text/day-phrase.ts';
import type { SlotResult } from './compare-frames.ts';
import type { ClaimFinding } from './judge-claim.ts';

/** The template words these sentences may add; verify allows these and nothing else of their own. */
export const EXPLANATION_WORDS = new Set(
  'the a an source sources claim claims this event it to in on of as not but rather than says say said date dates dated gives give names name places place reports report has have had roles other way round reverse direction did does happen happened that is was verdict false supported mostly misleading qualifier back backs support supports states state stated who whom what where when number numbers while which and or no qualifiers detail details where day'.split(' '),
);

function timePhrase(value: string): string {
  return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? dayPhrase(value) : value;
}

/** One sentence on the conflict or match that decides the finding. */
export function explainFinding(finding: ClaimFinding): string | undefined {
  const comparison = finding.comparison;
  if (!comparison || !finding.evidence) return undefined;
  const conflict = comparison.conflicts[0];
  if (finding.label === 'false' && conflict) return explainConflict(conflict);
  if (finding.label === 'misleading') {
    const qualifier = comparison.slots.find((slot) => slot.slot === 'qualifier' && slot.outcome === 'unstated');
    if (qualifier) return `The source reports the event but does not say "${qualifier.claim}".`;
    return `The source reports the event but not the claim's detail "${comparison.extra.join(' ')}".`;
  }
  const day = finding.evidence.publishedAt;
  return isFullDay(day) ? `The source reports this event on ${dayPhrase(day)}.` : 'The source reports this event.';
}

function explainConflict(slot: SlotResult): string {
  const source = slot.source ?? '';
  switch (slot.slot) {
    case 'date':
      return `The source dates this event to ${timePhrase(source)}, not ${timePhrase(slot.claim)}.`;
    case 'number':
      return `The source gives ${source}, not ${slot.claim}.`;
    case 'actor':
      return `The source names ${source}, not ${slot.claim}.`;
    case 'role':
      return 'The source has the roles the other way round.';
    case 'direction':
      return `The source says ${source}, not ${slot.claim}.`;
    case 'place':
      return `The source places this event in ${source}, not ${slot.claim}.`;
    case 'negation':
      // "ended with an agreement" against "without any agreement": the detail the source denies.
      if (source.startsWith('no ')) return `The source reports ${source}, not ${slot.claim}.`;
      return slot.claim.startsWith('not ') ? 'The source says this event did happen.' : 'The source says this event did not happen.';
    default:
      return 'The source contradicts the claim.';
  }
}
