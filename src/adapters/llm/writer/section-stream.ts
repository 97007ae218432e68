// Turns the streamed partial output of the sections call into finished sections, passed on one by one as
// soon as each is complete (the next one has begun), so progress shows sections while they are written.
import type { Draft } from '../../../contracts/types.ts';
import type { LabelledSources } from '../source-labels.ts';
import type { CitedSentence } from '../stage-schemas.ts';

type DraftSection = Draft['sections'][number];

export function toDraftSection(raw: unknown, labels: LabelledSources): DraftSection | undefined {
  const { heading, sentences } = (raw ?? {}) as { heading?: unknown; sentences?: unknown };
  if (typeof heading !== 'string' || !heading.trim() || !Array.isArray(sentences)) return undefined;
  const drafted = sentences.flatMap((sentence: CitedSentence) =>
    typeof sentence?.text === 'string' && Array.isArray(sentence.cites) ? (labels.toDraft(sentence) ?? []) : [],
  );
  return drafted.length > 0 ? { heading: heading.trim(), sentences: drafted } : undefined;
}

export function createSectionEmitter(labels: LabelledSources, onSection?: (section: DraftSection) => void) {
  let emitted = 0;
  const emit = (raw: unknown) => {
    const section = toDraftSection(raw, labels);
    if (section) onSection?.(section);
  };
  return {
    partial(partial: unknown) {
      const sections = (partial as { sections?: unknown } | undefined)?.sections;
      if (!Array.isArray(sections)) return;
      // Keys after `sections` mean the array is closed; otherwise the last section may still grow.
      const closed = Object.keys(partial as object).some((key) => key !== 'sections');
      const complete = closed ? sections.length : sections.length - 1;
      while (emitted < complete) emit(sections[emitted++]);
    },
    finish(sections: unknown[]) {
      while (emitted < sections.length) emit(sections[emitted++]);
    },
  };
}
