// Short source ids for prompts (p1, p2, ...) and their way back to passage ids. A model's cite that names
// no labelled source maps to an id no passage has, so verification removes it and counts it.
import type { DraftSentence } from '../../contracts/types.ts';
import type { CitedSentence } from './stage-schemas.ts';
import { type SourceRecord, sourcesBlock } from './untrusted-sources.ts';

export const UNKNOWN_PREFIX = 'unknown:';

export interface LabelledSources {
  entries: { label: string; record: SourceRecord }[];
  /** The <sources> block of the prompt. */
  block: string;
  /** A block of only some of the sources, under the same labels (unknown labels are ignored). */
  blockOf(labels: string[]): string;
  toPassageIds(cites: string[]): string[];
  toDraft(sentence: CitedSentence): DraftSentence | undefined;
  /** The labels of a set of passage ids, for prompts that continue from an earlier step. */
  labelOf(passageId: string): string | undefined;
}

/** Labels records in order until the character budget is spent (the first always fits). */
export function labelSources(records: SourceRecord[], maxChars = Number.POSITIVE_INFINITY): LabelledSources {
  const entries: LabelledSources['entries'] = [];
  let used = 0;
  for (const record of records) {
    const size = record.passage.text.length + 200;
    if (entries.length > 0 && used + size > maxChars) break;
    used += size;
    entries.push({ label: `p${entries.length + 1}`, record });
  }
  const byLabel = new Map(entries.map((entry) => [entry.label, entry.record.passage.id]));
  const byPassage = new Map(entries.map((entry) => [entry.record.passage.id, entry.label]));
  const toPassageIds = (cites: string[]) => [...new Set(cites.map((cite) => byLabel.get(normalizeLabel(cite)) ?? `${UNKNOWN_PREFIX}${cite}`))];
  return {
    entries,
    block: sourcesBlock(entries),
    blockOf: (labels) => {
      const wanted = new Set(labels.map(normalizeLabel));
      return sourcesBlock(entries.filter((entry) => wanted.has(entry.label)));
    },
    toPassageIds,
    toDraft: (sentence) => {
      const text = cleanSentence(sentence.text);
      return text ? { text, passageIds: toPassageIds(sentence.cites) } : undefined;
    },
    labelOf: (passageId) => byPassage.get(passageId),
  };
}

/** "[p3]", "P3", "3", "source p3" → "p3". */
export function normalizeLabel(cite: string): string {
  const match = cite.trim().toLowerCase().match(/p?\s*(\d+)/);
  return match ? `p${match[1]}` : cite.trim().toLowerCase();
}

/** Citation marks a model leaves in the text ("... [p3].", "(p1, p2)") are dropped: cites carry them; "(2008)" stays. */
export function cleanSentence(text: string): string {
  return text
    .replace(/\s*\[\s*(?:p\s*\d+|\d+)(?:\s*[,;]\s*(?:p\s*\d+|\d+))*\s*\]/gi, '')
    .replace(/\s*\(\s*p\s*\d+(?:\s*[,;]\s*p\s*\d+)*\s*\)/gi, '')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
